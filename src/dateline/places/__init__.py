"""Places: the story's toponyms, geocoded offline with its context, ranked by focus."""

from dateline.places.component import PLACES_EXTENSION, PlaceResolver, make_place_resolver, to_item
from dateline.places.resolve import Resolution, resolve
from dateline.places.toponyms import Toponym, collect_toponyms

__all__ = [
    "PLACES_EXTENSION",
    "PlaceResolver",
    "Resolution",
    "Toponym",
    "collect_toponyms",
    "make_place_resolver",
    "resolve",
    "to_item",
]
