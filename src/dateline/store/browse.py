"""Read-only questions a browser asks, by the names the web app has imported them by; each lives in
the module of its idea (articles, searches, overview, entities: see queries.py).

Lists are paged by keyset cursors (store/paging.py) and capped by the caller's `limit`; facets
count over at most FACET_SAMPLE matching quotes (the newest).
"""

from __future__ import annotations

from dateline.store.articles import LEAD_CHARS, article_list, article_view
from dateline.store.entities import resolve_entity
from dateline.store.overview import TIME_UNITS, counts_over_time, error_page
from dateline.store.searches import FACET_SAMPLE, FACET_TOP, quote_facets

__all__ = [
    "FACET_SAMPLE", "FACET_TOP", "LEAD_CHARS", "TIME_UNITS", "article_list", "article_view", "counts_over_time",
    "error_page", "quote_facets", "resolve_entity",
]
