"""Evaluation commands: score dateline against gold data written by others (../shared/eval).

Evaluation is not a unit test: each scorer returns numbers, and CI gates them with floors.
"""
