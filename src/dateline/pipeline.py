"""The Pipeline: read -> locate -> language -> extract -> record, over one context per article.

    STAGES
    1. locate    metadata.locate_layout: date header, dateline, headline, paragraphs, noise, credits
    2. language  spaCy over the story prose (with dateline's components: entities, quotes, ...)
    3. record    assemble.build_record: one ArticleRecord per article

The spaCy pipeline is loaded once per process. `run` takes articles (or failures from reading)
and yields records or failures in input order; with `n_process > 1` batches go to worker
processes, each with its own loaded pipeline.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from collections.abc import Iterable, Iterator
from itertools import islice

# Importing the extractor packages registers their spaCy factories (dateline_entities, ...).
from dateline import entities, events, places, quantities, quotes, times  # noqa: F401
from dateline.assemble import ARTICLE_EXTENSION, article_info, build_record
from dateline.context import ArticleContext, InputFailure, RawArticle
from dateline.errors import InputError, InputErrors
from dateline.language import analysis_text, load_language
from dateline.metadata import locate_layout
from dateline.options import AnalysisOptions
from dateline.reading import read_inputs, read_text
from dateline.record import ArticleRecord, Source

# dateline's own spaCy components, in the order they run after the model's own.
# Entities: NER corrections, then clustering, then coreference (which adds to the entities).
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "dateline_ner_corrections",
    "dateline_entities",
    "dateline_coreference",
    "dateline_places",
    "dateline_quotes",
    "dateline_times",
    "dateline_quantities",
    "dateline_events",
)

Result = ArticleRecord | InputFailure


class Pipeline:
    def __init__(self, options: AnalysisOptions | None = None, nlp=None) -> None:
        self.options = options or AnalysisOptions()
        components = self.options.components if self.options.components is not None else DEFAULT_COMPONENTS
        self.nlp = nlp if nlp is not None else load_language(self.options.model, components)

    # -- one article -------------------------------------------------------------------------
    def analyze(self, text: str, date: dt.date | str | None = None, source: Source | None = None) -> ArticleRecord:
        """The record of one article given as a string. Raises InputError if it has no story."""
        raw = read_text(text) if source is None else RawArticle(text=text, source=source)
        fallback = dt.date.fromisoformat(date) if isinstance(date, str) else (date or self.options.date)
        result = next(self._run_batch([raw], fallback))
        if isinstance(result, InputFailure):
            raise InputError.reported(result.code, result.message)
        return result

    # -- many articles -----------------------------------------------------------------------
    def run(self, items: Iterable[RawArticle | InputFailure]) -> Iterator[Result]:
        """Records (or failures) for articles, in input order."""
        batches = _batched(items, self.options.batch_size)
        if self.options.n_process <= 1:
            for batch in batches:
                yield from self._run_batch(batch, self.options.date)
            return
        context = multiprocessing.get_context("spawn")
        with context.Pool(self.options.n_process, initializer=_init_worker, initargs=(self.options,)) as pool:
            for results in pool.imap(_work, batches):
                yield from results

    def run_paths(self, paths: Iterable[str]) -> Iterator[Result]:
        """Records (or failures) for files, directories and '-', in order."""
        return self.run(read_inputs(paths, self.options.max_chars, self.options.max_bytes))

    def _run_batch(self, batch: list[RawArticle | InputFailure], fallback: dt.date | None) -> Iterator[Result]:
        # 1. locate: each article's layout; a failure here costs that article only.
        contexts: list[ArticleContext | InputFailure] = []
        for item in batch:
            if isinstance(item, InputFailure):
                contexts.append(item)
                continue
            contexts.append(self._locate(item, fallback))
        # 2. language: the spaCy pipeline over the prose of the located articles, as one batch.
        live = [c for c in contexts if isinstance(c, ArticleContext)]
        self._analyse(live)
        # 3. record.
        for ctx in contexts:
            if isinstance(ctx, InputFailure):
                yield ctx
            elif ctx.doc is None:
                yield _failure(ctx, ctx.extra.get("error", "no analysis"))
            else:
                try:
                    yield build_record(ctx)
                except Exception as exc:  # a bug must cost one article, not the batch
                    yield _failure(ctx, f"{type(exc).__name__}: {exc}")

    def _locate(self, raw: RawArticle, fallback: dt.date | None) -> ArticleContext | InputFailure:
        try:
            layout, warnings = locate_layout(raw, fallback)
        except Exception as exc:
            return _failure(ArticleContext(raw=raw), f"{type(exc).__name__}: {exc}")
        if layout.body is None:
            return InputFailure(_name(raw), "E013", InputErrors.E013.value)
        return ArticleContext(raw=raw, layout=layout, warnings=warnings)

    def _make_doc(self, ctx: ArticleContext):
        doc = self.nlp.make_doc(analysis_text(ctx.text, ctx.layout))
        doc._.set(ARTICLE_EXTENSION, article_info(ctx))
        return doc

    def _analyse(self, contexts: list[ArticleContext]) -> None:
        if not contexts:
            return
        started = time.perf_counter()
        try:
            done = list(self.nlp.pipe((self._make_doc(c) for c in contexts), batch_size=self.options.batch_size))
        except Exception:
            # Find the article that broke the batch: run them one by one on fresh Docs (spaCy's
            # error-handler idea), so one bad article costs only itself.
            done = []
            for ctx in contexts:
                try:
                    done.append(self.nlp(self._make_doc(ctx)))
                except Exception as exc:
                    ctx.extra["error"] = f"{type(exc).__name__}: {exc}"
                    done.append(None)
        elapsed = time.perf_counter() - started
        # Per-article seconds: the batch's time shared out by length (spaCy works batch-wise).
        total = sum(len(d) for d in done if d is not None) or 1
        for ctx, doc in zip(contexts, done):
            ctx.doc = doc
            if doc is not None:
                ctx.seconds = elapsed * len(doc) / total


def _name(raw: RawArticle) -> str:
    name = raw.source.path or "<text>"
    return f"{name}:{raw.source.line}" if raw.source.line is not None else name


def _failure(ctx: ArticleContext, detail: str) -> InputFailure:
    return InputFailure(_name(ctx.raw), "E099", InputErrors.E099.value.format(detail=detail))


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


# -- worker processes ------------------------------------------------------------------------
_worker: Pipeline | None = None


def _init_worker(options: AnalysisOptions) -> None:
    global _worker
    _worker = Pipeline(options.model_copy(update={"n_process": 1}))


def _work(batch: list[RawArticle | InputFailure]) -> list[Result]:
    assert _worker is not None
    return list(_worker._run_batch(batch, _worker.options.date))


_default_pipelines: dict[str, Pipeline] = {}


def analyze(text: str, date: dt.date | str | None = None, model: str | None = None) -> ArticleRecord:
    """The record of one article. Loads the spaCy pipeline on first use (once per model)."""
    options = AnalysisOptions.build(model=model)
    pipeline = _default_pipelines.get(options.model)
    if pipeline is None:
        pipeline = _default_pipelines[options.model] = Pipeline(options)
    return pipeline.analyze(text, date=date)
