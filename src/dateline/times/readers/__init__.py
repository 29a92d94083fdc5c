"""The readers of the temporal rules, one module per family of expressions; each reader turns a
rule's match into a `Draft` or rejects it."""
