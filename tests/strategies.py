"""Hypothesis strategies for inputs a news pipeline meets: arbitrary bytes and text, and invented
wire-story pieces (openers, quotes, dates, amounts, blank lines) shuffled together. Shared by the
property tests (tests/test_properties.py) and the long fuzz run (benchmarks/fuzz.py)."""

from __future__ import annotations

from hypothesis import strategies as st

# Invented pieces in the style of wire copy, each exercising a stage: the metadata layer (date
# headers, datelines, credits, subheads, advertisements), quotes (straight, curly, nested,
# unbalanced), times, quantities and names.
WIRE_PIECES = (
    "date 2023-10-13\n",
    "KANDAVA, Latvia, May 4 (Baltic Wire) - ",
    "TALLINN (Reuters) -",
    "RIVERTON, Ore., Feb 26 -",
    "Mill Reopens After Flood\n\n",
    "\n\n",
    "\n",
    "    ",
    "NEIGHBOURS OFFER HELP\n\n",
    "Advertisement · Scroll to continue\n",
    "Reporting by Ilze Kalnina; Editing by Tom Reed\n",
    '"We are ready," said Mayor Anna Berg. ',
    "“No,” she said, ‘not yet’. ",
    '"He said “no”, she said ‘yes’ ',
    "«Non», a-t-il dit. ",
    '"An unclosed quote runs on',
    "The minister told reporters on Friday that ",
    "More than 300,000 households lost power last week. ",
    "Prices rose 5.2% in March, or $10 billion. ",
    "It lasted 20 months, until 12 March 2024. ",
    "Officials in Riga, Vilnius and Tallinn met the US envoy. ",
    "He said he would return. They did not. ",
    "Mr. Berg's A.B.C. plan (see p. 4) – finally! ",
    "12:30 GMT 1999-12-31T23:59 ",
    "\u00a0\u200b\ufeff",
)

wire_text = st.lists(st.sampled_from(WIRE_PIECES) | st.text(max_size=40), max_size=14).map("".join)
# Any text at all, weighted towards letters, punctuation and line breaks.
any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
article_text = st.one_of(wire_text, any_text)

INPUT_NAMES = ("story.txt", "page.html", "item.json", "feed.jsonl", "feed.jsonl.gz", "story.txt.gz", "noname", "-")


def _json_wrapped(text: str) -> bytes:
    import json

    return json.dumps({"text": text, "title": text[:20], "date": text[:10]}).encode("utf-8")


any_bytes = st.one_of(
    st.binary(max_size=600),
    article_text.map(lambda t: t.encode("utf-8")),
    article_text.map(_json_wrapped),
    article_text.map(lambda t: ("<html><body><p>" + t + "</p></body></html>").encode("utf-8")),
    article_text.map(lambda t: t.encode("utf-16")),
)
