"""What changed between two drafts of a meeting, as data (the words are render/changes.py's).

Every key of the meeting format is compared by walking the format's own definition
(:data:`egmplan.loader.meeting_schema.MEETING_FILE`), so a key is compared as soon as it
exists. On top of that come the changes' effects, as a revised organization of work states
them: items renumbered, sittings moved, added or cancelled on each date, rows of the
organization of work that now print differently, deadlines that moved, and numbered rows
that now point at another item. A key's change that an effect already reports (a default
sitting's end, and every sitting it moved) is reported once, as the effect.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from egmplan.loader.meeting_schema import DATE_RANGE, DOCUMENT, ITEM, MEETING_FILE, TRACK
from egmplan.loader.planning_schema import DEADLINE, PARTICIPANT, PARTICIPANTS_FILE
from egmplan.loader.schema import Custom, Either, ListOf, MapOf, Record, Text, join_path
from egmplan.model import AgendaItem, Meeting, cited_number, flatten, item_number_text
from egmplan.planning.orgwork import organization_rows


_FIRST = ("meeting", "agenda", "sittings", "organization_of_work", "tracks", "participants", "deadlines")
# Sections of the listing: the top-level keys of the format, a new key last.
SECTIONS = _FIRST + tuple(f.name for f in MEETING_FILE.fields if f.name not in _FIRST)
# The key that says which entry of a list is which, when entries may be reordered.
_IDENTITY = {id(PARTICIPANT): "name", id(DEADLINE): "label", id(DOCUMENT): "title", id(TRACK): "name"}
_ITEM_FIELDS = Record(fields=[f for f in ITEM.fields if f.name != "items"], type_name=ITEM.type_name)
_AGENDA_SPECS = {id(MEETING_FILE.field_named("agenda").spec), id(TRACK.field_named("agenda").spec)}


@dataclass(frozen=True)
class Change:
    """One change. ``path`` is the key path in the later draft (in the earlier one for what
    was removed); ``field`` the key it is at (for a list entry, the list's key).

    kinds: changed, added, removed, reordered, edited (multi-line text; ``words``),
    renumbered (an item), sitting_moved, sitting_added, sitting_cancelled (``before``/``after``
    are (start, end)), rows_changed (``before``/``after`` are the sitting's rows as
    (item, title, the draft's continued suffix or None)), row_retargeted (a warning: ``before``/``after`` are (number, title) and
    ``now`` the number the earlier item has now, None when it was removed), deadline_moved
    (``before``/``after`` are (date, time or None, at close of business)).
    """

    section: str
    kind: str
    path: str
    field: str = ""
    before: Any = None
    after: Any = None
    item: str | None = None    # the agenda item concerned, numbered as in its draft
    track: str | None = None   # the parallel track concerned
    day: date | None = None    # the date and sitting concerned
    sitting: int | None = None
    name: str | None = None    # the participant, deadline, document or track concerned
    times: tuple | None = None  # (start, end) of the sitting concerned
    words: tuple[tuple[str, str], ...] = ()  # ("=" | "-" | "+", text), for "edited"
    now: str | None = None
    warning: bool = False

    @property
    def anchor(self) -> str:
        """The part of the path that names the subject: "agenda[3]", "participants[2]"."""
        if self.item:
            match = re.match(r"(?:tracks\[\d+\]\.)?agenda\[\d+\](?:\.items\[\d+\])?", self.path)
            return match.group(0) if match else ""
        if self.name and self.section in ("participants", "deadlines"):
            match = re.match(r"\w+\[\d+\]", self.path)
            return match.group(0) if match else ""
        if self.track:
            match = re.match(r"tracks\[\d+\]", self.path)
            return match.group(0) if match else ""
        return ""


def diff_meetings(old: Meeting, new: Meeting, old_data, new_data) -> list[Change]:
    """Every change from ``old`` to ``new``; ``*_data`` are the loader's converted keys."""
    walker = _Walker(old, new)
    walker.record(MEETING_FILE, old_data, new_data, "", {})
    effects = (_sitting_effects(old, new, new_data) + _row_effects(old, new)
               + _retargeted_rows(old, new, old_data, new_data)
               + _deadline_effects(old, new))
    explained = _Effects(effects)
    keys = [c for c in walker.changes if not explained.explain(c)]
    order = {section: n for n, section in enumerate(SECTIONS)}
    # Within a section: warnings, then effects in date order, then keys in file order.
    return sorted(effects + keys, key=lambda c: (order[c.section], not c.warning))


class _Effects:
    """Which key changes the effects already report: an effect at the same path, above it or
    below it (a date without sittings never is: its text is news, beside the sittings it
    cancels). Sets of paths, so that many effects and many changes stay linear."""

    def __init__(self, effects: list[Change]):
        self.exact = {(e.section, e.path) for e in effects}
        self.above = {(e.section, prefix) for e in effects for prefix in _prefixes(e.path)}

    def explain(self, change: Change) -> bool:
        if change.kind == "reordered" or change.path.startswith("sittings.no_sitting."):
            return False  # the order of a list is news too
        where = (change.section, change.path)
        return (where in self.exact or where in self.above
                or any((change.section, prefix) in self.exact for prefix in _prefixes(change.path)))


def _prefixes(path: str) -> list[str]:
    """The paths above ``path``: "a.b[1].c" -> "a", "a.b", "a.b[1]"."""
    return [path[:m.start()] for m in re.finditer(r"[.\[]", path) if m.start() > 0]


def diff_participants(old_data, new_data) -> list[Change]:
    """Every change between two participants files (``participants/<name>.yaml``)."""
    walker = _Walker(None, None)
    walker.record(PARTICIPANTS_FILE, old_data, new_data, "", {})
    return walker.changes


def _section(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def _field_of(path: str) -> str:
    return re.sub(r"\[\d+\]$", "", path).rsplit(".", 1)[-1]


def word_changes(before: str, after: str) -> tuple[tuple[str, str], ...]:
    """The words of ``before`` and ``after`` as kept (=), removed (-) and added (+) runs."""
    old_words, new_words = re.findall(r"\S+\s*", before), re.findall(r"\S+\s*", after)
    matcher = difflib.SequenceMatcher(None, [w.rstrip() for w in old_words], [w.rstrip() for w in new_words],
                                      autojunk=False)
    runs: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            runs.append(("=", "".join(new_words[j1:j2])))
            continue
        if i2 > i1:
            runs.append(("-", "".join(old_words[i1:i2])))
        if j2 > j1:
            runs.append(("+", "".join(new_words[j1:j2])))
    return tuple(runs)


# -- every key ---------------------------------------------------------------------------


class _Walker:
    """Compares two converted files key by key, following the format's definition."""

    def __init__(self, old: Meeting, new: Meeting):
        self.changes: list[Change] = []
        self.old_items = _items_by_path(old)
        self.new_items = _items_by_path(new)

    def add(self, kind: str, path: str, subject: dict, **values) -> None:
        values.setdefault("field", _field_of(path))
        self.changes.append(Change(_section(path), kind, path, **subject, **values))

    def value(self, spec, old, new, path: str, subject: dict) -> None:
        if old == new:
            return
        if id(spec) in _AGENDA_SPECS:
            self.agenda(old or (), new or (), subject)
        elif spec is DATE_RANGE:
            before = (old["start"], old["end"]) if old is not None else None
            after = (new["start"], new["end"]) if new is not None else None
            changed = [k for n, k in enumerate(("start", "end")) if before and after and before[n] != after[n]]
            where = join_path(path, changed[0]) if len(changed) == 1 else path
            kind = "added" if before is None else "removed" if after is None else "changed"
            self.add(kind, where, subject, field=_field_of(path), before=before, after=after)
        elif isinstance(spec, Record):
            self.record(spec, old, new, path, subject)
        elif isinstance(spec, MapOf):
            self.mapping(spec, old or {}, new or {}, path, subject)
        elif isinstance(spec, ListOf):
            self.sequence(spec, old or [], new or [], path, subject)
        elif isinstance(spec, Either):
            chosen = _either_spec(spec, old, new)
            if chosen is None:
                self.add("changed", path, subject, before=_plain(old), after=_plain(new))
            else:
                self.value(chosen, old, new, path, subject)
        else:
            self.leaf(spec, old, new, path, subject)

    def leaf(self, spec, old, new, path: str, subject: dict) -> None:
        if isinstance(spec, Custom):
            old, new = _plain(old), _plain(new)
            if old == new:
                return
        if old is None:
            self.add("added", path, subject, after=new)
        elif new is None:
            self.add("removed", path, subject, before=old)
        elif isinstance(spec, Text) and spec.multiline:
            self.add("edited", path, subject, before=old, after=new, words=word_changes(old, new))
        else:
            self.add("changed", path, subject, before=old, after=new)

    def record(self, spec: Record, old, new, path: str, subject: dict) -> None:
        for spec_field in spec.fields:
            before = _get(old, spec_field)
            after = _get(new, spec_field)
            self.value(spec_field.spec, before, after, join_path(path, spec_field.name), subject)

    def mapping(self, spec: MapOf, old, new, path: str, subject: dict) -> None:
        for key in sorted(set(old) | set(new)):
            where = join_path(path, key.isoformat() if isinstance(key, date) else key)
            here = {**subject, "day": key} if isinstance(key, date) else subject
            if key not in new:
                self.add("removed", where, here, before=_plain(old[key]))
            elif key not in old:
                self.add("added", where, here, after=_plain(new[key]))
            else:
                self.value(spec.value, old[key], new[key], where, here)

    def sequence(self, spec: ListOf, old, new, path: str, subject: dict) -> None:
        identity = _IDENTITY.get(id(spec.item))
        if isinstance(spec.item, Either) and len(old) == len(new):
            for index, (before, after) in enumerate(zip(old, new)):  # panellists: names or mappings
                self.value(spec.item, before, after, join_path(path, index), subject)
            return
        if not isinstance(spec.item, Record):
            self._scalars(old, new, path, subject)
            return
        pairs, unmatched_new = _pair_entries(old, new, identity)
        role = "track" if spec.item is TRACK else "name"
        for i, j in pairs:
            here = {**subject, role: new[j].get(identity)} if identity else subject
            self.value(spec.item, old[i], new[j], join_path(path, j), here)
        if [j for _i, j in sorted(pairs)] != sorted(j for _i, j in pairs):
            self.add("reordered", path, subject,
                     before=[_label(old[i], identity) for i, _j in sorted(pairs)],
                     after=[_label(new[j], identity) for _i, j in sorted(pairs, key=lambda p: p[1])])
        matched_old = {i for i, _j in pairs}
        for i, entry in enumerate(old):
            if i not in matched_old:
                self.add("removed", join_path(path, i), {**subject, role: _label(entry, identity)},
                         field=_field_of(path), before=_plain(entry))
        for j in unmatched_new:
            self.add("added", join_path(path, j), {**subject, role: _label(new[j], identity)},
                     field=_field_of(path), after=_plain(new[j]))

    def _scalars(self, old, new, path: str, subject: dict) -> None:
        matcher = difflib.SequenceMatcher(None, [repr(v) for v in old], [repr(v) for v in new], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "replace" and i2 - i1 == j2 - j1:
                for i, j in zip(range(i1, i2), range(j1, j2)):
                    self.add("changed", join_path(path, j), subject, field=_field_of(path),
                             before=_plain(old[i]), after=_plain(new[j]))
                continue
            for i in range(i1, i2) if tag in ("replace", "delete") else ():
                self.add("removed", join_path(path, i), subject, field=_field_of(path), before=_plain(old[i]))
            for j in range(j1, j2) if tag in ("replace", "insert") else ():
                self.add("added", join_path(path, j), subject, field=_field_of(path), after=_plain(new[j]))

    def agenda(self, old_raw, new_raw, subject: dict) -> None:
        """Items matched by key, then title, then number: renumbered, added, removed, and
        each matched item's keys compared."""
        old_entries = [(rec, self.old_items[rec.path]) for rec in _flat_items(old_raw)]
        new_entries = [(rec, self.new_items[rec.path]) for rec in _flat_items(new_raw)]
        pairs, _used = match_items([i for _r, i in old_entries], [i for _r, i in new_entries])
        paired_old = {j: i for i, j in pairs.items()}
        for j, (new_rec, after) in enumerate(new_entries):  # in the later draft's order
            here = {**subject, "item": after.number}
            if j not in paired_old:
                self.add("added", new_rec.path, here, field="agenda", after=after.title)
                continue
            rec, before = old_entries[paired_old[j]]
            if before.number != after.number:
                self.add("renumbered", new_rec.path, here, field="agenda", before=before.number, after=after.number,
                         name=after.title)
            self.record(_ITEM_FIELDS, rec, new_rec, new_rec.path, here)
        for i, (rec, before) in enumerate(old_entries):
            if i not in pairs:
                self.add("removed", rec.path, {**subject, "item": before.number}, field="agenda", before=before.title)


def _items_by_path(meeting: Meeting | None) -> dict[str, AgendaItem]:
    if meeting is None:
        return {}
    found = {item.path: item for item in meeting.all_items()}
    for track in meeting.tracks:
        found.update({item.path: item for item in flatten(track.agenda)})
    return found


def _flat_items(raw_items) -> list:
    out = []
    for rec in raw_items:
        out.append(rec)
        out.extend(rec.get("items") or ())
    return out


def _get(record, spec_field):
    if record is None:
        return spec_field.default
    return record.get(spec_field.name, spec_field.default)


def _either_spec(spec: Either, old, new):
    def form(value):
        if isinstance(value, dict):
            return spec.mapping
        if isinstance(value, list):
            return spec.sequence
        return spec.scalar

    before, after = form(old) if old is not None else None, form(new) if new is not None else None
    if before is None or after is None or before is after:
        return before or after
    return None


def _pair_entries(old: list, new: list, identity: str | None):
    """(old index, new index) pairs, by identity first, then the rest by position; and the
    new indexes left unpaired."""
    pairs: list[tuple[int, int]] = []
    free_new = set(range(len(new)))
    by_identity: dict = {}
    if identity:
        for j in reversed(range(len(new))):
            by_identity.setdefault(new[j].get(identity), []).append(j)
    unpaired = []
    for i, entry in enumerate(old):
        candidates = by_identity.get(entry.get(identity)) if identity else None
        if not candidates:
            unpaired.append(i)
            continue
        j = candidates.pop()
        pairs.append((i, j))
        free_new.discard(j)
    for i in unpaired:
        if i in free_new:
            pairs.append((i, i))
            free_new.discard(i)
    return pairs, sorted(free_new)


def _label(entry, identity: str | None):
    if identity and isinstance(entry, dict):
        return entry.get(identity)
    return None


def _plain(value):
    """A converted value as plain data: mappings and lists as such, a due date as written."""
    if isinstance(value, dict):
        return {(k.isoformat() if isinstance(k, date) else k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "text") and not isinstance(value, str):
        return value.text
    return value


def match_items(old_items, new_items) -> tuple[dict[int, int], set[int]]:
    """Pairs {old index: new index} matched by key, then by title, then by position with
    nothing else matching (a renamed item); and the new indexes matched. Each old item takes
    the first free new item that matches (dictionaries: linear in the number of items)."""
    pairs: dict[int, int] = {}
    used_new: set[int] = set()
    for key_of in (lambda item: item.key, lambda item: item.title, lambda item: item.number):
        free: dict = {}
        for j in reversed(range(len(new_items))):
            if j not in used_new and key_of(new_items[j]):
                free.setdefault(key_of(new_items[j]), []).append(j)
        for i, before in enumerate(old_items):
            candidates = free.get(key_of(before)) if i not in pairs and key_of(before) else None
            if candidates:
                j = candidates.pop()
                pairs[i] = j
                used_new.add(j)
    return pairs, used_new


# -- effects -----------------------------------------------------------------------------


def _sitting_effects(old: Meeting, new: Meeting, new_data) -> list[Change]:
    before = {(s.date, s.number): s for s in old.sittings}
    after = {(s.date, s.number): s for s in new.sittings}
    out = []
    for key in sorted(set(before) | set(after)):
        day, number = key
        if key not in after:
            path = _day_rule(new_data, day) if new.start <= day <= new.end else "meeting.dates"
            out.append(Change("sittings", "sitting_cancelled", path, "sittings", day=day, sitting=number,
                              before=(before[key].start, before[key].end)))
        elif key not in before:
            path = _sitting_path(new_data, day, number) if old.start <= day <= old.end else "meeting.dates"
            out.append(Change("sittings", "sitting_added", path, "sittings", day=day, sitting=number,
                              after=(after[key].start, after[key].end)))
        else:
            times = [(k, getattr(before[key], k), getattr(after[key], k)) for k in ("start", "end")]
            changed = [k for k, a, b in times if a != b]
            if changed:
                path = _sitting_path(new_data, day, number)
                if len(changed) == 1:
                    path += "." + changed[0]
                out.append(Change("sittings", "sitting_moved", path, "sittings", day=day, sitting=number,
                                  before=(before[key].start, before[key].end),
                                  after=(after[key].start, after[key].end)))
    return out


def _sitting_path(data, day: date, number: int) -> str:
    days = data["sittings"].get("days") or {}
    return (f"sittings.days.{day.isoformat()}[{number - 1}]" if day in days
            else f"sittings.default[{number - 1}]")


def _day_rule(data, day: date) -> str:
    """Where the later draft says what happens on ``day``."""
    for table in ("days", "no_sitting"):
        if day in (data["sittings"].get(table) or {}):
            return f"sittings.{table}.{day.isoformat()}"
    return "sittings.default" if day.weekday() < 5 else f"sittings.days.{day.isoformat()}"


def _row_effects(old: Meeting, new: Meeting) -> list[Change]:
    """Each sitting whose rows print differently, as (item, title, continued suffix) lists: the
    suffix is the draft's ``style.continued`` on a continued row, None on others."""
    def by_sitting(meeting: Meeting, track_names: dict):
        table: dict = {}
        for row in organization_rows(meeting):
            if row.sitting is not None:  # a no_sitting date is the sittings' business
                track = track_names.get(row.track, row.track) or ""
                table.setdefault((row.date, row.sitting, track), []).append(
                    (row.item, row.title, meeting.style.continued if row.continued else None))
        return table

    new_tracks = {t.name: n for n, t in enumerate(new.tracks)}
    old_tracks = {t.name: n for n, t in enumerate(old.tracks)}
    # A renamed track is the same track: its rows are compared with its rows.
    pairs, _unpaired = _pair_entries([{"name": t.name} for t in old.tracks], [{"name": t.name} for t in new.tracks], "name")
    renamed = {old.tracks[i].name: new.tracks[j].name for i, j in pairs}
    before, after = by_sitting(old, renamed), by_sitting(new, {})
    times = {(s.date, s.number): (s.start, s.end) for s in old.sittings}
    times.update({(s.date, s.number): (s.start, s.end) for s in new.sittings})
    out = []
    for key in sorted(set(before) | set(after)):
        rows_before, rows_after = before.get(key, []), after.get(key, [])
        if rows_before == rows_after:
            continue
        day, number, track = key
        where = f"organization_of_work.{day.isoformat()}[{number - 1}]"
        if track:
            index = new_tracks.get(track, old_tracks.get(track))
            where = f"tracks[{index}].{where}"
        out.append(Change(_section(where), "rows_changed", where, "organization_of_work", day=day, sitting=number,
                          track=track or None, times=times.get((day, number)),
                          before=tuple(rows_before), after=tuple(rows_after)))
    return out


def _retargeted_rows(old: Meeting, new: Meeting, old_data, new_data) -> list[Change]:
    """Rows written as a number ("4") that the same sitting had before and that now point at
    another item, because items were inserted or removed and the agenda renumbered."""
    bodies = [("", old.agenda, new.agenda, old_data, new_data, None)]
    old_tracks = {t.name: t for t in old.tracks}
    for n, (track, raw) in enumerate(zip(new.tracks, new_data.get("tracks") or ())):
        if track.name in old_tracks:
            old_raw = next(t for t in old_data["tracks"] if t["name"] == track.name)
            bodies.append((f"tracks[{n}].", old_tracks[track.name].agenda, track.agenda, old_raw, raw, track.name))
    times = {(s.date, s.number): (s.start, s.end) for s in new.sittings}
    out = []
    for prefix, old_agenda, new_agenda, old_raw, new_raw, track in bodies:
        old_items, new_list = flatten(old_agenda), flatten(new_agenda)
        matched, _used = match_items(old_items, new_list)
        pairs = {old_items[i].number: new_list[j].number for i, j in matched.items()}
        old_titles = {i.number: i.title for i in old_items}
        new_items = {i.number: i for i in new_list}
        new_titles = {number: i.title for number, i in new_items.items()}
        old_org, new_org = old_raw.get("organization_of_work") or {}, new_raw.get("organization_of_work") or {}
        for day, sittings in new_org.items():
            for s, rows in enumerate(sittings):
                earlier = old_org.get(day, [])
                earlier = {_row_number(r) for r in earlier[s]} if s < len(earlier) else set()
                for r, row in enumerate(rows):
                    number = _row_number(row)
                    if number is None or number not in earlier or pairs.get(number) == number:
                        continue
                    if number not in old_titles or number not in new_titles:
                        continue
                    path = f"{prefix}organization_of_work.{day.isoformat()}[{s}][{r}]"
                    out.append(Change(_section(path), "row_retargeted", path, "organization_of_work",
                                      day=day, sitting=s + 1, track=track, item=number,
                                      before=(number, old_titles[number]), after=(number, new_titles[number]),
                                      times=times.get((day, s + 1)), now=pairs.get(number),
                                      name=new_items[pairs[number]].key if pairs.get(number) else None,
                                      warning=True))
    return out


def _row_number(row) -> str | None:
    """The item number a row is written as ("4", "1 (a)"); None for a key."""
    ref = row.get("item") if isinstance(row, dict) else row
    cited = cited_number(ref) if isinstance(ref, str) else None
    return item_number_text(*cited) if cited else None


def _deadline_effects(old: Meeting, new: Meeting) -> list[Change]:
    """Deadlines whose date or time moved: their ``due`` changed, or the opening moved."""
    by_label = {d.label: d for d in old.deadlines}
    out = []
    for index, after in enumerate(new.deadlines):
        before = by_label.get(after.label)
        if before is None and index < len(old.deadlines) and old.deadlines[index].label not in {
                d.label for d in new.deadlines}:
            before = old.deadlines[index]
        if before is None:
            continue
        moment_before, moment_after = (before.date, before.time, before.cob), (after.date, after.time, after.cob)
        if moment_before == moment_after:
            continue
        path = after.path if before.due != after.due else after.path.rsplit(".", 1)[0]
        out.append(Change("deadlines", "deadline_moved", path, "deadlines", name=after.label,
                          before=moment_before, after=moment_after))
    return out


