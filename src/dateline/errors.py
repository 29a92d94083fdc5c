"""Every message dateline gives about an input or an article, with a stable code.

One catalogue (as spaCy's errors.py) so a message can be searched for, tested and documented.
Input errors end an input (it becomes a reported failure); warnings go into the record.
"""

from __future__ import annotations

from enum import Enum


class InputErrors(str, Enum):
    """Why an input could not become an article. The input's name is put before the message."""

    E001 = "no such file or directory"
    E002 = "empty input"
    E003 = "binary data, not text (found {detail})"
    E004 = "could not decode the bytes as text in any known encoding"
    E005 = "{size:,} characters is above the limit of {limit:,} (raise it with --max-chars)"
    E006 = "malformed JSON: {detail}"
    E007 = "JSON object has no \"text\" string"
    E008 = "HTML page has no extractable article text"
    E009 = "corrupt gzip data: {detail}"
    E010 = "could not read: {detail}"
    E011 = "JSON value is not an object or a list of objects"
    E012 = "{size} is above the limit of {limit:,} bytes (raise it with --max-bytes)"
    E013 = "no text after the date header and dateline"
    E014 = "JSON nested deeper than {limit:,} levels; no article found in it"
    E015 = "could not read ({detail}); this is a bug in dateline's readers, please report it"
    E016 = "broken symbolic link (points to {target}, which does not exist)"
    E099 = "analysis failed: {detail}"


class Warnings(str, Enum):
    """Things a record's reader should know; they never stop the analysis of the article."""

    W001 = "decoded as {encoding}, not UTF-8"
    W002 = "undecodable bytes replaced with U+FFFD (decoded as {encoding})"
    W003 = "date {value!r} from {origin} is not a valid ISO date; ignored"
    W004 = "date header says {header} but the input's metadata says {other}; the header wins"
    W008 = (
        "article of {chars} characters read by the language model in {parts} parts of at most {limit} characters,"
        " cut at paragraph breaks; no sentence or parse crosses a cut"
    )
    W010 = "unbalanced quotation marks in the paragraph at [{start}, {end}] ({detail}); quotes in it may be missed"
    W011 = "quote extraction failed on this article ({detail}); its quotes are missing"
    W020 = "article date {value!r} is not an ISO date; relative times use the configured anchor, or stay unresolved"
    W021 = "time tagging failed on this article ({detail}); its times are missing"
    W030 = "place {name!r} is ambiguous ({count} gazetteer candidates fit the story about equally); left without a point"
    W031 = "place {name!r} is not in the gazetteer; left without a point"
    W032 = "place resolution failed on this article ({detail}); its places are missing"
    W040 = "NER corrections skipped ({detail}); entities are the model's own"
    W041 = "coreference skipped ({detail}); entities have name mentions only"
    W042 = "entity clustering failed ({detail}); the article has no entities"
    W050 = "quantity tagging failed on this article ({detail}); its quantities are missing"
    W060 = "event extraction failed on this article ({detail}); its events are missing"


def warning(code: Warnings, **fields: object) -> dict[str, str]:
    """A record warning: its code and its filled-in message."""
    return {"code": code.name, "message": code.value.format(**fields)}


class RunErrors(str, Enum):
    """Why a run (not one input) cannot go on: the engine, its workers, the corpus writer."""

    E101 = (
        "dateline's worker processes import your script again, and your script starts dateline at "
        "import: put the script's code under `if __name__ == \"__main__\":` (or use n_process=1)"
    )
    E102 = (
        "a worker process stopped ({detail}); if you run dateline from a script with n_process > 1, "
        "its code must be under `if __name__ == \"__main__\":`"
    )
    E103 = "the Ray engine needs Ray: pip install 'dateline[ray]'"
    E104 = "could not start Ray ({detail}); a local Ray gives itself 30 s to start, which a busy machine may miss: try again"
    E105 = "{path} is being written by another ingest (waited {seconds:.0f} s); try again when it has finished"
    E106 = (
        "could not join the Ray cluster at {address} ({detail}); check the address (`ray status` on the head "
        "node), and for a cluster with token authentication (Ray's default for `ray start`) set "
        "RAY_AUTH_MODE=token with the cluster's token in RAY_AUTH_TOKEN or ~/.ray/auth_token"
    )


class RunError(RuntimeError):
    """A run that cannot go on, with its code: the CLI prints it as one line."""

    def __init__(self, code: RunErrors, **fields: object) -> None:
        self.code = code.name
        self.message = code.value.format(**fields)
        super().__init__(f"{self.message} [{self.code}]")


class ModelNotInstalled(RuntimeError):
    """The spaCy pipeline asked for is not installed (raised where it is loaded, in dateline.language;
    here so that a command can catch it without importing spaCy)."""


class InputError(Exception):
    """An input that cannot become an article: named, coded, and never fatal to a batch."""

    def __init__(self, code: InputErrors, **fields: object) -> None:
        self.code = code.name
        self.message = code.value.format(**fields)
        super().__init__(self.message)

    @classmethod
    def reported(cls, code: str, message: str) -> "InputError":
        """The error of an already reported failure (its code name and filled-in message)."""
        error = cls.__new__(cls)
        error.code, error.message = code, message
        Exception.__init__(error, message)
        return error
