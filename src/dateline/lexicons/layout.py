"""Patterns for the parts of a wire story around its prose: date header, dateline, subheadings."""

import re

# `date 2023-10-13` at the very top of files exported by news archives (the sample format); it is
# glued to the dateline that follows: ` date 2023-10-13 BISHKEK (Reuters) -Russian ...`.
DATE_HEADER_RE = re.compile(r"^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*\n?\s*", re.I)

# Case-insensitive: Reuters-21578 has "FEb 26", "FEB 26" and "feb 26" from hand-typed datelines.
MONTHS = r"(?i:Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|August|September|October|November|December)\.?"

# A place in a wire dateline is written in capitals: BISHKEK, NEW YORK, ST. LOUIS, WINSTON-SALEM,
# TEL AVIV/GAZA, O'HARE. Reuters-21578 has one-letter-word places too ("U.S.").
_CAPS_PLACE = r"[A-Z][A-Z.'’&\-]*(?:[ /][A-Z][A-Z.'’&\-]*){0,5}"
# Mixed-case places are accepted only with an agency or a date after them: `Kyiv, Ukraine (CNN) —`,
# `Toronto, Feb 26 -` (Reuters-21578 has both).
_MIXED_PLACE = r"[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,3}"
# State or country after the place: `PORTLAND, Ore.,`, `ROCHESTER, N.Y.,`, `KYIV, Ukraine,`.
_REGION = r"(?!" + MONTHS + r"\s*\d)[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,2}"
# "Feb 26", "Oct. 13, 2023", and British order "2 March".
_DATE = r"(?:" + MONTHS + r"\s*\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\s+" + MONTHS + r"(?:\s+\d{4})?)"
# Every dash wire services use, including a dash glued to the first word (`-Russian`), and AFP's
# colon style is not handled (it collides with "WASHINGTON: a report" headings).
_DASH = r"(?:--|[-–—])"

DATELINE_RE = re.compile(
    r"(?P<lead>[ \t]*)"
    r"(?:"
    r"(?P<place>" + _CAPS_PLACE + r")"
    r"|(?P<mixed>" + _MIXED_PLACE + r")(?=(?:,\s*" + _REGION + r")?(?:,?\s*" + _DATE + r")?\s*\(|(?:,\s*" + _REGION + r")?,?\s*" + _DATE + r"\s*" + _DASH + r")"
    r")"
    r"(?:\s?,\s*(?P<region>" + _REGION + r"))?"
    r"(?:\s?,?\s*(?P<date>" + _DATE + r"))?"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&'\-]{0,40})\))?"
    r"\s*(?P<dash>" + _DASH + r")[ \t]*\n?[ \t]*"
)

# Some places in capitals are single letters or common words at the head of a plain sentence
# ("A - B testing ..."); a dateline place needs two letters at least.
DATELINE_MIN_PLACE_LETTERS = 2

# Subheadings: short all-capital lines between paragraphs (`RUSSIAN MEDIATION?`).
SECTION_MAX_WORDS = 10
SECTION_MAX_CHARS = 80
SECTION_MIN_LETTERS = 3
SECTION_MIN_LETTER_SHARE = 0.6

# A plain-text headline: the first line, short, no closing full stop, followed by a blank line
# (the BBC corpus and most scraped text files put the headline there).
TITLE_MAX_WORDS = 20
TITLE_MAX_CHARS = 200

# Blank line: the paragraph separator in scraped and exported text (the one definition of a
# paragraph break: layout, sentence boundaries, quotes and coreference all use it).
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*\n")
# The same, with the white space that follows it, for splitting text into paragraphs.
BLANK_LINE_RE = re.compile(PARAGRAPH_BREAK_RE.pattern + r"\s*")
# Reuters-21578 style: hard-wrapped lines, a new paragraph starts with an indented line.
INDENTED_PARAGRAPH_RE = re.compile(r"\n(?=[ \t]{2,}\S)")
# Lines longer than this on average mean one line is one paragraph, not a hard wrap at 70.
WRAPPED_LINE_MAX_CHARS = 90
