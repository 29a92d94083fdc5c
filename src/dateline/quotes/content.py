"""What a cue reports, from the dependency parse: the reported clause as token runs and char
ranges (without the writer's asides), and the other shapes content takes: an object and what
completes it (`accused Trump of lying`), a preposition's object (`called for talks`), coordinated
infinitives, a passive's subject, a clause the parser hung on the addressee.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from dateline.lexicons import quotes as lex
from dateline.quotes.cue import Cue
from dateline.quotes.tree import Tree
from dateline.record import Span


def reported_content(doc: Doc, cue: Cue, participles: list[int], tree: Tree) -> None:
    """The cue's reported content from the parse, as char ranges (and their token ranges).

    Subtrees are taken as the token range between their edges (spaCy keeps `left_edge` and
    `right_edge` on every token), never walked: a cue nested in another's content would otherwise
    walk the same tokens again, and quote-dense text nests hundreds deep (issue 18)."""
    runs: list[list[Span]] = []
    if cue.parenthetical is not None:
        own = (cue.token.left_edge.i, cue.token.right_edge.i + 1)
        whole = (cue.parenthetical.left_edge.i, cue.parenthetical.right_edge.i + 1)
        left = (whole[0], min(own[0], whole[1]))
        right = (max(own[1], whole[0]), whole[1])
        if cue.according:
            # `X happened, according to Y` -> X; `According to Y, X happened` -> X.
            words = _count_words(doc, left, lex.ACCORDING_MIN_LEFT_WORDS)
            if words < lex.ACCORDING_MIN_LEFT_WORDS:
                runs.append([right])
            elif _count_words(doc, right, lex.ACCORDING_MIN_LEFT_WORDS) >= lex.ACCORDING_MIN_LEFT_WORDS and own[1] < len(doc) and doc[own[1]].text == ",":
                # `The top 1 percent paid 25.4 percent, according to the CBO, and the top 10
                # percent paid 69 percent`: the phrase interrupts the clause it reports.
                runs.append([left, right])
            else:
                runs.append([left])
        else:
            runs.append([left, right])
    for head in cue.complement:
        start, end = head.left_edge.i, head.right_edge.i + 1
        k = bisect_right(participles, head.i)
        if k < len(participles) and participles[k] < end:
            end = participles[k]  # the rest is the participle's own attribution
        if start <= cue.token.i < end:
            # A crossing arc (`the paper which the paper said could be announced`: "which" hangs
            # from the clause, left of the cue): the edges cover the cue's own words, so the
            # subtree is read token by token.
            runs.append(_subtree_runs(head, participles))
            continue
        if start > cue.token.i:
            end = _before_semicolon(doc, start, end)
        runs.append([without_trailing_aside(doc, (start, end), tree, head.i)])
    for pieces in runs:
        pieces = [p for p in pieces if p[1] > p[0]]
        if not pieces:
            continue
        first, last = pieces[0][0], pieces[-1][1] - 1
        while first <= last and (doc[first].is_punct or doc[first].is_space):
            first += 1
        while last >= first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if first > last:
            continue
        kept = [(max(s, first), min(e, last + 1)) for s, e in pieces]
        kept = [p for p in kept if p[1] > p[0]]
        cue.ranges.append((doc[first].idx, doc[last].idx + len(doc[last])))
        cue.content_runs.extend(kept)


def _before_semicolon(doc: Doc, start: int, end: int) -> int:
    """`said the timing was not intentional; they only learned on Friday ...`: a semicolon after
    the reported clause starts the writer's next one, which the parser hangs inside it."""
    for i in range(start + 1, end):
        if doc[i].text == ";":
            return i
    return end


def _subtree_runs(head: Token, participles: list[int]) -> list[Span]:
    """The head's subtree up to the first participle after it, as runs of consecutive tokens."""
    stops = set(participles)
    runs: list[list[int]] = []
    for token in head.subtree:
        if token.i in stops and token.i > head.i:
            break
        if runs and token.i == runs[-1][1]:
            runs[-1][1] += 1
        else:
            runs.append([token.i, token.i + 1])
    return [(s, e) for s, e in runs]


def _count_words(doc: Doc, run: Span, enough: int) -> int:
    """Words (not punctuation or space) in a token range, counted up to `enough`."""
    count = 0
    for i in range(run[0], run[1]):
        if not (doc[i].is_punct or doc[i].is_space):
            count += 1
            if count >= enough:
                break
    return count


def without_trailing_aside(doc: Doc, run: Span, tree: Tree, head: int) -> Span:
    """The reported clause without an aside hung on its end after a comma or dash: `he did not
    support Mr. Trump, the presumed Putin favorite`, `... pneumonia, which forced her to leave`.
    PolNeAR's annotators leave these out of the content; they are the writer's, not the speaker's.

    An aside reaches the clause's last word, so it is one of that word's ancestors: they are
    climbed up to the clause's head (at most ASIDE_MAX_HOPS) instead of reading the clause."""
    first, stop = run
    if stop - first < 3:
        return run
    end = stop - 1
    while end > first and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    found: Span | None = None
    found_at = stop
    token = doc[end]
    for _ in range(lex.ASIDE_MAX_HOPS):
        if first + 2 <= token.i < stop:
            aside = token.dep_ in lex.ASIDE_DEPS or (
                token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.ASIDE_MARKS for c in tree.children(token))
            ) or (
                # `..., focusing on people under 30`, `..., including Mitt Romney`: a participle
                # the writer adds after a comma (a participle cue was cut out before this).
                token.dep_ in lex.PARTICIPLE_ASIDE_DEPS and token.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in tree.children(token))
            )
            # (a one-word content keeps its word: `endorsing Trump, who says he is honored`)
            start = token.left_edge.i - first
            if aside and first <= token.left_edge.i < stop and start >= 2 and token.right_edge.i >= end:
                if doc[token.left_edge.i - 1].text in lex.ASIDE_OPENERS and token.i < found_at:
                    found = (first, token.left_edge.i - 1)  # the first such word in text order wins
                    found_at = token.i
        if token.head.i == token.i or token.i == head:
            break
        token = token.head
    if found is None:
        return run
    return found


def completions(verb: Token, after: Token, tree: Tree) -> list[Token]:
    """What completes a prepositional content after it: `called for all civilians of Gaza City,
    more than 1 million people, to relocate south` (the parser hangs both on the verb)."""
    found = []
    for child in tree.rights(verb):
        if child.i <= after.i or child.dep_ == "punct":
            continue
        infinitive = child.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in tree.children(child))
        if child.dep_ in ("dobj", "npadvmod", "appos") or infinitive:
            found.append(child)
        else:
            break
    return found


def object_content(token: Token, lemma: str, tree: Tree) -> list[Token]:
    """The object and its completions after the verb (`accused Trump of lying`)."""
    found = []
    rights = tree.rights(token)
    for child in rights:
        if found and child.dep_ == "punct":
            break  # `called X a champion, citing ...`: what follows the comma is not the object's
        if found and child.dep_ == "prep" and child.lower_ in lex.OBJECT_ADJUNCT_PREPS and not names_a_time(child, tree):
            found.append(child)  # `cited her work after the attacks`, `described behavior by Trump`
            continue
        if child.dep_ in lex.OBJECT_CONTENT_DEPS:
            if child.dep_ == "dative" and lemma in lex.ADDRESSEE_OBJECT_VERBS:
                continue
            if child.dep_ == "dobj" and lemma in lex.ADDRESSEE_OBJECT_VERBS and len(found) == 0 and any(
                c.dep_ in ("xcomp", "ccomp") for c in rights
            ):
                continue  # `urged Congress to act`: Congress is the addressee
            found.append(child)
        # (away from the verb, only a preposition the verb takes its content with: `talked about
        # X`, not `stopping to talk directly to you`)
        elif child.dep_ in ("prep", "agent") and child.lower_ in lex.OBJECT_CONTENT_PREPS and (found or child.i == token.i + 1 or child.lower_ in lex.PREPOSITION_CONTENT.get(lemma, ())):
            if tree.is_leaf(child) or names_a_time(child, tree):
                continue  # `who Republicans talked to about ...`, `was announced on Friday`
            found.append(child)
    if all(c.pos_ == "PRON" and tree.is_leaf(c) for c in found):
        return []  # `answer it calmly`: a bare pronoun says nothing about what was said
    return found


def speech_object(verb: Token, tree: Tree) -> list[Token]:
    """`said yes`, `said the same of Trump`: the object after a speech verb with no clause, unless
    a bare pronoun or an object that announces a colon (`said the following: "..."`)."""
    doc = verb.doc
    for child in tree.rights(verb):
        if child.dep_ != "dobj":
            continue
        if child.lower_ in lex.OBJECT_SPEECH_SKIP and tree.is_leaf(child):
            return []
        after = child.right_edge.i + 1
        if after < len(doc) and doc[after].text == ":":
            return []
        return [child]
    return []


def coordinated_infinitives(verb: Token, infinitive: Token, children: list[Token], tree: Tree) -> list[Token]:
    """`She wants to triple X, grow Y and create Z`: the parser hangs `grow` on `wants`, but a bare
    verb with no subject cannot go with a finite one: it goes on with the infinitive. (The tagger
    may call the bare verb a present form, VBP, which cannot agree with a VBZ or VBD verb either.)"""
    found = []
    bare = {"VB"} if verb.tag_ == "VBP" else {"VB", "VBP"}
    for child in children:
        if child.i > infinitive.i and child.dep_ == "conj" and child.tag_ in bare and not any(
            g.dep_ in lex.SUBJECT_DEPS for g in tree.children(child)
        ):
            found.append(child)
    return found


def stray_conjuncts(verb: Token, complement: list[Token], tree: Tree) -> list[Token]:
    """Conjuncts of the content that the parser hung on the cue or on the verb it hangs from:
    `started off by emphasizing economic fairness, and a need to raise the minimum wage` (a noun
    cannot go with "started"), `has mentioned refinancing student loans and forcing universities
    to ...` (a gerund cannot go with "mentioned"), `has embraced ..., promising to meet and in some
    cases exceed his goals` (a bare verb cannot go with "embraced"). A conjunct with a subject of
    its own is a clause of its own. Only one that follows the content across `,` `and` `or`."""
    doc = verb.doc
    last = max(c.right_edge.i for c in complement)
    first = doc[min(c.left_edge.i for c in complement)]
    if any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in tree.children(c)) for c in complement):
        fits = lambda holder, conj: conj.tag_ in ("VB", "VBP") and holder.tag_ not in ("VB", "VBP")  # noqa: E731
    elif first.tag_ == "VBG":
        fits = lambda holder, conj: conj.tag_ == "VBG" and holder.tag_ != "VBG"  # noqa: E731
    elif all(c.pos_ in ("NOUN", "PROPN") for c in complement):
        # Not a noun with a verb other than an infinitive hung on it: `accused the firm of ...,
        # and the courts sent in bailiffs` is a new clause whose subject the parser took for a
        # conjunct (and "sent" for a participle); `and a need to raise ...` is a noun.
        fits = lambda holder, conj: conj.pos_ in ("NOUN", "PROPN") and holder.pos_ == "VERB" and not any(  # noqa: E731
            g.pos_ == "VERB" and not any(k.dep_ == "aux" and k.lower_ == "to" for k in tree.children(g)) for g in tree.children(conj)
        )
    else:
        return []
    found = []
    holder = verb
    for _ in range(lex.STRAY_CONJUNCT_HOPS + 1):
        for child in tree.rights(holder):
            if child.dep_ != "conj" or child.i <= last or child in complement:
                continue
            between = doc[last + 1 : child.left_edge.i]
            if not all(t.is_punct or t.is_space or t.lower_ in lex.CONJUNCT_JOINERS for t in between):
                break
            if fits(holder, child) and not any(g.dep_ in lex.SUBJECT_DEPS for g in tree.children(child)):
                found.append(child)
                last = child.right_edge.i
        if holder.dep_ not in lex.STRAY_CONJUNCT_CLIMB_DEPS or holder.head.i == holder.i:
            break
        holder = holder.head
    return found


def as_aside_host(verb: Token, lemma: str, tree: Tree) -> Token | None:
    """`Hawaii, as one of his advisers pointed out, does not get ...`: the clause a cue in an `as`
    aside reports (lexicons/quotes.py AS_ASIDE_MARK), or None."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or lemma in lex.AS_ASIDE_TIME_VERBS:
        return None
    kids = tree.children(verb)
    if not any(k.dep_ == "mark" and k.lower_ == lex.AS_ASIDE_MARK for k in kids) or any(k.lower_ == "if" for k in kids):
        return None
    if not any(k.dep_ in lex.SUBJECT_DEPS for k in kids):
        return None
    required = lex.OBJECT_REQUIRED.get(lemma, ())
    if any(k.dep_ in lex.AS_ASIDE_BLOCKING_DEPS and not (k.dep_ == "dobj" and k.lower_ in required) for k in kids):
        return None
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    if any(doc[k].is_quote for k in range(first, last + 1)):
        return None
    for k in (last + 1, first - 1):  # `as X put it: "..."`, `"...", as X put it`
        if 0 <= k < len(doc) and (doc[k].is_quote or doc[k].text == ":"):
            return None
    if last + 2 < len(doc) and doc[last + 1].text == "," and doc[last + 2].is_quote:
        return None
    if first >= 2 and doc[first - 1].text == "," and doc[first - 2].is_quote:
        return None
    return verb.head


def names_a_time(prep: Token, tree: Tree) -> bool:
    """`in July`, `on Tuesday`: a preposition whose object is a date or time frames the report."""
    return any(g.dep_ == "pobj" and g.ent_type_ in lex.TIME_ENT_TYPES for g in tree.children(prep))


def by_agent(verb: Token, children: list[Token]) -> bool:
    """A passive with its subject and a `by` agent: `was endorsed by`, `is supported by`."""
    return any(c.dep_ == "agent" for c in children) and any(c.dep_ in lex.PASSIVE_SUBJECT_DEPS for c in children)


def clause_on_addressee(children: list[Token], tree: Tree) -> list[Token]:
    """`told a meeting of island leaders that few people understood ...`: the parser hangs the
    reported clause on the addressee as a relative clause; its `that` is the conjunction (a
    `mark`) and the clause is whole, so it is what was told."""
    for child in children:
        if child.dep_ not in ("dobj", "dative"):
            continue
        for clause in tree.children(child):
            kids = tree.children(clause)
            if clause.dep_ in ("relcl", "acl") and any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) and not has_gap(clause, kids):
                return [clause]
    return []


def has_gap(verb: Token, kids: list[Token]) -> bool:
    """An active clause verb with nothing after it to complete it (`that the inspector withdrew`)
    is a relative clause whose `that` is the missing object, which the parser reads as `that` the
    conjunction; a content clause says something whole (`that the march was illegal`)."""
    if verb.pos_ not in ("VERB",) or any(k.dep_ in lex.PASSIVE_DEPS for k in kids):
        return False
    return not any(k.dep_ in lex.CLAUSE_COMPLETION_DEPS for k in kids)
