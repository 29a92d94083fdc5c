"""Events: who did what to whom, with PLOVER categories (the `dateline_events` component)."""

from dateline.events.component import EVENTS_EXTENSION, EventExtractor, make_event_extractor

__all__ = ["EVENTS_EXTENSION", "EventExtractor", "make_event_extractor"]
