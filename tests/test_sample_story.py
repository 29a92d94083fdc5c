"""Issue 2 on the real sample wire story (../shared/samples; skipped where it is absent)."""

from __future__ import annotations

import pytest

from conftest import shared_path
from dateline.record import span_problems


@pytest.fixture(scope="module")
def sample(pipeline):
    path = shared_path("samples", "reuters-2023-10-13-bishkek.txt")
    return pipeline.analyze(path.read_text(encoding="utf-8"))


def test_sample_metadata(sample):
    t = sample.text
    assert sample.date == "2023-10-13"
    assert sample.dateline.place == "Bishkek" and sample.dateline.agency == "Reuters"
    assert [(c.role, c.name) for c in sample.credits] == [("writing", "Mark Trevelyan"), ("editing", "Gareth Jones")]
    assert [t[slice(*n.span)] for n in sample.noise] == ["ADVERTISEMENT Advertisement"]
    assert [s.heading for s in sample.sections] == ["RUSSIAN MEDIATION?"]
    assert len(sample.paragraphs) == 17
    assert t[slice(*sample.paragraphs[0])].startswith("Russian President Vladimir Putin cautioned")


def test_sample_spans_all_slice_what_they_claim(sample):
    assert span_problems(sample) == []
