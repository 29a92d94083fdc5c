"""The Pipeline: read -> locate -> language -> extract -> record, over one context per article.

    STAGES
    1. locate    metadata.locate_layout: date header, dateline, headline, paragraphs, noise, credits
    2. language  spaCy over the story prose (with dateline's components: entities, quotes, ...);
                 each Doc carries the article's facts (dateline.doc.ArticleInfo)
    3. record    assemble.build_record: one ArticleRecord per article

The spaCy pipeline and the gazetteer its components share are opened once per process, here,
on first use. `run_batch` analyses one batch here; `run` hands batches to the Pipeline's runner
(dateline.runners: serial, or with `n_process > 1` a pool of worker processes started once and
kept, each with its own loaded pipeline, while this process loads none), and yields records or
failures in input order.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Iterable, Iterator

# Importing the extractor packages registers their spaCy factories (dateline_entities, ...).
from dateline import entities, events, places, quantities, quotes, times  # noqa: F401
from dateline.assemble import build_record
from dateline.context import ArticleContext, InputFailure, RawArticle
from dateline.errors import InputError, InputErrors
from dateline.gazetteer import Gazetteer
from dateline.language import MODEL_PART_CHARS, analyse_in_parts, load_language, prose_doc
from dateline.metadata import locate_layout
from dateline.options import AnalysisOptions
from dateline.reading import input_name, read_paths, read_text
from dateline.record import ArticleRecord, Source, iso_date
from dateline.runners import Runner
from dateline.runners.local import ProcessPoolRunner, SerialRunner

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
    def __init__(self, options: AnalysisOptions | None = None, nlp=None, runner: Runner | None = None) -> None:
        self.options = options or AnalysisOptions()
        self.components = self.options.components if self.options.components is not None else DEFAULT_COMPONENTS
        self._nlp = nlp
        self._runner = runner
        self.gazetteer: Gazetteer | None = None

    @property
    def nlp(self):
        """The spaCy pipeline with dateline's components, loaded on first use: a Pipeline whose
        batches all go to worker processes never loads it here. The one gazetteer the components
        share is opened (built first on a new machine) with it, here, visibly."""
        if self._nlp is None:
            self.gazetteer = Gazetteer(self.options.gazetteer)
            self._nlp = load_language(self.options.model, self.components, gazetteer=self.gazetteer)
            # The loaded model (~100k Python objects) lives as long as the process: moved out of
            # the cyclic collector's reach, the full collections that analysis's many small
            # objects trigger no longer walk it each time (~1 ms per article, issue 16).
            gc.freeze()
        return self._nlp

    @property
    def runner(self) -> Runner:
        """Where `run` sends batches: this process, or a pool of `n_process` workers (started
        once, on first use, and kept until `close`)."""
        if self._runner is None:
            if self.options.n_process <= 1:
                self._runner = SerialRunner(self)
            else:
                self._runner = ProcessPoolRunner(type(self), self.options, self.options.n_process)
        return self._runner

    def close(self) -> None:
        """Stop the runner's workers, if any (also done when the Pipeline is collected)."""
        if self._runner is not None:
            self._runner.close()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one article -------------------------------------------------------------------------
    def analyze(self, text: str, date: dt.date | str | None = None, source: Source | None = None) -> ArticleRecord:
        """The record of one article given as a string. Raises InputError if it has no story."""
        raw = read_text(text) if source is None else RawArticle(text=text, source=source)
        fallback = iso_date(date) if date else self.options.date
        result = next(self.run_batch([raw], date=fallback))
        if isinstance(result, InputFailure):
            raise InputError.reported(result.code, result.message)
        return result

    # -- many articles -----------------------------------------------------------------------
    def run(self, items: Iterable[RawArticle | InputFailure]) -> Iterator[Result]:
        """Records (or failures) for articles, in input order, through the runner."""
        return self.runner.run(items)

    def run_paths(self, paths: Iterable[str]) -> Iterator[Result]:
        """Records (or failures) for files, directories and '-', in order."""
        return self.run(read_paths(paths, self.options))

    def run_batch(self, batch: list[RawArticle | InputFailure], date: dt.date | None = None) -> Iterator[Result]:
        """Records (or failures) for one batch, analysed here, in order. `date` is the publication
        date for articles that carry none (default: the options' date)."""
        fallback = date if date is not None else self.options.date
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
            layout, warnings = locate_layout(
                raw, fallback, date_from_name=self.options.date_from_name, year=self.options.year
            )
        except Exception as exc:
            return _failure(ArticleContext(raw=raw), f"{type(exc).__name__}: {exc}")
        if layout.body is None:
            return InputFailure(input_name(raw), "E013", InputErrors.E013.value)
        return ArticleContext(raw=raw, layout=layout, warnings=warnings)

    def _make_doc(self, ctx: ArticleContext):
        return prose_doc(self.nlp, ctx.text, ctx.layout)

    def _analyse_one(self, ctx: ArticleContext):
        return analyse_in_parts(self.nlp, self._make_doc(ctx), self.components)

    def _analyse(self, contexts: list[ArticleContext]) -> None:
        if not contexts:
            return
        nlp = self.nlp  # loaded here, outside the guard: a missing model ends the run, not each article
        started = time.perf_counter()
        try:
            # A long article is read by the model in parts (language.analyse_in_parts): alone.
            short = [c for c in contexts if len(c.text) <= MODEL_PART_CHARS]
            read = dict(zip(map(id, short), nlp.pipe((self._make_doc(c) for c in short), batch_size=self.options.batch_size)))
            done = [read[id(c)] if id(c) in read else self._analyse_one(c) for c in contexts]
        except Exception:
            # Find the article that broke the batch: run them one by one on fresh Docs (spaCy's
            # error-handler idea), so one bad article costs only itself.
            done = []
            for ctx in contexts:
                try:
                    done.append(self._analyse_one(ctx))
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


def _failure(ctx: ArticleContext, detail: str) -> InputFailure:
    return InputFailure(input_name(ctx.raw), "E099", InputErrors.E099.value.format(detail=detail))


_default_pipelines: dict[str, Pipeline] = {}


def analyze(text: str, date: dt.date | str | None = None, model: str | None = None) -> ArticleRecord:
    """The record of one article. Loads the spaCy pipeline on first use (once per model)."""
    options = AnalysisOptions.build(model=model)
    pipeline = _default_pipelines.get(options.model)
    if pipeline is None:
        pipeline = _default_pipelines[options.model] = Pipeline(options)
    return pipeline.analyze(text, date=date)
