"""dateline: news articles in, structured provenance-linked records out.

    >>> import dateline
    >>> record = dateline.analyze(text, date="2023-10-13")
    >>> pipeline = dateline.Pipeline(dateline.AnalysisOptions(n_process=2))
    >>> for record in pipeline.run_paths(["articles/"]): ...
"""

from dateline.context import InputFailure, RawArticle
from dateline.options import AnalysisOptions
from dateline.pipeline import Pipeline, analyze
from dateline.record import ArticleRecord

Article = ArticleRecord

__version__ = "0.1.0"
__all__ = ["analyze", "Pipeline", "AnalysisOptions", "ArticleRecord", "Article", "InputFailure", "RawArticle"]
