"""Currencies: ISO 4217 codes and names from pycountry, symbols and common names from
`lexicons.quantities`. One `Currencies` table is built when the component is built and passed in.

    "USD 5m" / "5m USD"       code, capitals (pycountry)
    "323 million euros"       name after the amount (pycountry's "Euro", plural "euros")
    "10 turkish lira"         pycountry's "Turkish Lira"
    "$", "£", "C$", "HK$"     symbols (lexicons.quantities.CURRENCY_SYMBOLS)
    "dollars", "pounds"       the currency a bare name means in English news (CURRENCY_NAMES)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.lexicons import quantities as lex

# "USD115", "115USD", "5bn", "7.62mm": a number glued to a code, scale or unit in one token.
GLUED_NUMBER = re.compile(r"^(?P<number>\d[\d,]*(?:\.\d+)?|\.\d+)(?P<suffix>[^\d\s,.][^\d\s]*)$")
GLUED_CODE = re.compile(r"^(?P<code>[A-Za-z]{3})(?P<number>\d[\d,]*(?:\.\d+)?)$")


@dataclass
class Currencies:
    codes: frozenset[str] = frozenset()  # upper case
    names: dict[str, str] = field(default_factory=dict)  # lower-case name (and plural) -> code
    longest_name: int = 1  # in words

    @classmethod
    def build(cls) -> "Currencies":
        """ISO 4217 from pycountry (its data ships in the package: no network)."""
        import pycountry

        codes = {c.alpha_3 for c in pycountry.currencies} - lex.NON_MONEY_CODES
        names: dict[str, str] = {}
        for currency in pycountry.currencies:
            if currency.alpha_3 not in codes:
                continue
            name = currency.name.lower()
            names.setdefault(name, currency.alpha_3)
            names.setdefault(name + "s", currency.alpha_3)
        names.update(lex.CURRENCY_NAMES)
        return cls(frozenset(codes), names, max(len(n.split()) for n in names))

    def code(self, text: str, *, before_number: bool) -> str | None:
        """The ISO code a token spells: "USD", "EUR"; lower case ("20 usd") only after a number and
        never for a code that is also a word ("all", "top")."""
        if text in self.codes:
            return text
        lower = text.lower()
        if not before_number and lower.upper() in self.codes and lower not in lex.WORD_LIKE_CODES and text.islower():
            return lower.upper()
        return None

    def symbol(self, text: str) -> str | None:
        return lex.CURRENCY_SYMBOLS.get(text.lower())

    def name(self, words: list[str]) -> tuple[str, int] | None:
        """(code, words used) for the longest currency name at the start of `words` (lower case)."""
        for size in range(min(self.longest_name, len(words)), 0, -1):
            code = self.names.get(" ".join(words[:size]))
            if code is not None:
                return code, size
        return None
