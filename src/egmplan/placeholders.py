"""Placeholders in annotation text, filled from the meeting so nobody retypes facts.

``{opening}`` -> "Tuesday, 6 April 2021, at 10 a.m."; ``{item:adoption}`` -> "5", the
number of the item whose ``key`` is ``adoption`` ("2 (a)" for a sub-item), so "under
agenda item 5" stays right when items are renumbered; ``{{`` and ``}}`` are literal braces.
"""

from __future__ import annotations

import re
from typing import Callable

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}")


def _opening(meeting, style) -> str:
    first = meeting.opening_sitting
    if first is None:
        return style.format_date(meeting.start, weekday=True)
    return style.format_opening(first.date, first.start, meeting.style.time)


def _plenary_meetings(meeting, style) -> str:
    return style.plenary_meetings(len(meeting.sittings), len(meeting.sitting_days))


def _history(meeting, style) -> str:
    from egmplan.model_series import history

    return style.history_paragraph(history(meeting.earlier_meetings), meeting.short_body)


FILLERS: dict[str, Callable] = {
    "opening": _opening,
    "dates": lambda m, s: s.format_date_span_text(m.start, m.end),
    "plenary_meetings": _plenary_meetings,
    "meeting": lambda m, s: s.meeting_phrase(m.number, m.kind),
    "ordinal": lambda m, s: s.ordinal_word(m.number),
    "body": lambda m, s: m.body,
    "short_body": lambda m, s: m.short_body,
    "venue": lambda m, s: m.venue,
    "symbol": lambda m, s: m.symbol or "",
    "history": _history,
}

DESCRIPTIONS = {
    "opening": 'day, date and time of the first sitting: "Tuesday, 6 April 2021, at 10 a.m."',
    "dates": '"from 6 to 8 April 2021"',
    "plenary_meetings": '"six plenary meetings over the course of three days"',
    "meeting": '"seventh meeting" or "seventh session", by `kind`',
    "ordinal": '"seventh"',
    "body": "the body's full name",
    "short_body": 'the body\'s name in running text, e.g. "Expert Group"',
    "venue": '"Vienna"',
    "symbol": "the agenda's symbol",
    "item:KEY": 'the number of the item whose `key` is KEY: "5", or "2 (a)" for a sub-item',
    "history": "every earlier meeting of the body with its dates, from the series file that lists this "
               'meeting: "The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011. '
               'The second meeting was held from 25 to 28 February 2013 and the third from 10 to 13 April 2017."',
    "history:N": 'one earlier meeting: "The first meeting of the Expert Group was held in Vienna from 17 to '
                 '21 January 2011."',
}

ITEM_PREFIX = "item:"


def _cited(number: str, style) -> str:
    """An item number ("2 (a)") as the document's language cites it ("2 a)" in French)."""
    from egmplan.model import cited_number

    parts = cited_number(number)
    return style.item_reference(*parts) if parts else number
HISTORY = "history"
HISTORY_PREFIX = "history:"


def _history_number(name: str) -> str | None:
    """``"3"`` for ``"history:3"`` (as written, checked by the loader), else None."""
    name = name.strip()
    return name[len(HISTORY_PREFIX):].strip() if name.startswith(HISTORY_PREFIX) else None


def history_uses(text: str) -> list[tuple[int, str, str | None]]:
    """(offset, token, number as written or None for the whole history) of every ``{history}``
    and ``{history:N}``, for the loader to find the series and check the numbers."""
    found = []
    for m in _TOKEN.finditer(text):
        if m.group(1) is None:
            continue
        if m.group(1).strip() == HISTORY:
            found.append((m.start(), m.group(0), None))
        elif (number := _history_number(m.group(1))) is not None:
            found.append((m.start(), m.group(0), number))
    return found


def _item_key(name: str) -> str | None:
    """``"adoption"`` for the placeholder name ``"item:adoption"`` (spaces allowed), else None."""
    name = name.strip()
    return name[len(ITEM_PREFIX):].strip() if name.startswith(ITEM_PREFIX) else None


def item_keys(text: str) -> list[tuple[int, str]]:
    """(offset, key) of every ``{item:KEY}`` placeholder, for the loader to check the keys."""
    return [
        (m.start(), key)
        for m in _TOKEN.finditer(text)
        if m.group(1) is not None and (key := _item_key(m.group(1))) is not None
    ]


def unknown_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every placeholder that is not known."""
    return [
        (m.start(), m.group(1))
        for m in _TOKEN.finditer(text)
        if m.group(1) is not None and m.group(1).strip() not in FILLERS and _item_key(m.group(1)) is None
        and _history_number(m.group(1)) is None
    ]


def fill(text: str, meeting, style) -> str:
    """Replace every placeholder; the loader has already refused unknown ones."""
    if "{" not in text and "}" not in text:  # every token starts with a brace: no search of each position
        return text

    def replace(match: re.Match) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        key = _item_key(match.group(1))
        if key is not None:
            return _cited(meeting.item_numbers_by_key[key], style)
        number = _history_number(match.group(1))
        if number is not None:
            from egmplan.model_series import history

            entries = history(meeting.earlier_meetings)
            return style.history_sentence(next(e for e in entries if e.number == int(number)), meeting.short_body)
        return FILLERS[match.group(1).strip()](meeting, style)

    # A sentence ending in an abbreviation takes no second full stop: "at 10 a.m." ends the
    # sentence "… opened on {opening}.", as "в 10 ч. 00 м." does in Russian.
    parts = []
    last = 0
    for match in _TOKEN.finditer(text):
        value = replace(match)
        parts += [text[last:match.start()], value]
        last = match.end()
        if match.group(1) is not None and value.endswith(".") and text.startswith(".", last):
            last += 1
    parts.append(text[last:])
    return "".join(parts)


_FOOTNOTE_MARKER = re.compile(r"\[\^[^\]\s]+\]:?")


def protected_tokens(text: str) -> list[str]:
    """Every placeholder (``{opening}``, ``{item:KEY}``) and footnote marker (``[^1]``, and
    ``[^1]:`` where its text starts) in ``text``, sorted: a translation keeps each of them,
    unchanged, in whatever order its language needs."""
    found = [m.group(0) for m in _TOKEN.finditer(text) if m.group(1) is not None]
    found += [m.group(0) for m in _FOOTNOTE_MARKER.finditer(text)]
    return sorted(found)


def unknown_among(text: str, names) -> list[tuple[int, str]]:
    """(offset, name) of every placeholder in ``text`` that is not one of ``names``."""
    return [(m.start(), m.group(1)) for m in _TOKEN.finditer(text)
            if m.group(1) is not None and m.group(1).strip() not in names]


def uses(text: str, name: str) -> bool:
    return any(m.group(1) is not None and m.group(1).strip() == name for m in _TOKEN.finditer(text))


def fill_values(text: str, values: dict[str, str]) -> str:
    """Replace each placeholder by its value in ``values`` (text outside a meeting: a mandate)."""

    def replace(match: re.Match) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        return values[match.group(1).strip()]

    return _TOKEN.sub(replace, text)
