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
