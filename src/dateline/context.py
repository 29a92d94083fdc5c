"""The shared types that flow one way through the stages: read -> locate -> language -> extract.

`RawArticle` is what a reader produces, `Layout` what the metadata stage finds in the text, and
`ArticleContext` carries both plus the analysed `Doc` to the record builder. Stages add to the
context; none changes what an earlier stage wrote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dateline.record import Credit, Dateline, Noise, Section, Source, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class RawArticle:
    """An input turned into text, before anything is located in it."""

    text: str
    source: Source
    title: str | None = None
    date: str | None = None  # as the input's metadata gave it (JSON field, HTML meta)
    warnings: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True)
class InputFailure:
    """An input that did not become an article, and why. Batches report these and go on."""

    name: str  # the input as the user knows it: path, path:line, '-'
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.name}: {self.message} [{self.code}]"


@dataclass(frozen=True)
class Layout:
    """Where things are in the article text: everything the metadata stage found, as spans."""

    date: dt.date | None
    date_origin: str | None  # the record's date_source: "header", "metadata", "file_name", "dateline", "option"
    header_span: Span | None
    title: str | None
    title_span: Span | None
    dateline: Dateline | None
    credits: tuple[Credit, ...]
    credit_spans: tuple[Span, ...]  # whole credit lines
    body: Span | None
    paragraphs: tuple[Span, ...]
    sections: tuple[Section, ...]
    noise: tuple[Noise, ...]

    def not_prose(self) -> list[Span]:
        """Spans that are not story prose and must not reach the language model."""
        spans: list[Span] = []
        if self.header_span:
            spans.append(self.header_span)
        if self.title_span:
            spans.append(self.title_span)
        if self.dateline:
            spans.append(self.dateline.span)
        spans.extend(self.credit_spans)
        spans.extend(s.span for s in self.sections)
        spans.extend(n.span for n in self.noise)
        return spans


@dataclass
class ArticleContext:
    """One article on its way through the pipeline."""

    raw: RawArticle
    layout: Layout | None = None
    doc: "Doc | None" = None
    warnings: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.raw.text
