"""What a reference to an agenda item points at: a row of ``organization_of_work`` ("2",
"1 (a)", "1(a)" or a key) or an ``{item:key}`` placeholder in an annotation.

:class:`ItemIndex` is built once per agenda, so resolving every row of a large file stays
linear. ``resolve_reference(ref, agenda)`` answers one question without keeping an index
(e.g. ``egmplan diff`` asking which title a numbered row points at in each draft).
"""

from __future__ import annotations

from typing import NamedTuple

from egmplan.model import AgendaItem, cited_number, flatten, item_number_text, loosely_cited_number


class Reference(NamedTuple):
    """The item a reference points at (None when it points at none: ``problem`` says why).
    ``by_key`` says whether the reference was a key (stays right when items are renumbered)."""

    ref: str
    item: AgendaItem | None
    problem: str | None = None
    by_key: bool = False

    @property
    def number(self) -> str | None:
        return self.item.number if self.item else None


class ItemIndex:
    """Every item and sub-item of one agenda, by number and by key."""

    def __init__(self, agenda: tuple[AgendaItem, ...]):
        self.agenda = agenda
        self.by_number = {item.number: item for item in flatten(agenda)}
        self.by_key = {item.key: item for item in self.by_number.values() if item.key}

    def resolve(self, ref: str) -> Reference:
        if ref in self.by_key:
            return Reference(ref, self.by_key[ref], by_key=True)
        cited = cited_number(ref)
        if cited:
            item, letter = cited
            number = item_number_text(item, letter)
            if number in self.by_number:
                return Reference(ref, self.by_number[number])
            if letter and item in self.by_number:
                problem = f"item {item} has no sub-item ({letter})"
            else:
                problem = f"there is no agenda item {number} (the agenda has items 1 to {len(self.agenda)})"
            return Reference(ref, None, problem)
        loose = loosely_cited_number(ref)
        hint = item_number_text(*loose) if loose else self.key_hint(ref)
        problem = f"{ref!r} is neither an item number such as \"1 (a)\" nor a key of an item"
        if hint:
            problem += f"; did you mean {hint!r}?"
        return Reference(ref, None, problem)

    def resolve_key(self, key: str) -> Reference:
        """A key only (the ``{item:KEY}`` placeholder): numbers are what it exists to avoid."""
        if key in self.by_key:
            return Reference(key, self.by_key[key], by_key=True)
        hint = self.key_hint(key)
        if hint:
            problem = f"no item has the key {key!r}; did you mean {hint!r}?"
        elif self.by_key:
            problem = f"no item has the key {key!r}; keys: {', '.join(sorted(self.by_key))}"
        else:
            problem = f"no item has the key {key!r}; give the item a `key:` first"
        return Reference(key, None, problem)

    def key_hint(self, word: str) -> str | None:
        from egmplan.spelling import did_you_mean

        return did_you_mean(word, self.by_key)


def resolve_reference(ref: str, agenda: tuple[AgendaItem, ...]) -> Reference:
    """The item ``ref`` (a number such as "4" or "1 (a)", or a key) points at in ``agenda``."""
    return ItemIndex(agenda).resolve(ref)
