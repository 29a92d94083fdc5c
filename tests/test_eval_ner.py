"""CoNLL-2003 reading, and the gate: dateline's entity F1 on the dev split at least 3 points
above the bare spaCy pipeline's on the same documents in the same run."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluation.ner import read_conll
from tests.conftest import shared_path

MIN_F1_GAIN_POINTS = 3.0

_CONLL = """-DOCSTART- -X- -X- O

Anna NNP B-NP B-PER
Berg NNP I-NP I-PER
visited VBD B-VP O
New NNP B-NP B-LOC
York NNP I-NP I-LOC
. . O O

She PRP B-NP O
met VBD B-VP O
EU NNP B-NP B-ORG
officials NNS I-NP O
. . O O

-DOCSTART- -X- -X- O

German JJ B-NP B-MISC
talks NNS I-NP O
"""


def test_read_conll(tmp_path):
    path = tmp_path / "mini.txt"
    path.write_text(_CONLL, encoding="utf-8")
    first, second = read_conll(path)
    assert first.text == "Anna Berg visited New York .\nShe met EU officials ."
    assert sorted((first.text[s:e], t) for s, e, t in first.gold) == [("Anna Berg", "PER"), ("EU", "ORG"), ("New York", "LOC")]
    assert [(second.text[s:e], t) for s, e, t in second.gold] == [("German", "MISC")]


def test_eval_ner_gate():
    conll = shared_path("eval", "conll2003", "valid.txt")
    result = CliRunner().invoke(app, ["eval", "ner", "--conll", str(conll), "--json", "--min-gain", str(MIN_F1_GAIN_POINTS)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["gold_unseen"] == 0
    assert scores["failures"] == 0
    assert (scores["dateline"]["overall"]["f1"] - scores["spacy"]["overall"]["f1"]) * 100 >= MIN_F1_GAIN_POINTS
