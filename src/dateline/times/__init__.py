"""Times: temporal expressions found with TimeML extents and normalised to TIMEX3 values against
the article's date (`grammar` runs the `rules`, built from `patterns` and `readers`, and
`resolution` resolves what refers back; `normalise` does the calendar, `tense` tells which way a
bare weekday or month points, `component` is the spaCy component)."""

from dateline.times.component import TimeTagger, make_time_tagger
from dateline.times.grammar import Context, Draft, find_times

__all__ = ["TimeTagger", "make_time_tagger", "find_times", "Context", "Draft"]
