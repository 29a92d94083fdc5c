"""What a cue is (the `Cue` record the cue finders fill in), which quotation an offset falls in,
and the cue classes (speech, belief, finding, intention; lexicons/quotes.py)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.lexicons import quotes as lex
from dateline.quotes.marks import Quotation

from dateline.record import Span  # noqa: E402  (one home for the alias)


# Every verb that may introduce reported content (lexicons/quotes.py, by group).
CUE_VERBS = lex.SPEECH_VERBS | lex.BELIEF_VERBS | lex.FINDING_VERBS | lex.OBJECT_CONTENT_VERBS | lex.CONTENT_ONLY_VERBS | lex.THIRD_PERSON_VIEW_VERBS


@dataclass
class Cue:
    token: Token
    span: Span
    lemma: str
    speaker: Token | None = None
    antecedent: Token | None = None  # for a relative-pronoun speaker (`Trump, who said ...`)
    complement: list[Token] = field(default_factory=list)  # heads of the reported clause(s)
    parenthetical: Token | None = None  # the clause a parenthetical cue interrupts
    addressee: Token | None = None
    clause: Span = (0, 0)  # the cue's own words (speaker, verb, adverbials), chars
    sentence_start: int = 0  # start of the cue's sentence, chars
    sentence_end: int = 0  # end of the cue's sentence (its last word or mark), chars
    tail: Span | None = None  # content after the cue when it interrupts its content (see _clause)
    according: bool = False
    inside_quote: bool = False  # the cue stands inside someone's quotation (nested speech)
    no_source: bool = False  # a reduced passive (`when asked about ...`): the text names no speaker
    content_runs: list[Span] = field(default_factory=list)  # token ranges [start, end) of the complement
    ranges: list[Span] = field(default_factory=list)  # the reported content from the parse, chars
    speaker_extent: Span | None = None  # the speaker's words when no parse gives the phrase


def in_runs(runs: list[Span], i: int) -> bool:
    return any(s <= i < e for s, e in runs)


class QuoteIndex:
    """Which top-level quotation (if any) each character offset falls in."""

    def __init__(self, quotations: list[Quotation]) -> None:
        self.quotations = quotations
        self.starts = [q.open_start for q in quotations]

    def at(self, offset: int) -> int | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.quotations[i].open_start <= offset < max(self.quotations[i].close_end, self.quotations[i].content[1]):
            return i
        return None


def cue_lemma(token: Token) -> str:
    return cue_lemma_of(token.lemma_, token.lower_)


def cue_lemma_of(lemma: str, lower: str) -> str:
    """`cue_lemma` from a token's strings: its lemma and its lower-case form."""
    slip = lex.LEMMA_SLIP_FORMS.get(lower)
    if slip is not None:
        return slip
    lemma = lemma.lower() if lemma else ""
    if not lemma or lemma == lower and lower in lex.CUE_FORMS:
        lemma = lex.CUE_FORMS.get(lower, lemma)
    return lemma


def cue_class(cue: Cue) -> str:
    """What kind of attribution a cue makes (lexicons/quotes.py, cue classes): a finding when the
    verb only reports findings or its speaker is a document or data, else by the verb."""
    return classify(cue.lemma, cue.speaker.lower_ if cue.speaker is not None else "")


def classify(lemma: str, speaker_word: str = "") -> str:
    """The cue class of a cue lemma said by a speaker whose head word is `speaker_word`."""
    if lemma in lex.FINDING_ONLY or lemma in lex.FINDING_NOUNS or speaker_word in lex.DOCUMENT_SPEAKERS:
        return lex.FINDING
    if lemma in lex.INTENTION_CUES or lemma in lex.INTENTION_NOUNS:
        return lex.INTENTION
    if lemma in lex.BELIEF_CUES or lemma in lex.BELIEF_NOUNS:
        return lex.BELIEF
    return lex.SPEECH
