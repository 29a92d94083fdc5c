"""dateline: news articles in, structured provenance-linked records out.

    >>> import dateline
    >>> record = dateline.analyze(text, date="2023-10-13")
    >>> pipeline = dateline.Pipeline(dateline.AnalysisOptions(n_process=2))
    >>> for record in pipeline.run_paths(["articles/"]): ...
"""

from dateline.context import InputFailure, RawArticle
from dateline.options import AnalysisOptions
from dateline.record import ArticleRecord

Article = ArticleRecord

__version__ = "0.1.0"
__all__ = ["analyze", "Pipeline", "AnalysisOptions", "ArticleRecord", "Article", "InputFailure", "RawArticle"]


def __getattr__(name: str):
    # The Pipeline (and with it spaCy and dateline's components, 1.1 s) is imported on first use:
    # commands that only read a corpus or serve it, and a Ray driver, never need it (PEP 562).
    if name in ("Pipeline", "analyze"):
        from dateline import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")
