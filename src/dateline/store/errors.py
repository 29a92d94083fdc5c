"""What can go wrong with a corpus, each said in one line for the user (the CLI prints it)."""


class StoreError(RuntimeError):
    """A problem with the corpus file or a query."""


class SchemaError(StoreError):
    """The database is not a dateline corpus this version can use."""


class QueryTimeout(StoreError):
    """A query ran past the reader's time limit and was stopped."""
