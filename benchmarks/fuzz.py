"""Fuzz the readers, the metadata layer and the whole pipeline with hypothesis for a given time.

    python benchmarks/fuzz.py --seconds 600 [--stage all|read|locate|pipeline]

Runs the properties of tests/test_properties.py in rounds of generated inputs until the time is
up, and prints JSON: inputs tried per stage, reported failures (an input that became a coded
InputFailure / InputError: fine), and crashes (anything else: an exception, a span that does not
slice the text to what its item claims, a record the schema rejects), with the first few crashing
inputs. Exit status 1 if anything crashed. Not a test: run on demand (issue 18).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from strategies import INPUT_NAMES, any_bytes, article_text  # noqa: E402

from dateline.context import InputFailure, RawArticle  # noqa: E402
from dateline.errors import InputError  # noqa: E402
from dateline.metadata import locate_layout  # noqa: E402
from dateline.reading import read_bytes, read_text  # noqa: E402
from dateline.record import Source, record_json_schema, span_problems  # noqa: E402

# Examples per hypothesis round: rounds repeat (with fresh random seeds) until the time is up.
ROUND_EXAMPLES = {"read": 500, "locate": 500, "pipeline": 50}
SHOWN_CRASHES = 5

tried: Counter[str] = Counter()
reported: Counter[str] = Counter()
crashes: list[dict] = []


def _crash(stage: str, given_input: object, problem: str) -> None:
    crashes.append({"stage": stage, "input": repr(given_input)[:300], "problem": problem[-2000:]})


def _round(stage: str):
    # Only generation: no shrinking and no example database, so a round costs what it generates.
    return settings(
        max_examples=ROUND_EXAMPLES[stage], deadline=None, database=None,
        phases=[Phase.generate], suppress_health_check=list(HealthCheck),
    )


def read_round() -> None:
    @_round("read")
    @given(data=any_bytes, name=st.sampled_from(INPUT_NAMES))
    def run(data: bytes, name: str) -> None:
        tried["read"] += 1
        try:
            for item in read_bytes(data, name):
                if isinstance(item, InputFailure):
                    reported["read"] += 1
                elif not isinstance(item, RawArticle):
                    _crash("read", (name, data), f"unexpected item {type(item).__name__}")
        except InputError:
            reported["read"] += 1
        except Exception:
            _crash("read", (name, data), traceback.format_exc())

    run()


def locate_round() -> None:
    @_round("locate")
    @given(text=article_text)
    def run(text: str) -> None:
        tried["locate"] += 1
        try:
            layout, _ = locate_layout(RawArticle(text=text, source=Source(path="story.txt")))
        except Exception:
            _crash("locate", text, traceback.format_exc())
            return
        spans = [s for s in (layout.header_span, layout.title_span, layout.body) if s is not None]
        spans += list(layout.paragraphs) + list(layout.credit_spans)
        if any(not 0 <= a <= b <= len(text) for a, b in spans):
            _crash("locate", text, "a layout span outside the text")

    run()


def pipeline_round(pipeline, validate) -> None:
    @_round("pipeline")
    @given(text=article_text)
    def run(text: str) -> None:
        tried["pipeline"] += 1
        try:
            [result] = list(pipeline.run([read_text(text, name="story.txt")]))
        except Exception:
            _crash("pipeline", text, traceback.format_exc())
            return
        if isinstance(result, InputFailure):
            reported["pipeline"] += 1
            if result.code == "E099":  # "analysis failed": a bug caught per article
                _crash("pipeline", text, str(result))
            return
        problems = span_problems(result)
        if problems:
            _crash("pipeline", text, "; ".join(problems[:3]))
        try:
            validate(json.loads(result.to_json()))
        except Exception as exc:
            _crash("pipeline", text, f"schema: {exc}"[:500])

    run()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz")
    parser.add_argument("--stage", choices=("all", "read", "locate", "pipeline"), default="all")
    args = parser.parse_args()
    stages = ("read", "locate", "pipeline") if args.stage == "all" else (args.stage,)

    pipeline = validate = None
    if "pipeline" in stages:
        import jsonschema

        from dateline import Pipeline

        pipeline = Pipeline()
        validator = jsonschema.Draft202012Validator(record_json_schema())
        validate = validator.validate

    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < args.seconds:
        for stage in stages:
            if stage == "read":
                read_round()
            elif stage == "locate":
                locate_round()
            else:
                pipeline_round(pipeline, validate)
            rounds += 1
            if time.monotonic() - started >= args.seconds:
                break
    result = {
        "seconds": round(time.monotonic() - started, 1),
        "rounds": rounds,
        "inputs": dict(tried),
        "reported_failures": dict(reported),
        "crashes": len(crashes),
        "first_crashes": crashes[:SHOWN_CRASHES],
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
