"""Attribution: cues and quotations put together into quotes, one per attribution.

Each quotation is claimed by one cue at most, in this order of evidence:
1. syntax: the quotation is inside the cue's reported clause (`said a ground attack would lead to
   "serious consequences"`: mixed), or the cue's reported clause is inside the quotation (the
   parse of `"...," he said` makes the quoted clause the complement of "said");
2. adjacency, strong: the quotation touches the cue's own words across a comma, dash or colon
   (`"...," Putin told reporters`, `said Caddell:  "..."`, `Putin said, "..."`);
3. adjacency, weak: a quotation that follows the cue's sentence in the same paragraph continues
   a direct quote (`"A," he said. "B."` is one quote) or gives a cue with no other content its
   words; a cue ending its paragraph with a colon takes the quotation that opens the next one;
4. what is left: a paragraph that is only a quotation is a floating quote and continues the
   speaker of the last quote (up to FLOATING_MAX_PARAGRAPH_GAP paragraphs back), or has no speaker
   when there is none. The speaker is copied whole, span included: the span points at the earlier
   mention the attribution rests on, and the quote has no cue. Shorter quotations in other prose
   are scare quotes or titles and are left alone.
A quote's content covers all it claimed, from the first word to the last (so a quote split around
its cue, or run over several sentences or paragraphs, is one quote); its kind is direct when
every word of it is inside quotation marks (or in the cue's own words between two parts), mixed
when some are, indirect when none are.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from dateline.doc import doc_text

from dateline.lexicons import quotes as lex
from dateline.quotes.continuation import after_speaker_description, rest_of_sentence
from dateline.quotes.cue import Cue, cue_class
from dateline.quotes.marks import Quotation
from dateline.quotes.tree import Tree
from dateline.quotes.speaker_chains import SpeakerChains
from dateline.quotes.speakers import EntityLookup, noun_phrase, speaker_record
from dateline.record import Span


# What may stand between a quotation and its cue's words for each kind of adjacency.
_STRONG_BEFORE = re.compile(r"^[\s,;\u2014\u2013\-]*$")  # `"...," he said`, `"..." — he said`
_STRONG_AFTER = re.compile(r"^[\s,:;\u2014\u2013\-]*$")  # `he said: "..."`, `he said, "..."`
_WEAK_AFTER = re.compile(r"^[\s.,;:!?\u2014\u2013\-]*$")  # `he said. "..."`
_WORD = re.compile(r"\w+")
# A quotation that ends like the object of a verb: `"...," he said`, `"...?" he asked`.
_OPEN_ENDING = frozenset(",?!\u2014\u2013-\u2026:")


@dataclass
class _Claim:
    cue: Cue
    quotations: list[int] = field(default_factory=list)


class Attributor:
    def __init__(self, doc: Doc, quotations: list[Quotation], cues: list[Cue], paragraphs: list[Span], lookup: EntityLookup, tree: Tree | None = None, text: str | None = None) -> None:
        self.doc = doc
        self.tree = tree
        self.text = doc_text(doc) if text is None else text
        self.quotations = quotations
        self.cues = cues
        self.paragraphs = paragraphs
        self.paragraph_starts = [p[0] for p in paragraphs]
        self.lookup = lookup
        self.owner: list[int | None] = [None] * len(quotations)  # cue index per quotation
        self.open_starts = [q.open_start for q in quotations]
        self.close_ends = [q.close_end for q in quotations]
        self.claims = [_Claim(cue) for cue in cues]
        self.cue_starts = sorted(cue.span[0] for cue in cues)
        self.group_speakers: set[int] = set()  # id() of built quotes whose speaker is a plural group

    # -- helpers ------------------------------------------------------------------------------
    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def _claim(self, q: int, c: int) -> None:
        self.owner[q] = c
        self.claims[c].quotations.append(q)

    @staticmethod
    def _ranges(cue: Cue) -> list[Span]:
        return list(cue.ranges)

    def _content_outside(self, cue: Cue, q: Quotation) -> bool:
        """The cue reports content of its own, outside every quotation, that `q` is not part of
        (`He said the talks failed. "We will try again."` is two attributions)."""
        for start, end in self._ranges(cue):
            if start <= q.open_start and q.close_end <= end + 1:
                continue
            holder = bisect_right(self.open_starts, start) - 1
            if holder >= 0 and end <= self.quotations[holder].close_end:
                continue  # the content is inside a quotation
            if self.text[start:end].strip(" \"'\u201c\u201d\u2018\u2019,."):
                return True
        return cue.according

    def _content_before(self, cue: Cue) -> bool:
        """The cue reports content that all stands before its own words (`X, he said`)."""
        return bool(cue.ranges) and all(end <= cue.clause[0] for _, end in cue.ranges) and not cue.according

    # -- the passes ---------------------------------------------------------------------------
    def claim_by_syntax(self) -> None:
        for c, cue in enumerate(self.cues):
            for start, end in self._ranges(cue):
                first = max(0, bisect_right(self.open_starts, start) - 1)
                last = bisect_right(self.open_starts, end + 1)
                for q in range(first, last):
                    quotation = self.quotations[q]
                    if self.owner[q] is not None:
                        continue
                    s, e = quotation.span
                    inside_complement = start <= s and e <= end + 1
                    complement_inside = quotation.content[0] <= start and end <= quotation.content[1] + 1
                    if inside_complement or (complement_inside and not cue.inside_quote):
                        self._claim(q, c)

    def claim_by_adjacency(self) -> None:
        # strong, then weak, so `"A," he said. "B," she replied.` gives B to "replied".
        for c, cue in enumerate(self.cues):
            if cue.inside_quote or cue.according or cue.no_source:
                continue  # a reduced passive (`If admitted ..., Turkey`) speaks no one's quotation
            cs, ce = cue.clause
            # `"...," she said` speaks the quotation before it; `"...". Some fans would find such
            # a move controversial` does not: only speech cues take the quotation before them.
            speaks = cue.lemma != lex.COLON_LEMMA and cue_class(cue) == lex.SPEECH
            before = self._nearest_before(cs) if speaks else None
            if before is not None and self.owner[before] is None:
                quotation = self.quotations[before]
                gap = self.text[quotation.close_end:cs]
                ending = self.text[quotation.content[0]:quotation.content[1]].rstrip()[-1:]
                if _STRONG_BEFORE.match(gap) and self.paragraph_of(cs) in range(*self._para_range(quotation)):
                    if ending == "." and "," not in gap and cue.lemma != lex.SIGNATURE_LEMMA and self._opens_after(ce):
                        pass  # `"... to change." She adds, "What kind ...?"`: she speaks the next one
                    elif ending in _OPEN_ENDING or "," in gap or "\u2014" in gap or not self._content_outside(cue, quotation):
                        self._claim(before, c)
            after = self._nearest_after(ce)
            if after is not None and self.owner[after] is None:
                quotation = self.quotations[after]
                gap = self.text[ce:quotation.open_start]
                # `Mr. Barrett said, "we were floored"` after his indirect content: one quote.
                if _STRONG_AFTER.match(gap) and "\n" not in gap and (self._content_before(cue) or not self._content_outside(cue, quotation)):
                    self._claim(after, c)
        for c, cue in enumerate(self.cues):
            if cue.inside_quote or cue.according or cue.no_source:
                continue  # a reduced passive (`If admitted ..., Turkey`) speaks no one's quotation
            cs, ce = cue.clause
            claimed = self.claims[c].quotations
            last_end = max([ce] + [self.quotations[q].close_end for q in claimed if self.quotations[q].open_start > ce])
            after = self._nearest_after(last_end)
            if after is None or self.owner[after] is not None:
                continue
            quotation = self.quotations[after]
            gap = self.text[last_end:quotation.open_start]
            direct_before = any(self.quotations[q].close_end <= cs for q in claimed)
            no_content = not claimed and not cue.complement
            # `"A," said Caddell, speaking of her health. "B."`: the next sentence goes on with it.
            after_sentence = quotation.open_start >= cue.sentence_end and not self.text[cue.sentence_end:quotation.open_start].strip()
            if "\n" not in gap and (_WEAK_AFTER.match(gap) or after_sentence) and (direct_before or no_content):
                # `The summit accomplished "too little," he added. "Without ..."` goes on too.
                if self._content_before(cue) or not self._content_outside(cue, quotation):
                    self._claim(after, c)
            elif direct_before and after_speaker_description(self.cues, self.cue_starts, cue, gap, last_end, quotation.open_start):
                self._claim(after, c)  # `"A," said X, a Y who ... . "B."`
            elif not claimed and rest_of_sentence(self.text, self.cue_starts, cue, quotation, self._content_before(cue)):
                self._claim(after, c)  # `says she hopes ..., but she knows that "..."`
            elif no_content and lex.COLON_INTRO_RE.search(self.text[ce:quotation.open_start].split("\n", 1)[0]):
                # `Caddell continued:` ending its paragraph, the quote in the next one.
                if self.paragraph_of(quotation.open_start) == self.paragraph_of(ce) + 1 and gap.strip(" \t\r\n:") == "":
                    self._claim(after, c)

    def _opens_after(self, offset: int) -> bool:
        """A quotation opens right after `offset` across a comma or colon (`She adds, "..."`)."""
        after = self._nearest_after(offset)
        return after is not None and bool(_STRONG_AFTER.match(self.text[offset:self.quotations[after].open_start]))

    def _para_range(self, quotation: Quotation) -> tuple[int, int]:
        return (self.paragraph_of(quotation.open_start), self.paragraph_of(max(quotation.open_start, quotation.close_end - 1)) + 1)

    def _nearest_before(self, offset: int) -> int | None:
        """The last quotation closed by `offset` (top-level quotations do not overlap)."""
        q = bisect_right(self.close_ends, offset) - 1
        return q if q >= 0 else None

    def _nearest_after(self, offset: int) -> int | None:
        q = bisect_left(self.open_starts, offset)
        return q if q < len(self.quotations) else None

    # -- building the quotes ------------------------------------------------------------------
    def quotes(self) -> list[dict]:
        self.claim_by_syntax()
        self.claim_by_adjacency()
        built: list[tuple[Span, dict]] = []
        seen: set[Span] = set()
        for claim in self.claims:
            item = self._from_cue(claim)
            if item is not None and tuple(item["span"]) not in seen:
                seen.add(tuple(item["span"]))
                built.append((tuple(item["span"]), item))
        built.sort(key=lambda pair: pair[0])
        quotes = [item for _, item in built]
        chains = SpeakerChains(self.text, self.paragraph_of, self.lookup)
        chains.continue_speakers(quotes, self.group_speakers)
        chains.continue_groups(quotes, self.group_speakers)
        return self._add_floating(quotes)

    def _from_cue(self, claim: _Claim) -> dict | None:
        cue = claim.cue
        parts: list[Span] = [self.quotations[q].content for q in claim.quotations]
        ranges = self._in_paragraph(cue, self._ranges(cue))
        if cue.tail is not None and not claim.quotations:
            ranges.append(cue.tail)
        if not claim.quotations and self._interrupts_sentence(cue, ranges):
            ranges.append(self._sentence_content(cue))
        parts.extend(ranges)
        if not parts:
            return None
        start = min(s for s, _ in parts)
        end = max(e for _, e in parts)
        if cue.lemma == lex.COLON_LEMMA and start < cue.clause[1] < end:
            start = cue.clause[1]  # `"WALLACE: Let's start ...`: the label is not the words
        start, end = self._strip_marks(start, end)
        if end <= start:
            return None
        kind = self._kind((start, end), cue)
        if kind == "mixed":
            start, end = self._whole_quotations(start, end)
        speaker = None
        group = False
        if cue.speaker is not None:
            speaker = speaker_record(self.text, cue.speaker, cue.antecedent, self.lookup, cue.speaker_extent, self.tree)
            # (a person's name the tagger calls plural, `Ms Detakats`, is no group)
            group = (cue.speaker.tag_ in lex.PLURAL_TAGS and cue.speaker.ent_type_ != "PERSON") or cue.speaker.ent_type_ in lex.GROUP_ENT_TYPES
        addressee = None
        if cue.addressee is not None:
            a_start, a_end = noun_phrase(cue.addressee, keep_preps=False, tree=self.tree)
            addressee = " ".join(self.text[a_start:a_end].split())
        pieces = [p for q in claim.quotations for p in self.quotations[q].pieces] + ranges
        item = {
            "kind": kind,
            "span": [start, end],
            "text": self.text[start:end],
            "speaker": speaker,
            "cue": {"span": list(cue.span), "lemma": cue.lemma},
            "addressee": addressee,
            "cue_class": cue_class(cue),
            "parts": self._parts(pieces, (start, end)),
        }
        if group and speaker is not None and speaker.get("name"):
            self.group_speakers.add(id(item))
        return item

    def _parts(self, pieces: list[Span], span: Span) -> list[list[int]]:
        """Each piece's content inside the quote's span, without marks, in order, not overlapping."""
        parts: list[list[int]] = []
        for piece in sorted(pieces):
            s, e = self._strip_marks(max(piece[0], span[0]), min(piece[1], span[1]))
            if e <= s:
                continue
            if parts and s < parts[-1][1]:
                parts[-1][1] = max(parts[-1][1], e)  # an indirect clause around a quotation
            else:
                parts.append([s, e])
        return parts or [list(span)]

    def _in_paragraph(self, cue: Cue, ranges: list[Span]) -> list[Span]:
        """Content from the parse stays in the cue's paragraph: a parse that runs a sentence over
        a paragraph break (a lost full stop, a credit line glued below) must not carry the quote
        into the next paragraph (issue 13); quotation marks alone carry a quote over."""
        if not self.paragraphs:
            return ranges
        p_start, p_end = self.paragraphs[self.paragraph_of(cue.span[0])]
        clipped = [(max(s, p_start), min(e, p_end)) for s, e in ranges]
        return [(s, e) for s, e in clipped if e > s]

    def _interrupts_sentence(self, cue: Cue, ranges: list[Span]) -> bool:
        """`The latest test, North Korea said, was its biggest yet`: the cue's words stand
        between commas inside the sentence it reports, which the parse may split anywhere."""
        if cue.according or cue.lemma == lex.COLON_LEMMA or cue.sentence_end <= cue.sentence_start:
            return False
        cs, ce = cue.clause
        before = self.text[cue.sentence_start:cs].rstrip()
        after = self.text[ce:cue.sentence_end].lstrip()
        if not (before.endswith(",") and after.startswith(",")):
            return False
        if len(before.split()) < 2 or len(after.split()) < 3 or any(e > ce for _, e in ranges):
            return False
        # Not when another cue speaks in the rest (`..., he said, adding that ...`).
        first = bisect_left(self.cue_starts, ce)
        return not (first < len(self.cue_starts) and self.cue_starts[first] < cue.sentence_end)

    def _sentence_content(self, cue: Cue) -> Span:
        end = cue.sentence_end
        while end > cue.sentence_start and self.text[end - 1] in ".!?;:":
            end -= 1
        return (cue.sentence_start, end)

    def _whole_quotations(self, start: int, end: int) -> tuple[int, int]:
        """A mixed quote keeps both marks of a quotation at its ends: `was "ready to ..."`."""
        for q in self._quotations_near(start, end):
            if q.content[0] <= start < q.content[1] and q.open_start < start:
                start = q.open_start
            if q.content[0] < end <= q.content[1] and q.closed:
                end = q.close_end
        return start, end

    def _strip_marks(self, start: int, end: int) -> tuple[int, int]:
        strip = " \t\r\n\u00a0\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`"
        while start < end and self.text[start] in strip:
            start += 1
        while end > start and self.text[end - 1] in strip:
            end -= 1
        # A mark we stripped may be an apostrophe that belongs to a word (`the voters'`).
        return start, end

    def _kind(self, span: Span, cue: Cue | None) -> str:
        start, end = span
        inside = 0
        words = 0
        clause = cue.clause if cue is not None else (0, 0)
        near = [q.content for q in self._quotations_near(start, end)]  # in order, disjoint
        k = 0
        for match in _WORD.finditer(self.text, start, end):
            offset = match.start()
            if clause[0] <= offset < clause[1]:
                continue
            words += 1
            while k < len(near) and near[k][1] <= offset:
                k += 1
            if k < len(near) and near[k][0] <= offset:
                inside += 1
        if words and inside == words:
            return "direct"
        return "mixed" if inside else "indirect"

    def _quotations_near(self, start: int, end: int) -> list[Quotation]:
        first = max(0, bisect_right(self.open_starts, start) - 1)
        last = bisect_left(self.open_starts, end)
        return [q for q in self.quotations[first:last] if q.open_start < end and q.close_end > start]

    def _add_floating(self, quotes: list[dict]) -> list[dict]:
        """Whole-paragraph quotations no cue claimed: continue the last speaker, or none."""
        floating = []
        ends = sorted((item["span"][1], n) for n, item in enumerate(quotes))
        starts = [item["span"][0] for item in quotes]  # quotes are sorted by start
        last_floating: dict | None = None
        for q, quotation in enumerate(self.quotations):
            if self.owner[q] is not None or not self._whole_paragraph(quotation):
                continue
            start, end = self._strip_marks(*quotation.content)
            words = _WORD.findall(self.text, start, end)
            if end <= start or len(words) < lex.FLOATING_MIN_WORDS or _title_case(words):
                continue
            # Already inside a quote (a cue's content that runs over this paragraph)?
            i = bisect_right(starts, start) - 1
            if i >= 0 and any(quotes[j]["span"][1] >= end for j in range(max(0, i - 3), i + 1) if quotes[j]["span"][0] <= start):
                continue
            # The quote that ended last before this one: from the cues, or an earlier floating one.
            k = bisect_right(ends, (quotation.open_start, len(quotes))) - 1
            last = quotes[ends[k][1]] if k >= 0 else None
            if last_floating is not None and (last is None or last_floating["span"][1] > last["span"][1]):
                last = last_floating
            speaker = None
            if last is not None:
                gap = self.paragraph_of(quotation.open_start) - self.paragraph_of(last["span"][1] - 1)
                if gap <= lex.FLOATING_MAX_PARAGRAPH_GAP and last["speaker"]:
                    speaker = dict(last["speaker"])
            item = {
                "kind": "direct",
                "span": [start, end],
                "text": self.text[start:end],
                "speaker": speaker,
                "cue": None,
                "addressee": None,
                # A quoted paragraph of its own goes on with someone's words: speech.
                "cue_class": lex.SPEECH,
                "parts": self._parts(quotation.pieces, (start, end)),
            }
            floating.append(item)
            last_floating = item
        return sorted(quotes + floating, key=lambda item: item["span"][0])

    def _whole_paragraph(self, quotation: Quotation) -> bool:
        first = self.paragraph_of(quotation.open_start)
        last = self.paragraph_of(max(quotation.open_start, quotation.close_end - 1))
        p_start = self.paragraphs[first][0]
        p_end = self.paragraphs[last][1]
        outside = self.text[p_start:quotation.open_start] + self.text[quotation.close_end:p_end]
        return bool(lex.FLOATING_SLACK_RE.match(outside))


def _title_case(words: list[str]) -> bool:
    """`"All Bets Are Off"`, `"Legend in the Coal Fields"`: a quoted paragraph whose every longer
    word is capitalised is a title or a heading, not someone's words."""
    long = [w for w in words if len(w) > lex.TITLE_SHORT_WORD]
    return len(long) >= 2 and len(words) <= lex.TITLE_MAX_WORDS and all(w[0].isupper() for w in long)


def attribute(doc: Doc, quotations: list[Quotation], cues: list[Cue], paragraphs: list[Span], lookup: EntityLookup, tree: Tree | None = None, text: str | None = None) -> list[dict]:
    return Attributor(doc, quotations, cues, paragraphs, lookup, tree, text).quotes()
