"""The old name of dateline.ingest (`from dateline.corpus import ingest` keeps working)."""

from dateline.ingest import IngestProgress, count_inputs, ingest  # noqa: F401
