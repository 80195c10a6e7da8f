"""English wording of the changes between two drafts (``egmplan diff``).

:mod:`egmplan.planning.diff` finds the changes as data (``Change``); this module words them,
as :func:`egmplan.style.en.reports.change_wording` hands out (``style``: the en package). Imported only when a diff is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time

SECTION_TITLES = {
    "meeting": "Meeting", "sittings": "Sittings", "agenda": "Agenda",
    "organization_of_work": "Organization of work", "tracks": "Parallel tracks",
    "participants": "Participants", "deadlines": "Deadlines", "holidays": "Holidays",
}
# Keys whose name alone does not say what they are.
_KEY_LABELS = {
    "timezone": "time zone of the venue", "short_body": "short name of the body",
    "close_of_business": "close of business", "original_language": "original language",
    "postponed_from": "first announced dates", "table_year": "year in the table dates",
    "no_sitting": "no sitting", "organization_of_work": "organization of work",
    "estimated_minutes": "estimated minutes",
}
CONTEXT_WORDS = 6  # words kept around each change of an annotation


class ChangeWording:
    """Sentences for the changes, dates and times in the later draft's style. ``user`` makes
    user text inert in the output format (Markdown escaping; identity in text)."""

    def __init__(self, style, clock: str, markdown: bool, user: Callable[[str], str]):
        self.style, self.clock, self.markdown, self._user = style, clock, markdown, user

    # -- values --------------------------------------------------------------------------

    def user(self, text: str) -> str:
        """User text, inert in Markdown (the one escaping function of every Markdown output)."""
        return self._user(text)

    def quoted(self, text) -> str:
        return f"“{self.user(str(text))}”"

    def value(self, value) -> str:
        if value is None:
            return "(none)"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, date):
            return self.style.format_date(value)
        if isinstance(value, time):
            return self.style.format_time(value, self.clock)
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, date) for v in value):
            return self.style.format_date_range(*value)
        if isinstance(value, dict):
            if set(value) == {"start", "end"} and all(isinstance(v, time) for v in value.values()):
                return self.times((value["start"], value["end"]))
            return "; ".join(f"{self.user(str(k))}: {self.value(v)}" for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return "; ".join(self.value(v) for v in value) or "(none)"
        return self.user(str(value))

    def times(self, times) -> str:
        return self.style.format_time_range(times[0], times[1], self.clock)

    def sitting(self, day: date, times) -> str:
        text = self.style.format_date(day, weekday=True)
        return f"{text}, {self.times(times)}" if times else text

    def deadline(self, moment) -> str:
        day, clock, cob = moment
        text = self.style.format_date(day, weekday=True)
        if cob:
            return f"{text}, close of business ({self.style.format_time(clock, self.clock)})"
        return f"{text}, {self.style.format_time(clock, self.clock)}" if clock else text

    def words(self, runs) -> str:
        """Changed words as ``[-old-]{+new+}`` (text) or ``<del>``/``<ins>`` (Markdown), with
        a few unchanged words around each change."""
        shown = []
        last = len(runs) - 1
        for index, (op, text) in enumerate(runs):
            words = text.split()
            if op != "=":
                body = self.user(" ".join(words))
                if self.markdown:
                    shown.append(f"<del>{body}</del>" if op == "-" else f"<ins>{body}</ins>")
                else:
                    shown.append(f"[-{body}-]" if op == "-" else f"{{+{body}+}}")
                continue
            head = words[:CONTEXT_WORDS] if index > 0 else []
            tail = words[-CONTEXT_WORDS:] if index < last else []
            if len(words) > len(head) + len(tail):
                kept = [*head, "…", *tail]
            else:
                kept = words
            shown.append(self.user(" ".join(kept)))
        return " ".join(part for part in shown if part)

    # -- the listing -----------------------------------------------------------------------

    def title(self, old_name: str, new_name: str) -> str:
        return f"Changes from {old_name} to {new_name}"

    def no_changes(self) -> str:
        return "No changes."

    def section_title(self, section: str) -> str:
        return SECTION_TITLES.get(section) or _capital(section.replace("_", " "))

    # -- sentences -----------------------------------------------------------------------

    def label(self, change) -> str:
        """The key a change is at, in words: "style time", "documentation symbol"."""
        anchor = change.anchor
        rest = change.path[len(anchor):] if anchor and change.path.startswith(anchor) else change.path
        keys = [k for k in re.split(r"[.\[\]]+", rest) if k and not k.isdigit() and not _is_date(k)]
        if anchor == "" and keys and keys[0] == change.section and len(keys) > 1:
            keys = keys[1:]
        if keys[-1:] in (["start"], ["end"]) and isinstance(change.before or change.after, tuple):
            keys = keys[:-1]  # a date range is one value: "dates", not "dates start"
        return " ".join(_KEY_LABELS.get(k, k.replace("_", " ")) for k in keys) or change.field.replace("_", " ")

    def subject(self, change) -> str:
        """Whom a change concerns: "Item 4", "“Thailand”", "Tuesday, 6 April 2021"."""
        parts = []
        if change.track:
            parts.append(f"Track {self.quoted(change.track)}")
        if change.item:
            parts.append(f"item {change.item}" if parts else f"Item {change.item}")
        elif change.name and change.section in ("participants", "deadlines"):
            parts.append(self.quoted(change.name))
        elif change.day:
            parts.append(self.style.format_date(change.day, weekday=True))
        return ", ".join(parts)

    def sentence(self, change) -> str:
        text = self._sentence(change)
        # One full stop at the end, also after "p.m." or "Rev." (UN style: no double stop).
        return text[:-1] if text.endswith("..") else text

    def _sentence(self, change) -> str:
        kind = change.kind
        subject = self.subject(change)
        if kind == "sitting_moved":
            return (f"Sitting moved: {self.sitting(change.day, change.before)} → "
                    f"{self.times(change.after)}.")
        if kind == "sitting_added":
            return f"Sitting added: {self.sitting(change.day, change.after)}."
        if kind == "sitting_cancelled":
            return f"Sitting cancelled: {self.sitting(change.day, change.before)}."
        if kind == "rows_changed":
            return self._rows(change)
        if kind == "row_retargeted":
            return self._retargeted(change)
        if kind == "deadline_moved":
            return (f"Deadline {self.quoted(change.name)} moved: {self.deadline(change.before)} → "
                    f"{self.deadline(change.after)}.")
        if kind == "renumbered":
            return f"Item {change.before} is now item {change.after}: {self.quoted(change.name)}."
        if change.field == "agenda" and kind in ("added", "removed"):
            title = change.after if kind == "added" else change.before
            return f"{subject} {kind}: {self.quoted(title)}."
        if change.item and kind == "changed" and change.path == change.anchor + ".title":
            return f"{subject} renamed: {self.quoted(change.before)} → {self.quoted(change.after)}."
        label = self.label(change)
        head = f"{subject}: {label}" if subject else _capital(label)
        if kind == "edited":
            return f"{head} revised: {self.words(change.words)}"
        if kind == "reordered":
            return f"{head} reordered: {self.value(change.after)}."
        if kind in ("added", "removed") and (change.name or change.track) and change.field in (
                "participants", "deadlines", "tracks", "documentation"):
            entry = change.name or change.track
            owner = f"{subject}: {change.field}" if change.item else _capital(change.field)
            return f"{owner} {kind}: {self.quoted(entry)}."
        if kind == "added":
            shown = "" if (change.name and isinstance(change.after, dict)) else f": {self.value(change.after)}"
            return f"{head} added{shown}."
        if kind == "removed":
            shown = "" if (change.name and isinstance(change.before, dict)) else f" (was {self.value(change.before)})"
            return f"{head} removed{shown}."
        if change.path == "meeting.number":
            return (f"{head} changed: {self.style.ordinal_word(change.before)} → "
                    f"{self.style.ordinal_word(change.after)}.")
        return f"{head} changed: {self.value(change.before)} → {self.value(change.after)}."

    def _rows(self, change) -> str:
        where = self.sitting(change.day, change.times)
        if change.track:
            where += f" ({self.user(change.track)})"
        before, after = self._printed(change.before), self._printed(change.after)
        removed = [r for r in before if r not in after]
        added = [r for r in after if r not in before]
        parts = []
        if removed:
            parts.append("no longer " + "; ".join(self.user(r) for r in removed))
        if added:
            parts.append("now " + "; ".join(self.user(r) for r in added))
        if not parts:
            parts.append("rows reordered: " + "; ".join(self.user(r) for r in after))
        return f"{where}: {'; '.join(parts)}."

    def _printed(self, rows) -> list[str]:
        """A sitting's rows of a rows_changed change as printed: ``2 Review (continued)``."""
        return [f"{item} {title if suffix is None else self.style.continued_title(title, suffix)}".strip()
                for item, title, suffix in rows]

    def _retargeted(self, change) -> str:
        number, title = change.after
        where = self.sitting(change.day, change.times)
        if change.track:
            where += f" ({self.user(change.track)})"
        text = (f"Warning: row “{number}” on {where} now points at item {number} {self.quoted(title)}; "
                f"it pointed at {self.quoted(change.before[1])}")
        if change.now is None:
            return text + ", which was removed."
        text += f", now item {change.now}"
        if change.name:
            key = f"`{change.name}`" if self.markdown else change.name
            return text + f". To keep the row on that item, write its key ({key}) instead of the number."
        return (text + f". To keep the row on that item, write “{change.now}” instead, or give the item a key "
                "and write the key (a key does not change when items are renumbered).")


def _is_date(text: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
