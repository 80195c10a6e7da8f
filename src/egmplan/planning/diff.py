"""What changed between two drafts of a meeting, in the secretariat's words.

This is the substance of a "revised organization of work": items added, removed or
renamed; sittings moved, added or cancelled; rows of the organization of work that
changed; dates or venue changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from egmplan.model import AgendaItem, Meeting, Sitting, flatten
from egmplan.planning.orgwork import organization_rows

SECTIONS = ("Meeting", "Agenda", "Sittings", "Organization of work")


@dataclass(frozen=True)
class Change:
    section: str  # one of SECTIONS
    text: str

    def __post_init__(self):
        # One full stop at the end, also after "p.m." (UN style: no double stop).
        if self.text.endswith(".."):
            object.__setattr__(self, "text", self.text[:-1])


def _quote(text: str) -> str:
    return f"“{text}”"


def _sitting_text(sitting: Sitting, meeting: Meeting, style) -> str:
    return (f"{style.format_date(sitting.date, weekday=True)}, "
            f"{style.format_time_range(sitting.start, sitting.end, meeting.style.time)}")


def diff_meetings(old: Meeting, new: Meeting, style) -> list[Change]:
    changes: list[Change] = []
    changes += _meeting_changes(old, new, style)
    changes += _agenda_changes(old, new)
    changes += _sitting_changes(old, new, style)
    changes += _row_changes(old, new, style)
    return changes


def _meeting_changes(old: Meeting, new: Meeting, style) -> list[Change]:
    out = []
    if (old.start, old.end) != (new.start, new.end):
        out.append(Change("Meeting", f"Dates changed: {style.format_date_range(old.start, old.end)} → "
                                     f"{style.format_date_range(new.start, new.end)}."))
    for label, attribute in (("Venue", "venue"), ("Time zone of the venue", "timezone"), ("Body", "body"),
                             ("Symbol", "symbol"), ("Format", "format")):
        before, after = getattr(old, attribute), getattr(new, attribute)
        if before != after:
            out.append(Change("Meeting", f"{label} changed: {before or '(none)'} → {after or '(none)'}."))
    if old.number != new.number:
        out.append(Change("Meeting", f"Now the {style.ordinal_word(new.number)} {new.kind} "
                                     f"(was the {style.ordinal_word(old.number)})."))
    return out


def _match_items(old_items: tuple[AgendaItem, ...], new_items: tuple[AgendaItem, ...]):
    """Pairs (old, new) matched by key, then by title, then by position with similar titles."""
    pairs: dict[int, int] = {}
    used_new: set[int] = set()
    for rule in ("key", "title", "position"):
        for i, before in enumerate(old_items):
            if i in pairs:
                continue
            for j, after in enumerate(new_items):
                if j in used_new:
                    continue
                if rule == "key" and before.key and before.key == after.key:
                    ok = True
                elif rule == "title":
                    ok = before.title == after.title
                elif rule == "position":
                    # Same place, nothing else matched it: the item was renamed.
                    ok = before.number == after.number
                else:
                    ok = False
                if ok:
                    pairs[i] = j
                    used_new.add(j)
                    break
    return pairs, used_new


def _agenda_changes(old: Meeting, new: Meeting) -> list[Change]:
    out = []
    old_items, new_items = flatten(old.agenda), flatten(new.agenda)
    pairs, used_new = _match_items(old_items, new_items)
    for i, before in enumerate(old_items):
        if i not in pairs:
            out.append(Change("Agenda", f"Item {before.number} removed: {_quote(before.title)}."))
            continue
        after = new_items[pairs[i]]
        if before.number != after.number:
            out.append(Change("Agenda", f"Item {before.number} is now item {after.number}: {_quote(after.title)}."))
        if before.title != after.title:
            out.append(Change("Agenda", f"Item {after.number} renamed: {_quote(before.title)} → {_quote(after.title)}."))
        if (before.annotation or "") != (after.annotation or ""):
            out.append(Change("Agenda", f"Item {after.number}: annotation revised."))
        if before.documentation != after.documentation:
            out.append(Change("Agenda", f"Item {after.number}: documentation revised."))
    for j, after in enumerate(new_items):
        if j not in used_new:
            out.append(Change("Agenda", f"Item {after.number} added: {_quote(after.title)}."))
    return out


def _sitting_changes(old: Meeting, new: Meeting, style) -> list[Change]:
    out = []
    before = {(s.date, s.number): s for s in old.sittings}
    after = {(s.date, s.number): s for s in new.sittings}
    for key in sorted(set(before) | set(after)):
        if key not in after:
            out.append(Change("Sittings", f"Sitting cancelled: {_sitting_text(before[key], old, style)}."))
        elif key not in before:
            out.append(Change("Sittings", f"Sitting added: {_sitting_text(after[key], new, style)}."))
        elif (before[key].start, before[key].end) != (after[key].start, after[key].end):
            out.append(Change(
                "Sittings",
                f"Sitting moved: {_sitting_text(before[key], old, style)} → "
                f"{style.format_time_range(after[key].start, after[key].end, new.style.time)}.",
            ))
    return out


def _row_changes(old: Meeting, new: Meeting, style) -> list[Change]:
    def by_sitting(meeting: Meeting):
        table: dict = {}
        for row in organization_rows(meeting):
            key = (row.date, row.sitting or 0, row.track or "")
            table.setdefault(key, []).append(f"{row.item} {row.title}".strip())
        return table

    out = []
    before, after = by_sitting(old), by_sitting(new)
    sittings = {(s.date, s.number): s for s in old.sittings}
    sittings.update({(s.date, s.number): s for s in new.sittings})
    for key in sorted(set(before) | set(after)):
        rows_before, rows_after = before.get(key, []), after.get(key, [])
        if rows_before == rows_after:
            continue
        day, number, track = key
        sitting = sittings.get((day, number))
        where = _sitting_text(sitting, new, style) if sitting else style.format_date(day, weekday=True)
        if track:
            where += f" ({track})"
        removed = [r for r in rows_before if r not in rows_after]
        added = [r for r in rows_after if r not in rows_before]
        parts = []
        if removed:
            parts.append("no longer " + "; ".join(removed))
        if added:
            parts.append("now " + "; ".join(added))
        if not parts:
            parts.append("rows reordered: " + "; ".join(rows_after))
        out.append(Change("Organization of work", f"{where}: {'; '.join(parts)}."))
    return out


def render_changes(changes: list[Change], old_name: str, new_name: str, output_format: str = "text") -> str:
    """Text or Markdown listing of the changes, grouped by section."""
    if output_format == "md":
        from egmplan.render.filters import md_escape

        lines = [f"# Changes from {md_escape(old_name)} to {md_escape(new_name)}", ""]
    else:
        title = f"Changes from {old_name} to {new_name}"
        lines = [title, "=" * len(title), ""]
    if not changes:
        return "\n".join(lines + ["No changes.", ""])
    for section in SECTIONS:
        entries = [c.text for c in changes if c.section == section]
        if not entries:
            continue
        lines += [f"## {section}" if output_format == "md" else section,
                  *([] if output_format == "md" else ["-" * len(section)]), ""]
        lines += [f"- {md_escape(e) if output_format == 'md' else e}" for e in entries]
        lines.append("")
    return "\n".join(lines)
