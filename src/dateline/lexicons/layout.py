"""Patterns for the parts of a wire story around its prose: date header, dateline, subheadings."""

import re

# `date 2023-10-13` at the very top of files exported by news archives (the sample format); it is
# glued to the dateline that follows: ` date 2023-10-13 BISHKEK (Reuters) -Russian ...`.
DATE_HEADER_RE = re.compile(r"^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*\n?\s*", re.I)

# Case-insensitive: Reuters-21578 has "FEb 26", "FEB 26" and "feb 26" from hand-typed datelines.
MONTHS = r"(?i:Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|August|September|October|November|December)\.?"

# Month names and abbreviations as dateline dates write them, for reading a dateline's own date.
MONTH_NUMBERS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# Hand-typed datelines misspell months: Reuters-21578 has "Macrh 31", "Apri 1", "Mach 4", "Marc 3",
# "Marchg 12". A month word one edit (a letter dropped, added, changed or two swapped) from a name
# at least this long is read as that month; shorter names (Jan, May) must be exact.
MONTH_FUZZY_MIN_LETTERS = 4
# Any word that may be a (misspelt) month: the loose dateline pattern below takes it, and code
# then accepts it only if it is within one edit of a month name.
_LOOSE_MONTH = r"[A-Za-z]{3,10}\.?"

# A place in a wire dateline is written in capitals: BISHKEK, NEW YORK, ST. LOUIS, WINSTON-SALEM,
# TEL AVIV/GAZA, O'HARE. Reuters-21578 has one-letter-word places too ("U.S.").
# Each word of a place is bounded (40 characters is twice "WINSTON-SALEM/GREENSBORO"), so a
# line of 1,000,000 capitals costs a bounded backtrack, not one per character.
_CAPS_PLACE = r"[A-Z][A-Z.'’&\-]{0,40}(?:[ /][A-Z][A-Z.'’&\-]{0,40}){0,5}"
# Mixed-case places are accepted only with an agency or a date after them: `Kyiv, Ukraine (CNN) —`,
# `Toronto, Feb 26 -`, and Reuters-21578's hand-typed "New york, March 2 -", "La paz, march 4 -".
_MIXED_PLACE = r"[A-Z][A-Za-z.'’\-]{1,40}(?: [A-Za-z][A-Za-z.'’\-]{1,40}){0,3}"
# All lower case ("omaha, april 7 -", as typed into a form or lower-cased by a feed): only with a
# comma and a date after the place.
_LOWER_PLACE = r"[a-z][a-z.'’\-]{1,40}(?: [a-z][a-z.'’\-]{1,40}){0,2}"
# State or country after the place: `PORTLAND, Ore.,`, `ROCHESTER, N.Y.,`, `KYIV, Ukraine,`,
# `GRONINGEN, the Netherlands,`; up to two of them (`GEORGETOWN, Grand Cayman, British West Indies`).
# A word followed by a number is the date, not a region.
_REGION_ONE = r"(?:the )?(?![A-Za-z]{3,10}\.?\s*+\d)[A-Z][A-Za-z.'’\-]{0,40}(?: [A-Z][A-Za-z.'’\-]{0,40}){0,2}"
_REGION = _REGION_ONE + r"(?:,\s*+" + _REGION_ONE + r")?"
# Every dash wire services use, including a dash glued to the first word (`-Russian`), and AFP's
# colon style is not handled (it collides with "WASHINGTON: a report" headings).
_DASH = r"(?:--|[-–—])"
# Reuters-21578 sometimes names the agency after the date: "ROME, March 13, Reuter -".
_TRAILING_AGENCY = r"(?:,\s*+(?P<reuter>Reuters?)\b)?"


def _date(month: str, day: str) -> str:
    """"Feb 26", "Oct. 13, 2023", and British order "2 March"."""
    return r"(?:" + month + r"\s*+" + day + r"(?:,?\s*+\d{4})?|\d{1,2}\s+" + month + r"(?:\s+\d{4})?)"


def _dateline_re(month: str, day: str) -> re.Pattern[str]:
    # Whitespace is matched possessively (`\s*+`): a run of 20,000 spaces after "LONDON" must
    # not be split between neighbouring `\s*` in every way (that cost 25 s a text).
    date = _date(month, day)
    after_place = r"(?:,\s*+" + _REGION + r")?"
    return re.compile(
        r"(?P<lead>[ \t]*\**)"  # Reuters-21578 flags some stories with "****" before the place
        r"(?:"
        r"(?P<place>" + _CAPS_PLACE + r")"
        r"|(?P<mixed>" + _MIXED_PLACE + r")(?=" + after_place + r"(?:,?\s*+" + date + r")?" + _TRAILING_AGENCY.replace("?P<reuter>", "?:") + r"\s*+\(|" + after_place + r",?\s*+" + date + _TRAILING_AGENCY.replace("?P<reuter>", "?:") + r"\s*+,?\s*+" + _DASH + r")"
        r"|(?P<lower>" + _LOWER_PLACE + r")(?=,\s*+" + date + r"\s*+,?\s*+(?:" + _DASH + r"|\())"
        r")"
        r"(?:\s?+,\s*+(?P<region>" + _REGION + r"))?"
        r"(?:\s?+,?\s*+(?P<date>" + date + r"))?"
        + _TRAILING_AGENCY +
        r"(?:\s*+\((?P<agency>[A-Za-z][A-Za-z .&'/\-]{0,40})\))?"
        r"\s*+,?\s*+(?P<dash>" + _DASH + r")[ \t]*+\n?[ \t]*+"
    )


# The dateline as wire services write it; tried first.
DATELINE_RE = _dateline_re(MONTHS, r"\d{1,2}")
# The same with any word as the month and up to three digits as the day (Reuters-21578's
# "Marchg 12", "March 187"): tried second, and kept only if the month word is a month.
DATELINE_LOOSE_RE = _dateline_re(_LOOSE_MONTH, r"\d{1,3}")

# An agency opener with no place: CNN's "(CNN) —" and Bloomberg's "(Bloomberg) --" start stories
# this way. Only agencies named in lexicons/agencies.py count (a parenthesis opening a sentence
# is usually an aside).
AGENCY_OPENER_RE = re.compile(
    r"(?P<lead>[ \t]*)\((?P<agency>[A-Za-z][A-Za-z .&'\-]{0,40})\)\s*+(?P<dash>" + _DASH + r")[ \t]*+\n?[ \t]*+"
)

# Some places in capitals are single letters or common words at the head of a plain sentence
# ("A - B testing ..."); a dateline place needs two letters at least.
DATELINE_MIN_PLACE_LETTERS = 2

# Subheadings: short all-capital lines between paragraphs (`RUSSIAN MEDIATION?`).
SECTION_MAX_WORDS = 10
SECTION_MAX_CHARS = 80
SECTION_MIN_LETTERS = 3
SECTION_MIN_LETTER_SHARE = 0.6
# BBC News subheadings ask the reader's question: "What happened?", "Why does it matter?",
# "Who is Rishi Sunak?". A short line on its own, opening with a question word, ending with "?".
QUESTION_SECTION_RE = re.compile(
    r"^(?:What|Why|How|Who|Whose|When|Where|Which|Is|Are|Was|Were|Can|Could|Will|Would|Should|Does|Do|Did|Has|Have)\b[^.!?\n\"“”]{2,80}\?$"
)
QUESTION_SECTION_MAX_WORDS = 10
# ... and only where the story has two of them at least: an explainer is written under several
# question headings, while one short question on its own line is an opinion writer's rhetoric
# ("How is that possible?", PolNeAR's New York Times column).
QUESTION_SECTIONS_MIN = 2

# A plain-text headline: the first line, short, no closing full stop, followed by a blank line
# (the BBC corpus and most scraped text files put the headline there), a byline or a dateline
# (scraped wire copy: "BAHIA COCOA REVIEW" on the line above "SALVADOR, Feb 26 -").
TITLE_MAX_WORDS = 20
TITLE_MAX_CHARS = 200
# Headlines of web pages and wire services run to a second and third line (a headline and a
# standfirst, or one headline wrapped); more lines than this are a paragraph.
TITLE_MAX_LINES = 3
# A headline of two lines or more must look like one: each line in capitals or in title case
# (this share of its longer words capitalised), so a short wrapped paragraph is not taken.
TITLE_CASE_MIN_SHARE = 0.6
TITLE_CASE_MIN_WORD_LETTERS = 4
# Bylines between the headline and the dateline: at most this many lines.
BYLINE_MAX_LINES = 3

# Blank line: the paragraph separator in scraped and exported text (the one definition of a
# paragraph break: layout, sentence boundaries, quotes and coreference all use it).
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*\n")
# The same, with the white space that follows it, for splitting text into paragraphs.
BLANK_LINE_RE = re.compile(PARAGRAPH_BREAK_RE.pattern + r"\s*")
# Reuters-21578 style: hard-wrapped lines, a new paragraph starts with an indented line.
INDENTED_PARAGRAPH_RE = re.compile(r"\n(?=[ \t]{2,}\S)")
# Lines longer than this on average mean one line is one paragraph, not a hard wrap at 70.
WRAPPED_LINE_MAX_CHARS = 90

# Dates in file names, as archives and scrapers name their files: `2023-10-13-bishkek.txt`,
# `20231013_reuters.txt`, `bbc_2005.03.14_budget.html`. Year, month and day in that order only
# (13-10-2023 and 10-13-2023 cannot be told apart); not inside a longer run of digits (an id).
FILE_NAME_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
# A year alone in a file name (`reuters-1987/`, `gaza_2023_03.txt`), to complete a dateline's
# "March 30" when the user gives no --year.
FILE_NAME_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
