"""Invented records built directly (no NLP), with quotes, roles, geo, times and quantities: the
full record the store must hold, whatever the analysis layers produce today."""

from __future__ import annotations

from dateline.record import (
    ArticleRecord,
    Dateline,
    Entity,
    Geo,
    Mention,
    Quantity,
    Quote,
    Source,
    Speaker,
    Stats,
    Time,
    record_id,
)


class StoryBuilder:
    """Writes a story sentence by sentence and records the spans of what it names."""

    def __init__(self, path: str, date: str | None, dateline: str | None = None) -> None:
        self.path, self.date = path, date
        self.text = ""
        self.entities: dict[str, dict] = {}
        self.quotes: list[Quote] = []
        self.times: list[Time] = []
        self.quantities: list[Quantity] = []
        self.dateline = None
        if dateline:
            self.text = f"{dateline.upper()} (Reuters) -"
            self.dateline = Dateline(span=(0, len(self.text)), place=dateline, place_span=(0, len(dateline)), agency="Reuters")

    def add(self, words: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += words
        return start, len(self.text)

    def name(self, name: str, type_: str = "PERSON", roles: tuple[str, ...] = (), geo: Geo | None = None, kind: str = "name", key: str | None = None) -> str:
        span = self.add(name)
        key = key or name
        entity = self.entities.setdefault(key, {"type": type_, "name": key, "roles": list(roles), "mentions": [], "geo": geo})
        entity["mentions"].append(Mention(span=span, kind=kind))
        return f"e{list(self.entities).index(key) + 1}"

    def quote(self, words: str, speaker_key: str) -> None:
        self.add(' "')
        span = self.add(words)
        self.add('," ')
        entity_id = f"e{list(self.entities).index(speaker_key) + 1}"
        speaker_span = self.add(speaker_key.split()[-1])
        self.entities[speaker_key]["mentions"].append(Mention(span=speaker_span))
        self.add(" said.")
        self.quotes.append(Quote(id=f"q{len(self.quotes) + 1}", kind="direct", span=span, text=words,
                                 speaker=Speaker(entity=entity_id, name=speaker_key, span=speaker_span)))

    def time(self, words: str, value: str, type_: str = "DATE") -> None:
        span = self.add(words)
        self.times.append(Time(span=span, text=words, type=type_, value=value))

    def quantity(self, words: str, value: float, unit: str) -> None:
        span = self.add(words)
        self.quantities.append(Quantity(span=span, text=words, value=value, unit=unit))

    def record(self) -> ArticleRecord:
        entities = [Entity(id=f"e{i + 1}", **data) for i, data in enumerate(self.entities.values())]
        return ArticleRecord(
            id=record_id(self.text), source=Source(path=self.path), text=self.text, date=self.date,
            dateline=self.dateline, body=(0, len(self.text)), paragraphs=[(0, len(self.text))],
            entities=entities, quotes=self.quotes, times=self.times, quantities=self.quantities,
            stats=Stats(tokens=len(self.text.split()), sentences=self.text.count("."), seconds=0.0123),
        )


KYIV = Geo(country="UA", admin1="Kyiv City", lat=50.45, lon=30.52, geonames_id=703448, feature="city", name="Kyiv")
ODESA = Geo(country="UA", admin1="Odesa Oblast", lat=46.48, lon=30.73, geonames_id=698740, feature="city", name="Odesa")
GAZA = Geo(country="PS", lat=31.5, lon=34.47, geonames_id=281133, feature="region", name="Gaza Strip")
MOSCOW = Geo(country="RU", lat=55.75, lon=37.62, geonames_id=524901, feature="city", name="Moscow")


def invented_records() -> list[ArticleRecord]:
    """Five invented stories: a president quoted on Gaza twice (once by surname only), two
    different Joneses, Ukrainian ports with geo, times and quantities."""
    records = []

    s = StoryBuilder("stories/01-summit.txt", "2023-10-13", dateline="Bishkek")
    s.add(" Russian President ")
    s.name("Vladimir Putin", roles=("Russian President",))
    s.add(" warned Israel against a siege of ")
    s.name("Gaza", "GPE", geo=GAZA)
    s.add(" like the siege of Leningrad on ")
    s.time("Friday", "2023-10-13")
    s.add(".")
    s.quote("A ground offensive in Gaza would cost an unacceptable number of civilian lives", "Vladimir Putin")
    s.add(" More than ")
    s.quantity("2 million people", 2_000_000, "people")
    s.add(" live there.")
    records.append(s.record())

    s = StoryBuilder("stories/02-moscow.txt", "2023-11-02", dateline="Moscow")
    s.name("Putin", roles=("the Russian president",), key="Putin")
    s.add(", the Russian president, met envoys in ")
    s.name("Moscow", "GPE", geo=MOSCOW)
    s.add(" to discuss ")
    s.name("Gaza", "GPE", geo=GAZA)
    s.add(".")
    s.quote("We are ready to help mediate a ceasefire in Gaza", "Putin")
    records.append(s.record())

    s = StoryBuilder("stories/03-health.txt", "2023-11-05", dateline="London")
    s.add(" Health Minister ")
    s.name("Sarah Jones", roles=("Health Minister",))
    s.add(" promised money for hospitals.")
    s.quote("Nobody should wait a year for a hip operation", "Sarah Jones")
    records.append(s.record())

    s = StoryBuilder("stories/04-rugby.txt", "2023-11-18", dateline="Cardiff")
    s.add(" Wales coach ")
    s.name("Dafydd Jones", roles=("Wales coach",))
    s.add(" named an unchanged side.")
    s.quote("The boys have earned another week together", "Dafydd Jones")
    records.append(s.record())

    s = StoryBuilder("stories/05-ports.txt", "2023-12-01", dateline="Kyiv")
    s.add(" Grain left ")
    s.name("Odesa", "GPE", geo=ODESA)
    s.add(" and ")
    s.name("Kyiv", "GPE", geo=KYIV)
    s.add(" said exports rose, agriculture minister ")
    s.name("Oleh Danylenko", roles=("agriculture minister",))
    s.add(" said.")
    s.quote("Every ship that leaves Odesa is a ship the world needs", "Oleh Danylenko")
    s.add(" Exports rose for ")
    s.time("three months", "P3M", "DURATION")
    s.add(".")
    records.append(s.record())
    return records
