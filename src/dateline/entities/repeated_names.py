"""NER correction's steps over the story's names as a whole: one label per name (a surname of a
person named in full is that person; a name labelled two ways takes its majority), and the
restoring of later bare mentions of names the NER found once ("Lebed" after "Alexander Lebed")."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc

from dateline.doc import doc_ents, span_text, token_table
from dateline.entities.words import NAME_LABELS, Ent, Words
from dateline.lexicons.titles import TITLE_HEADS


# -- 3. one label per name -------------------------------------------------------------------
def person_name_words(doc: Doc) -> set[str]:
    """Words of the multi-word person names in the story (surnames and given names)."""
    tokens = token_table(doc)
    texts, lowers = tokens.texts, tokens.lowers
    return {
        lowers[i] for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1
        for i in range(e.start, e.end) if texts[i].isalpha()
    }


def _surnames(doc: Doc, ents: list[Ent]) -> dict[str, str]:
    """Surname -> full name, for the people named in full (two words or more)."""
    texts = token_table(doc).texts
    out = {}
    for s, e, label in ents:
        if label == "PERSON" and e - s > 1 and texts[e - 1].isalpha() and texts[e - 1][:1].isupper():
            out.setdefault(texts[e - 1], span_text(doc, s, e))
    return out


def one_label_per_name(doc: Doc, ents: list[Ent], words: Words | None = None) -> list[Ent]:
    """A surname of a person named in full is a person; a name labelled two ways in one story
    takes the label of the majority of its mentions (ties keep the NER's labels)."""
    surnames = _surnames(doc, ents)
    cut = (words or Words(doc)).span
    names = [cut(s, e) for s, e, _ in ents]
    full_names = {name for name, (s, e, label) in zip(names, ents) if label == "PERSON" and e - s > 1}
    votes: dict[str, Counter] = defaultdict(Counter)
    for name, (s, e, label) in zip(names, ents):
        if label in NAME_LABELS:
            votes[name][label] += 1
    out = []
    for text, (s, e, label) in zip(names, ents):
        if label in NAME_LABELS and label != "PERSON" and (text in full_names or (e - s == 1 and text in surnames)):
            out.append((s, e, "PERSON"))
            continue
        counts = votes.get(text)
        if counts and len(counts) > 1:
            (top, n), (_, m) = counts.most_common(2)
            if n > m:
                out.append((s, e, top))
                continue
        out.append((s, e, label))
    return out


# -- 4. restore ------------------------------------------------------------------------------
def taken_tokens(doc: Doc, ents: list[Ent]) -> list[bool]:
    taken = [False] * len(doc)
    for s, e, _ in ents:
        for i in range(s, e):
            taken[i] = True
    return taken


def restore_repeated_names(doc: Doc, ents: list[Ent], words: Words | None = None) -> list[Ent]:
    """Mentions the NER missed of names it found elsewhere in the story: "Lebed" after
    "Alexander Lebed", a second "Ruch" after the first. Only capitalised words matching
    exactly, and only names the NER found once away from the head of a sentence (a
    sentence-initial capital is no evidence of a name)."""
    table = words or Words(doc)
    texts = table.texts
    names: dict[tuple[str, ...], str] = {}
    for s, e, label in ents:
        if label not in NAME_LABELS:
            continue
        if e - s == 1 and label != "PERSON" and table.sentence_initial_only(s):
            continue
        name = tuple(texts[s:e])
        if not all(w[:1].isupper() or not w[:1].isalpha() for w in name):
            continue
        names.setdefault(name, label)
    for surname, full in _surnames(doc, ents).items():
        names.setdefault((surname,), "PERSON")
    if not names:
        return []
    # Token texts read once; only positions where a known name starts are tried.
    firsts = {k[0] for k in names}
    lowered = None  # the words the story uses in lower case, read when first asked
    taken = taken_tokens(doc, ents)
    longest = max(len(k) for k in names)
    found = []
    i = 0  # the next token a name may start at (a found name is not looked into)
    n = len(texts)
    for at in [k for k, word in enumerate(texts) if word in firsts]:
        if at < i:
            continue
        i = at
        match = None
        for size in range(min(longest, n - i), 0, -1):
            words = tuple(texts[i : i + size])
            label = names.get(words)
            if label is None or any(taken[j] for j in range(i, i + size)):
                continue
            # A single word also used in lower case in the story is a common word ("Next").
            if size == 1:
                if lowered is None:
                    lowered = {lower for word, lower in zip(texts, table.lowers) if word.islower()}
                if words[0].lower() in lowered:
                    continue
            # Inside a longer capitalised run the word is part of another name.
            if _in_capitalised_run(table, i, i + size):
                continue
            match = (i, i + size, label)
            break
        if match:
            found.append(match)
            for j in range(match[0], match[1]):
                taken[j] = True
            i = match[1]
    return found


def _in_capitalised_run(words: Words, start: int, end: int) -> bool:
    texts = words.texts

    def capital(i: int) -> bool:
        text = texts[i]
        if not (text[:1].isupper() and text.isalpha()) or words.lowers[i] in TITLE_HEADS:
            return False
        return not (i == 0 or texts[i - 1] in {".", "!", "?"} or texts[i - 1].isspace() or words.sentence_start(i))

    before = start > 0 and capital(start - 1) and not texts[start - 1].isupper()
    after = end < len(texts) and capital(end) and not texts[end].isupper()
    return before or after
