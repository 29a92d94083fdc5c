"""Greedy one-to-one matching of gold and system items, shared by the scorers.

TempEval-3, Gritta et al.'s geoparsing scorer and the PolNeAR protocol all pair items the same
way: candidate pairs are ranked best first, and a pair is kept unless its gold or its system item
is already taken.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

Pair = TypeVar("Pair", bound=tuple)


def one_to_one(ranked: Iterable[Pair]) -> list[Pair]:
    """The pairs `(gold index, system index, ...)` kept, in the given (best-first) order."""
    used_gold: set[int] = set()
    used_system: set[int] = set()
    kept = []
    for pair in ranked:
        gold, system = pair[0], pair[1]
        if gold in used_gold or system in used_system:
            continue
        used_gold.add(gold)
        used_system.add(system)
        kept.append(pair)
    return kept
