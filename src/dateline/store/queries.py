"""The questions people ask a corpus, as read-only query functions: this module names them all
(the CLI and older callers import from here); each lives in the module of its idea:

    querying    what they share: `reading`, date conditions, explained FTS5 errors, markers
    entities    matching_entities, entity_profile (and speaker / entity name resolution)
    quotes      find_quotes, quote_page
    searches    search, quote_facets
    articles    article_list, article_view, get_record
    overview    find_places, timeline, counts_over_time, corpus_stats, list_errors, error_page
"""

from __future__ import annotations

from dateline.store.articles import get_record
from dateline.store.entities import COMPANION_SAMPLE, entity_profile, matching_entities
from dateline.store.overview import corpus_stats, find_places, list_errors, timeline
from dateline.store.querying import (
    DEFAULT_MARK,
    FTS_HELP,
    PLACE_TYPES,
    SNIPPET_TOKENS,
    SearchSyntaxError,
    _date_range,
    _fts,
    reading,
)
from dateline.store.quotes import WALK_FACTOR, find_quotes, quote_page
from dateline.store.searches import SEARCH_WINDOW, TITLE_WEIGHT, search

__all__ = [
    "COMPANION_SAMPLE", "DEFAULT_MARK", "FTS_HELP", "PLACE_TYPES", "SEARCH_WINDOW", "SNIPPET_TOKENS", "TITLE_WEIGHT",
    "WALK_FACTOR", "SearchSyntaxError", "_date_range", "_fts", "corpus_stats", "entity_profile", "find_places",
    "find_quotes", "get_record", "list_errors", "matching_entities", "quote_page", "reading", "search", "timeline",
]
