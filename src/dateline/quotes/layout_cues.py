"""Cues without a reporting verb, found from the layout around quotations and paragraphs:
- a speaker label opening a paragraph (`TAPPER: And obviously ...`), when it names a person;
- a paragraph ending in a colon that introduces the quotation opening the next one
  (`He then listed the qualities he looks for:`);
- a quotation signed with a dash and a name ending its line (`“...” ― Krystal Correa`).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from dateline.doc import ENTITIES, doc_ents, doc_text, layer, token_table
from dateline.lexicons import quotes as lex
from dateline.quotes.cue import Cue, QuoteIndex
from dateline.quotes.tree import Tree

from dateline.record import Span  # noqa: E402  (one home for the alias)


def person_words(doc: Doc) -> set[str]:
    """Lower-cased words of the names of the story's people (entity layer and NER)."""
    words: set[str] = set()
    names = [e.text for e in doc_ents(doc) if e.label_ == "PERSON"]
    names += [e.get("name") or "" for e in layer(doc, ENTITIES) or [] if e.get("type") == "PERSON"]
    for name in names:
        words.update(w for w in name.lower().split() if len(w) > 1 and w not in lex.LABEL_CONNECTORS)
    return words


def label_cues(doc: Doc, index: QuoteIndex, paragraphs: list[Span]) -> list[Cue]:
    """`TAPPER: And obviously ...`: a speaker label opening a paragraph, the rest is its content.
    A label speaks only when it names a person of the story (a word of a PERSON entity's name, or
    tagged PERSON where it stands): transcripts label people, market reports label sections."""
    cues = []
    starts = token_table(doc).starts
    persons = person_words(doc)
    for p_start, p_end in paragraphs:
        i = bisect_left(starts, p_start)
        label: list[Token] = []
        colon = None
        opened = False  # a transcript quoted whole: `"WALLACE: ...`
        while i < len(doc) and doc[i].idx < p_end and len(label) <= lex.LABEL_MAX_WORDS:
            token = doc[i]
            if token.is_space or (not label and not opened and token.is_quote):
                opened = opened or token.is_quote
                i += 1
                continue
            if token.text == ":":
                colon = token
                break
            if not (token.text[:1].isupper() or token.lower_ in lex.LABEL_CONNECTORS):
                break
            label.append(token)
            i += 1
        if colon is None or not label:
            continue
        holder = index.at(label[0].idx)
        if holder is not None and not (opened and index.quotations[holder].open_start < label[0].idx <= index.quotations[holder].content[0] + 1):
            continue  # a label inside someone's quotation, not opening it
        words = " ".join(t.text for t in label).lower()
        if words in lex.NON_SPEAKER_LABELS or (len(label) == 1 and len(label[0].text) == 1):
            continue
        if not any(t.ent_type_ == "PERSON" or t.lower_ in persons for t in label):
            # `CURRENCIES: The dollar weakened`, `FED TALK: ...`, `GoldenEye: Rogue Agent`,
            # `WASHINGTON:`: a section label, a title or a dateline, not a person speaking.
            continue
        rest = []
        for token in doc[colon.i + 1 : bisect_left(starts, p_end)]:
            if not token.is_space:
                rest.append(token)
        if len(rest) < 2 or rest[0].like_num:
            continue
        if any(t.pos_ for t in rest) and not any(t.pos_ in ("VERB", "AUX") for t in rest):
            continue  # `Forwards: Nicolas Mas, Sylvain Marconnet, ...`: a squad list, not words
        cue = Cue(token=colon, span=(colon.idx, colon.idx + 1), lemma=lex.COLON_LEMMA)
        cue.speaker = label[-1]
        cue.speaker_extent = (label[0].idx, label[-1].idx + len(label[-1]))
        cue.ranges = [(rest[0].idx, rest[-1].idx + len(rest[-1]))]
        cue.clause = (label[0].idx, colon.idx + 1)
        cue.sentence_end = p_end
        cues.append(cue)
    return cues


def colon_intro_cues(doc: Doc, index: QuoteIndex, paragraphs: list[Span], cues: list[Cue], tree: Tree) -> list[Cue]:
    """`He then listed the qualities he looks for:` closing a paragraph with no reporting verb:
    the colon introduces the quotation that opens the next paragraph, said by the sentence's
    subject (attribution claims it only when that paragraph opens with a quotation)."""
    found = []
    verb_sentences = {tree.sentence(c.token)[0] for c in cues if not c.according}
    table = token_table(doc)  # the paragraph's last word, found on strings
    for p_start, p_end in paragraphs:
        last = doc.char_span(p_start, p_end, alignment_mode="expand")
        if last is None or not len(last):
            continue
        j = last.end - 1
        while j >= last.start and table.texts[j].isspace():
            j -= 1
        if j < last.start or table.texts[j] != ":" or index.at(table.starts[j]) is not None:
            continue
        colon = doc[j]
        s_start, s_end = tree.sentence(colon)
        if s_start in verb_sentences:
            continue
        sentence = doc[s_start:s_end]
        root = sentence.root
        subjects = [c for c in tree.children(root) if c.dep_ in lex.SUBJECT_DEPS]
        cue = Cue(token=colon, span=(colon.idx, colon.idx + 1), lemma=lex.COLON_LEMMA)
        cue.speaker = subjects[0] if subjects else None
        cue.clause = (sentence[0].idx, colon.idx)
        cue.sentence_end = colon.idx + 1
        found.append(cue)
    return found


def signature_cues(doc: Doc, index: QuoteIndex, text: str | None = None) -> list[Cue]:
    """`“Donald Trump scares me ...” ― Krystal Correa`: a quotation signed with a dash and a name
    that ends its line (readers' voices, pull quotes, embedded posts): the dash is the cue."""
    text = doc_text(doc) if text is None else text
    starts = token_table(doc).starts
    found = []
    for quotation in index.quotations:
        match = lex.SIGNATURE_RE.match(text, quotation.close_end)
        if match is None:
            continue
        name_start, name_end = match.span("name")
        if text[name_end - 1] == "." and not text[name_end - 3 : name_end - 1].strip().isupper():
            name_end -= 1  # the line's full stop, not an initial's (`Donald J.`)
        first, last = bisect_left(starts, name_start), bisect_left(starts, name_end) - 1
        if last < first or not any(doc[i].pos_ == "PROPN" or doc[i].ent_type_ == "PERSON" for i in range(first, last + 1)):
            continue
        dash = match.span("dash")
        cue = Cue(token=doc[max(0, bisect_left(starts, dash[0]))], span=dash, lemma=lex.SIGNATURE_LEMMA)
        cue.speaker = doc[last]
        cue.speaker_extent = (name_start, name_end)
        cue.clause = (dash[0], name_end)
        cue.sentence_start, cue.sentence_end = dash[0], name_end
        found.append(cue)
    return found
