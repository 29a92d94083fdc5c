"""Named heuristics: word lists and patterns, each with the real-world case it serves.

Code elsewhere never inlines a word list; a changed rule comes with a fixture case in tests/.
"""
