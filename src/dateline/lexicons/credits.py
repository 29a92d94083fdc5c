"""Credit lines at the foot of wire stories: `(Writing by Mark Trevelyan; Editing by Gareth Jones)`."""

import re

# Role phrases, longest first so "Additional reporting by" wins over "reporting by".
# Matched without a word boundary before them: scraped Reuters pages glue the lines together,
# as in `(Writing by Mark TrevelyanEditing by Gareth Jones)`.
CREDIT_ROLES: tuple[tuple[str, str], ...] = (
    ("additional reporting by", "additional_reporting"),
    ("reporting and writing by", "reporting"),
    ("reporting by", "reporting"),
    ("reported by", "reporting"),
    ("writing by", "writing"),
    ("written by", "writing"),
    ("editing by", "editing"),
    ("edited by", "editing"),
    ("compiled by", "compiled"),
    ("photos by", "photo"),
    ("photo by", "photo"),
)

CREDIT_ROLE_RE = re.compile(
    r"(?i)(" + "|".join(re.escape(phrase) for phrase, _ in CREDIT_ROLES) + r")\s*:?\s*"
)

# A whole paragraph that is a credit line: opens with "(" or a role phrase. Reuters closes
# stories with one; AP and AFP sometimes put it without parentheses.
CREDIT_LINE_RE = re.compile(
    r"(?is)^\(?\s*(?:" + "|".join(re.escape(p) for p, _ in CREDIT_ROLES) + r")\b.*$"
)

# A credit line glued to the end of the last paragraph by a scraper that lost the line break:
# `... would also continue. (Reporting by Guy Faulconbridge; Editing by Alex Richardson)`.
GLUED_CREDIT_RE = re.compile(
    r"(?is)\(\s*(?:" + "|".join(re.escape(p) for p, _ in CREDIT_ROLES) + r")[^()]*\)\s*$"
)

# Separators between several names under one role: "Tom Balmforth and Olena Harmash; ...".
CREDIT_NAME_SPLIT_RE = re.compile(r"\s*(?:;|,|\band\b|&|\n)\s*")

# "Guy Faulconbridge in Moscow", "staff in Washington": the location is not part of the name.
CREDIT_LOCATION_RE = re.compile(r"\s+(?:in|from|at)\s+[A-Z].*$", re.S)

# Fragments that are not names: "staff", "the newsroom".
NOT_CREDIT_NAMES = frozenset({"staff", "staff writers", "newsroom", "the newsroom", "desk", "bureau"})

# A byline between the headline and the story: "By Jane Doe", "BY JANE DOE",
# "By Jane Doe and John Roe, Reuters", "By Jane Doe, AP Business Writer" (AP), and the
# "Jane Doe | AP" of news sites that print author and agency on one line.
BYLINE_BY_RE = re.compile(r"^(?P<lead>[Bb][Yy]\s*:?\s+)(?P<names>[A-Z].{1,150})$")
BYLINE_PIPE_RE = re.compile(r"^(?P<names>[A-Z][^|\n]{1,80}?)\s*\|\s*(?P<agency>[A-Z][A-Za-z .&'\-]{1,40})$")
# Separators between the parts of a byline: names, the agency and job titles.
BYLINE_SPLIT_RE = re.compile(r"\s*(?:,|;|\||&|\band\b|\bwith\b)\s*")
# A name in a byline: two to four capitalised words ("Jane Doe", "Mary-Ann O'Neil", "JANE DOE"),
# with the particles of European and Arabic names ("Ursula von der Leyen", "Omar al-Bashir").
BYLINE_NAME_RE = re.compile(
    r"^(?:[A-Z][\w'’.\-]*|(?:van|von|der|de|da|del|la|le|bin|al|el|ibn|dos|du)(?=\s))"
    r"(?:\s+(?:[A-Z][\w'’.\-]*|van|von|der|den|de|da|del|la|le|bin|al|el|ibn|dos|du)){1,3}$"
)
# Job titles and desks after the names: "AP Business Writer", "Staff Reporter", "BBC News".
BYLINE_ROLE_WORDS = frozenset({
    "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor",
    "editors", "staff", "bureau", "chief", "news", "desk", "columnist", "contributor", "analyst",
    "producer", "online", "digital", "agency", "agencies", "service", "in",
})
# The outlet after the names: "By Jane Doe, The Washington Post", "By Jane Doe, Sky News".
BYLINE_OUTLET_WORDS = frozenset({
    "the", "post", "times", "journal", "herald", "guardian", "telegraph", "tribune", "gazette",
    "press", "media", "network", "magazine", "daily", "weekly", "radio", "television", "tv", "group",
})

# A line crediting other reporters, as AP closes stories: "Associated Press writers Jane Doe in
# Rome and John Roe in Paris contributed to this report." and "Jane Doe contributed reporting."
CONTRIBUTED_RE = re.compile(
    r"^(?P<who>[A-Z].{2,300}?)\s+contributed(?:\s+reporting)?(?:\s+to\s+th(?:is|e)\s+(?:report|story|article))?"
    r"(?:\s+from\s+[A-Z][^.]{0,60})?\.?$",
    re.S,
)
