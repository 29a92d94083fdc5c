"""The article record: dateline's output contract (`dateline/1`, see FORMAT.md).

Every way of running the analysis (CLI, Python API, HTTP API, distributed batch) emits these
models. Rules that hold everywhere: a span is `(start, end)` into `text`, end exclusive; unknown
is None, never a guess; lists are never None. `tests/test_record_contract.py` pins the schema.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "dateline/1"

Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: str | None = Field(None, description="file path, '-' for standard input")
    format: Literal["text", "html", "json", "jsonl", "parquet"] = "text"
    url: str | None = None
    line: int | None = Field(None, description="line number within a JSONL file (1-based)")
    encoding: str = Field("utf-8", description="encoding the bytes were decoded with")


class Dateline(_Model):
    """The wire opener: `BISHKEK (Reuters) -`, `PORTLAND, Ore., Feb 26 -`."""

    span: Span
    place: str | None = Field(None, description="the place in ordinary capitalisation")
    place_span: Span | None = None
    region: str | None = Field(None, description="qualifier after the place: 'Ore.', 'Ukraine'")
    place_entity: str | None = Field(None, description="id of the entity for the place")
    agency: str | None = None
    agency_span: Span | None = None
    date_text: str | None = None
    date_span: Span | None = None


class Credit(_Model):
    role: Literal[
        "reporting", "additional_reporting", "writing", "editing", "compiled", "photo", "byline", "contributing"
    ] = Field(description="byline: named under the headline; contributing: 'X contributed to this report'")
    name: str
    span: Span


class Section(_Model):
    heading: str
    span: Span


class Noise(_Model):
    kind: str = Field(
        description="advertisement, continuation, newsletter, cookies, standards, social, related, "
        "media, embed, source, bio, ..."
    )
    span: Span


class Geo(_Model):
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = Field(None, description="country, admin1, city, region, ...")
    name: str | None = None


class Mention(_Model):
    span: Span
    kind: Literal["name", "pronoun", "nominal"] = "name"


class Entity(_Model):
    id: str
    type: str = Field(description="OntoNotes label: PERSON, NORP, FAC, ORG, GPE, LOC, ...")
    name: str = Field(description="fullest name used in the article")
    roles: list[str] = []
    mentions: list[Mention] = []
    geo: Geo | None = None


class Place(_Model):
    """A place the story names, geocoded: one per entity (plus the dateline's place when no
    entity carries it), ranked by how central it is to the story."""

    entity: str | None = Field(None, description="id of the entity the place is, if any")
    name: str = Field(description="the name as the story writes it")
    kind: Literal["toponym", "demonym", "dateline"] = Field(
        description="toponym: a place name; demonym: a people's name standing for its country "
        "('Syrian forces'); dateline: the dateline's place"
    )
    span: Span = Field(description="the first mention")
    spans: list[Span] = []
    mentions: int = 0
    candidates: int = Field(0, description="how many gazetteer places the name may refer to")
    geo: Geo | None = None
    score: float = Field(0.0, description="focus: dateline, mentions, mentions in the lede")
    rank: int = Field(0, description="1 = the story's most central place")


class Speaker(_Model):
    entity: str | None = None
    name: str | None = None
    span: Span


class Cue(_Model):
    span: Span
    lemma: str


class Quote(_Model):
    id: str
    kind: Literal["direct", "indirect", "mixed"]
    span: Span
    text: str
    speaker: Speaker | None = None
    cue: Cue | None = None
    addressee: str | None = None
    # What kind of attribution it is (lexicons/quotes.py CUE_CLASSES): what someone said, believes,
    # what a study or data found, or what someone intends. Null only in records from before it.
    cue_class: Literal["speech", "belief", "finding", "intention"] | None = None
    # The content span of each piece when a quote is split around its cue or runs over paragraphs
    # (`"A," he said. "B."` -> two parts); one part when it is one piece.
    parts: list[Span] = []


class Time(_Model):
    span: Span
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = None
    mod: str | None = None
    begin: str | None = Field(None, description="TIMEX3 beginPoint of an anchored period, as a value ('1941' for '1941-44')")
    end: str | None = Field(None, description="TIMEX3 endPoint of an anchored period ('2023-10-13' for 'the past week')")


class Quantity(_Model):
    span: Span
    text: str
    value: float | None = None
    unit: str | None = None
    mod: str | None = None
    counted: str | None = Field(None, description="what the amount counts, where the text says: 'people' in '2 million people'")
    kind: Literal["count", "money", "percent", "measure", "ratio"] | None = Field(
        None, description="'ratio' for 'one in 13 pupils': value 1/13, unit 'ratio', counted 'pupils'")


class Predicate(_Model):
    span: Span
    lemma: str


EventCategory = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "DISAPPROVE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "INVESTIGATE",
]


class Event(_Model):
    span: Span = Field(description="the clause that reports the act")
    predicate: Predicate
    subject: str | None = Field(None, description="entity id of the source actor, where the story names it as an entity")
    object: str | None = Field(None, description="entity id of the target actor, where the story names it as an entity")
    time: int | None = Field(None, description="index into `times` of the date or time the clause gives")
    place: str | None = Field(None, description="entity id of the place the clause gives")
    negated: bool = False
    category: EventCategory | None = Field(None, description="PLOVER event category")
    mode: str | None = Field(None, description="PLOVER mode where the text gives one; for THREATEN, the category threatened")
    subject_span: Span | None = Field(None, description="the source actor's mention, also where it is no entity")
    object_span: Span | None = Field(None, description="the target actor's mention, also where it is no entity")
    quote: str | None = Field(None, description="id of the quote the act is reported in: a claim by its speaker, not a fact")


class Stats(_Model):
    tokens: int = 0
    sentences: int = 0
    seconds: float = 0.0


class RecordWarning(_Model):
    code: str
    message: str


class ArticleRecord(_Model):
    schema_: Literal["dateline/1"] = Field(SCHEMA, alias="schema")
    id: str = Field(description="hash of the text: the same text always gets the same id")
    source: Source
    text: str
    date: str | None = Field(None, description="publication date, ISO 8601")
    date_source: Literal["header", "metadata", "file_name", "dateline", "option"] | None = Field(
        None,
        description="where `date` came from: the text's date header, the input's metadata (JSON field, "
        "HTML page), the file name (--date-from-name), the dateline's own date (with --year or a year in "
        "the file name), or the caller's option (--date)",
    )
    title: str | None = None
    title_span: Span | None = None
    dateline: Dateline | None = None
    credits: list[Credit] = []
    body: Span | None = None
    paragraphs: list[Span] = []
    sections: list[Section] = []
    noise: list[Noise] = []
    entities: list[Entity] = []
    quotes: list[Quote] = []
    times: list[Time] = []
    quantities: list[Quantity] = []
    events: list[Event] = []
    places: list[Place] = []
    stats: Stats = Stats()
    warnings: list[RecordWarning] = []

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)


def record_id(text: str) -> str:
    """Stable id: the first 16 hex digits of the SHA-256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def iso_date(value: str | dt.date) -> dt.date:
    """The date of an ISO date or datetime ("2023-10-13", "2023-10-13T08:00:00Z"), the one
    reading of dates everywhere (inputs' metadata, options, anchors, queries); ValueError if none."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


def record_json_schema() -> dict:
    return ArticleRecord.model_json_schema(by_alias=True)


def span_problems(record: ArticleRecord) -> list[str]:
    """Every place where a span does not slice `text` to what the item claims (empty if none).

    The provenance promise of the record, checkable by anyone: used by tests and evaluations.
    """
    text = record.text
    problems: list[str] = []
    entity_ids = {entity.id for entity in record.entities}
    quote_ids = {quote.id for quote in record.quotes}

    def check(where: str, span: Span | None, claim: str | None = None, fold: bool = False) -> None:
        if span is None:
            return
        start, end = span
        if not (0 <= start <= end <= len(text)):
            problems.append(f"{where}: span {span} outside text of length {len(text)}")
            return
        if claim is not None:
            got = text[start:end]
            if (got.lower() != claim.lower()) if fold else (got != claim):
                problems.append(f"{where}: span {span} slices {got!r}, item says {claim!r}")

    if record.title_span:
        check("title", record.title_span, record.title)
    if record.dateline:
        dl = record.dateline
        check("dateline", dl.span)
        check("dateline.place", dl.place_span, dl.place, fold=True)
        check("dateline.agency", dl.agency_span)
        check("dateline.date", dl.date_span, dl.date_text)
    for i, credit in enumerate(record.credits):
        check(f"credits[{i}]", credit.span, credit.name)
    check("body", record.body)
    for i, paragraph in enumerate(record.paragraphs):
        check(f"paragraphs[{i}]", paragraph)
    for i, section in enumerate(record.sections):
        check(f"sections[{i}]", section.span, section.heading)
    for i, noise in enumerate(record.noise):
        check(f"noise[{i}]", noise.span)
    for entity in record.entities:
        for j, mention in enumerate(entity.mentions):
            check(f"{entity.id}.mentions[{j}]", mention.span)
    for quote in record.quotes:
        check(f"{quote.id}", quote.span, quote.text)
        if quote.speaker:
            check(f"{quote.id}.speaker", quote.speaker.span)
        if quote.cue:
            check(f"{quote.id}.cue", quote.cue.span)
        for j, part in enumerate(quote.parts):
            check(f"{quote.id}.parts[{j}]", part)
            if not (quote.span[0] <= part[0] <= part[1] <= quote.span[1]):
                problems.append(f"{quote.id}.parts[{j}]: {part} is outside the quote's span {quote.span}")
    for i, item in enumerate(record.times):
        check(f"times[{i}]", item.span, item.text)
    for i, item in enumerate(record.quantities):
        check(f"quantities[{i}]", item.span, item.text)
    for i, event in enumerate(record.events):
        check(f"events[{i}]", event.span)
        check(f"events[{i}].predicate", event.predicate.span)
        for role in ("subject_span", "object_span"):
            if getattr(event, role) is not None:
                check(f"events[{i}].{role}", getattr(event, role))
        for role in ("subject", "object", "place"):
            if getattr(event, role) is not None and getattr(event, role) not in entity_ids:
                problems.append(f"events[{i}].{role}: {getattr(event, role)!r} is no entity of the record")
        if event.time is not None and not 0 <= event.time < len(record.times):
            problems.append(f"events[{i}].time: {event.time} is no index into times")
        if event.quote is not None and event.quote not in quote_ids:
            problems.append(f"events[{i}].quote: {event.quote!r} is no quote of the record")
    return problems
