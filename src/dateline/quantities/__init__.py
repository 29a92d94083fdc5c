"""Quantities: counts, money, percentages and measures with value, unit, what they count and
their modifier ("More than 2 million people": 2e6 people, MORE_THAN)."""

from dateline.quantities.component import QuantityTagger, make_quantity_tagger
from dateline.quantities.numbers import parse_number

__all__ = ["QuantityTagger", "make_quantity_tagger", "parse_number"]
