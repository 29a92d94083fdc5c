"""Speakers that go on from one quote to the next: a he/she cue with the person the story was last
quoting, a they/we cue with the group it was last quoting (issue 13), instead of the nearest name
the entity layer found. Works on the built quotes, in text order."""

from __future__ import annotations

from collections.abc import Callable

from dateline.lexicons import quotes as lex
from dateline.quotes.speakers import EntityLookup


class SpeakerChains:
    def __init__(self, text: str, paragraph_of: Callable[[int], int], lookup: EntityLookup) -> None:
        self.text = text
        self.paragraph_of = paragraph_of
        self.lookup = lookup

    def continue_speakers(self, quotes: list[dict], group_speakers: set[int] = frozenset()) -> None:
        """`Mr Blair had been "hurt", he added`: a he/she cue beside quotation marks goes on with
        the person the story was last quoting (within FLOATING_MAX_PARAGRAPH_GAP paragraphs), not
        the last name mentioned, unless that person is known by the other pronoun. A group the
        story quoted (`prosecutors claim ...`; `group_speakers`, by id) is no he or she: the chain
        has no one to go on with."""
        last: dict | None = None
        for item in quotes:
            speaker = item["speaker"]
            if speaker is None:
                continue
            said = self.text[speaker["span"][0]:speaker["span"][1]].lower()
            if said not in lex.CONTINUING_PRONOUNS:
                if speaker.get("name"):
                    last = None if id(item) in group_speakers else item
                continue
            if last is None or item["kind"] == "indirect":
                continue
            gap = self.paragraph_of(item["span"][0]) - self.paragraph_of(last["span"][1] - 1)
            previous = last["speaker"]
            if gap > lex.FLOATING_MAX_PARAGRAPH_GAP or previous.get("entity") == speaker.get("entity") and speaker.get("entity"):
                continue
            if self._known_by_other_pronoun(previous, said):
                continue
            item["speaker"] = {"entity": previous.get("entity"), "name": previous.get("name"), "span": speaker["span"]}

    def continue_groups(self, quotes: list[dict], group_speakers: set[int]) -> None:
        """`the Tories insisted ... They said ... the Home Office ... And they pledged`: a they/we
        speaker that resolved to no entity or to a singular organisation goes on with the plural
        group the story was last quoting (within FLOATING_MAX_PARAGRAPH_GAP paragraphs)."""
        last: dict | None = None
        for item in quotes:
            speaker = item["speaker"]
            if speaker is None:
                continue
            said = self.text[speaker["span"][0]:speaker["span"][1]].lower()
            if said not in lex.GROUP_PRONOUNS:
                if id(item) in group_speakers:
                    last = item
                elif speaker.get("name"):
                    last = None  # someone else is being quoted now
                continue
            if last is not None and self._singular_or_unknown(speaker):
                gap = self.paragraph_of(item["span"][0]) - self.paragraph_of(last["span"][1] - 1)
                if gap <= lex.FLOATING_MAX_PARAGRAPH_GAP:
                    previous = last["speaker"]
                    item["speaker"] = {"entity": previous.get("entity"), "name": previous.get("name"), "span": speaker["span"]}
            if item["speaker"].get("name"):
                last = item

    def _singular_or_unknown(self, speaker: dict) -> bool:
        """The speaker resolved to no entity, or to one that is not a group of people."""
        entity = speaker.get("entity")
        number = int(entity[1:]) - 1 if entity and entity[1:].isdigit() else -1
        if not 0 <= number < len(self.lookup.entities):
            return True
        found = self.lookup.entities[number]
        name = found.get("name") or ""
        return found.get("type") not in lex.GROUP_ENT_TYPES and not name.endswith("s")

    def _known_by_other_pronoun(self, speaker: dict, pronoun: str) -> bool:
        """The entity's pronoun mentions are all of the other gender's pronouns."""
        entity = speaker.get("entity")
        if not entity:
            return False
        number = int(entity[1:]) - 1 if entity[1:].isdigit() else -1
        if not 0 <= number < len(self.lookup.entities):
            return False
        forms = {
            self.text[m["span"][0]:m["span"][1]].lower()
            for m in self.lookup.entities[number].get("mentions") or []
            if m.get("kind") == "pronoun"
        }
        group = lex.PRONOUN_GENDERS.get(pronoun, frozenset())
        return bool(forms) and not (forms & group)
