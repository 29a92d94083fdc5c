"""Quotes: who said what. Reported speech (direct, indirect, mixed) with speaker, cue, addressee.

`dateline_quotes` (component.py) runs four small steps over the parsed Doc: quotation marks
(marks.py), cues (cues.py), attribution (attribution.py) and speakers (speakers.py). Word lists
and patterns are in `dateline.lexicons.quotes`.
"""

from dateline.quotes.component import QUOTES_EXTENSION, QuoteExtractor, make_quote_extractor
from dateline.quotes.marks import Quotation, find_quotations

__all__ = ["QUOTES_EXTENSION", "QuoteExtractor", "make_quote_extractor", "Quotation", "find_quotations"]
