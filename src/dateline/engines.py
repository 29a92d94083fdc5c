"""The runner for a command's `--engine`: where its batches go ("local" or "ray").

A Ray driver only reads inputs and ships work to Ray's actors, so it never imports spaCy and
dateline's components (1.1 s before Ray could even start): the actors get `PipelineFactory`,
which imports the Pipeline where it is built.
"""

from __future__ import annotations

from dateline.options import AnalysisOptions
from dateline.runners import BatchAnalyser, Runner


class PipelineFactory:
    """Builds dateline's Pipeline from options in the process that calls it (a Ray actor)."""

    def __call__(self, options: AnalysisOptions) -> BatchAnalyser:
        from dateline.pipeline import Pipeline

        return Pipeline(options)


def make_runner(engine: str, options: AnalysisOptions, workers: int | None = None, address: str | None = None) -> Runner:
    """A runner for the command line's `--engine`: "local" (this process, or `options.n_process`
    workers) or "ray" (`workers` Ray actors, on the cluster at `address` or a local Ray).
    Raises RunError E103 when Ray is asked for but not installed."""
    if engine == "ray":
        from dateline.runners.ray import RayRunner

        return RayRunner(PipelineFactory(), options, workers=workers, address=address)
    from dateline.pipeline import Pipeline

    if workers:
        options = options.model_copy(update={"n_process": workers})
    return Pipeline(options).runner
