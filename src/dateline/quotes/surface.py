"""Cues in pipelines without a parser: a cue word beside a quotation with a name or pronoun."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from dateline.doc import token_table
from dateline.lexicons import quotes as lex
from dateline.quotes.cue import Cue, QuoteIndex

# `spacy.blank("en")` plus our component: no lemmas, tags or dependencies. Direct quotes are still
# attributed when a cue word stands right beside the quotation with a name or pronoun next to it
# (`"...," Putin said`, `"...," said Putin`, `Putin said: "..."`).
SURFACE_WINDOW = 6  # tokens looked at beside a quotation; the sample's longest is `Putin told reporters`


def _is_name_or_pronoun(token: Token) -> bool:
    return token.lower_ in lex.PERSONAL_PRONOUNS or (token.text[:1].isupper() and token.is_alpha)


def surface_cues(doc: Doc, index: QuoteIndex) -> list[Cue]:
    cues: list[Cue] = []
    starts = token_table(doc).starts
    for quotation in index.quotations:
        window = []
        i = bisect_left(starts, quotation.close_end)
        while i < len(doc) and len(window) < SURFACE_WINDOW:
            token = doc[i]
            if index.at(token.idx) is not None or token.text in (".", "!", "?") or "\n" in token.text:
                break
            if not token.is_space and not token.is_punct:
                window.append(token)
            i += 1
        for n, token in enumerate(window):
            lemma = lex.CUE_FORMS.get(token.lower_)
            if lemma is None:
                continue
            before = window[:n]
            following = []
            for other in window[n + 1 :]:
                if not _is_name_or_pronoun(other):
                    break
                following.append(other)
            run = before if before and all(_is_name_or_pronoun(t) for t in before) else following
            cue = Cue(token=token, span=(token.idx, token.idx + len(token)), lemma=lemma)
            if run:
                cue.speaker = run[-1]
                cue.speaker_extent = (run[0].idx, run[-1].idx + len(run[-1]))
            words = run + [token]
            cue.clause = (min(t.idx for t in words), max(t.idx + len(t) for t in words))
            cues.append(cue)
            break
    cues.sort(key=lambda c: c.span)
    return cues
