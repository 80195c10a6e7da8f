"""Read a meeting file: syntax (yamltree), shape (meeting_schema), then meaning (here)."""

from __future__ import annotations

import gc
import re
from datetime import date, timedelta
from pathlib import Path

from egmplan import placeholders, tz
from egmplan.errors import Diagnostic, DiagnosticSink
from egmplan.loader import limits, yamltree
from egmplan.loader.result import LoadResult
from egmplan.loader.meeting_schema import MEETING, MEETING_FILE, STYLE
from egmplan.loader.planning_schema import SPEAKING, RefusedZone, ZoneRefusal
from egmplan.loader.planning_build import build_speakers
from egmplan.loader.schema import Rec, Seq
from egmplan.spelling import did_you_mean
from egmplan.model import (
    AgendaItem, Document, Meeting, RowSpec, Sitting, SittingPlan, Style, Track, cited_number, item_number_text,
    loosely_cited_number,
)
from egmplan.references import ItemIndex

MAX_MEETING_DAYS = limits.MEETING_DAYS
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\](?!:)")
# A footnote's text "[^1]: ..." starts a line; found by its brackets (a pattern that starts with
# "^" is tried at every character), then kept when at the start of a line.
_FOOTNOTE_TEXT = re.compile(r"\[\^([^\]\s]+)\]:")


def load_meeting(path: str | Path, display_name: str | None = None) -> LoadResult:
    """Load one meeting file. Never raises for a bad file: problems are diagnostics."""
    path = Path(path)
    name = display_name or str(path)
    from egmplan.readfile import UnreadableFile, read_limited

    try:
        data = read_limited(path, yamltree.MAX_BYTES, yamltree.MEETING.noun)
    except UnreadableFile as exc:
        return _failed(name, str(exc))
    return load_meeting_bytes(data, name, meeting_id=path.stem, path=path)


def load_meeting_text(text: str, name: str = "<meeting>", meeting_id: str = "meeting") -> LoadResult:
    return load_meeting_bytes(text.encode("utf-8"), name, meeting_id)


FREEZE_FROM_BYTES = 512 * 1024  # a meeting file this big: about 2,500 agenda items or more


def load_meeting_bytes(data: bytes, name: str, meeting_id: str, path: Path | None = None) -> LoadResult:
    """``path``: where the file stands, so that ``{history}`` finds the series file beside it."""
    # A big meeting's tree is hundreds of thousands of objects, none of them garbage before the
    # load ends, and the cycle collector's full passes over the growing tree made loading grow
    # faster than the file (10,000 agenda items: 0.8 s of 1.9 s). Paused for the load only
    # (gc.disable, a documented switch); cycles made meanwhile are collected afterwards.
    enabled = gc.isenabled()
    gc.disable()
    try:
        result = _load_meeting_bytes(data, name, meeting_id, path)
        if len(data) >= FREEZE_FROM_BYTES and result.meeting is not None:
            # What a big meeting loaded stays in use as long as the command that loaded it, and
            # every later pass of the collector over the oldest objects would walk all of it
            # again (10,000 items: two passes of 0.2-0.3 s while the view is built). Loading makes
            # no reference cycles (tests/test_zone_transitions.py collects none after a load),
            # so what is moved out of the collector's way (gc.freeze, documented) is still freed
            # when no longer referenced.
            gc.freeze()
        return result
    finally:
        if enabled:
            gc.enable()


def _load_meeting_bytes(data: bytes, name: str, meeting_id: str, path: Path | None = None) -> LoadResult:
    from egmplan import meeting_id as ids

    if path is not None and path.name.endswith((".series.yaml", ".series.yml")):
        return _failed(name, "this is a series file, not a meeting file: 'egmplan validate' checks it, "
                             "'egmplan site build' and 'egmplan workplan' build from it")

    sink = DiagnosticSink(name)
    unsafe = ids.problem(meeting_id, " (the file's name)")
    if unsafe:  # the id names the output folder: refuse it before anything is built
        sink.error(1, 1, "", f"{unsafe}; rename the file")
    text = yamltree.decode(data, sink)
    root = yamltree.parse(text, sink) if text is not None else None
    if root is None:
        return LoadResult(None, sink.sorted())
    if root.kind != "map":
        kind = "a list" if root.kind == "seq" else "a single value"
        sink.error(root.line, root.column, "", f"a meeting file is a mapping with 'meeting', 'sittings' and 'agenda'; this file is {kind}")
        return LoadResult(None, sink.sorted())
    raw = MEETING_FILE.convert(root, "", sink)
    builder = _Builder(raw, sink, text, meeting_id, name, path, root)
    meeting = builder.build()
    read_beside = builder.read_beside()
    if sink.has_errors:
        return LoadResult(None, sink.sorted(), zone_refusals=tuple(builder.zone_refusals), read_beside=read_beside)
    return LoadResult(meeting, sink.sorted(), raw, read_beside=read_beside)


def _failed(name: str, message: str) -> LoadResult:
    sink = DiagnosticSink(name)
    sink.error(1, 1, "", message)
    return LoadResult(None, sink.sorted())


def _worded_defaults(style: Style) -> Style:
    """``style`` with the wording it leaves out in its language's words: ``continued`` and
    ``to_be_announced`` (the schema gives them no default: each language has its own)."""
    from egmplan.style import get_style

    words = get_style(style.language)
    return style._replace(
        continued=words.CONTINUED if style.continued is None else style.continued,
        to_be_announced=words.heading("to_be_announced") if style.to_be_announced is None else style.to_be_announced,
    )


class _Builder:
    """Checks what the schema cannot (dates, sittings, references) and builds the model."""

    def __init__(self, raw: Rec, sink: DiagnosticSink, text: str, meeting_id: str, source: str,
                 path: Path | None = None, root=None):
        self.raw, self.sink, self.text, self.id, self.source = raw, sink, text, meeting_id, source
        self._lines: list[str] | None = None  # the file's lines, split when a message needs a place in them
        self.path = path
        self.root = root  # the file's tree: its series reads its head from it, not from the file again
        self.indexes: dict[int, ItemIndex] = {}
        self.zone_refusals: list[ZoneRefusal] = []
        self.history_uses: list[tuple[int, int, str, str, str | None]] = []  # line, column, path, token, number

    def read_beside(self) -> bool:
        """Whether the result depends on files beside this one (``{history}`` reads the series
        file, which names the other meetings' files)."""
        return bool(self.history_uses)

    def error(self, where: Rec | Seq, key, message: str, suggestion: str | None = None) -> None:
        line, column = where.at(key)
        self.sink.error(line, column, where.path_of(key), message, suggestion)

    def warning(self, where: Rec | Seq, key, message: str) -> None:
        line, column = where.at(key)
        self.sink.warning(line, column, where.path_of(key), message)

    def build(self) -> Meeting | None:
        head = self.raw.get("meeting")
        dates = self._dates(head) if isinstance(head, Rec) else None
        zone = head.get("timezone") if isinstance(head, Rec) else None
        if isinstance(zone, RefusedZone):
            self._refused_zone(head, zone, dates)
            zone = None
        sittings, no_sitting = (), ()
        self.sitting_counts: dict[date, int] = {}
        self.broken_items: set[str] = set()
        if dates and isinstance(self.raw.get("sittings"), Rec):
            sittings, no_sitting = self._sittings(self.raw["sittings"], dates, zone)
        agenda = self._agenda(self.raw.get("agenda")) if isinstance(self.raw.get("agenda"), Seq) else ()
        organization = ()
        if dates and isinstance(self.raw.get("organization_of_work"), Rec):
            organization = self._organization(self.raw["organization_of_work"], dates, agenda)
        tracks = tuple(self._tracks(dates))
        planning = self._planning(head, dates, zone)
        languages = self._languages(head) if isinstance(head, Rec) else ()
        style = self._style(head, languages) if isinstance(head, Rec) else None
        earlier = self._earlier_meetings(head) if self.history_uses else ()
        from egmplan.loader import pages_build

        if isinstance(self.raw.get("agenda"), Seq):
            pages_build.check_panellist_countries(self.raw["agenda"], self.sink)
        documents = pages_build.build_documents(self.raw.get("documents"))
        statements = pages_build.build_statements(self.raw.get("statements"), agenda, self.broken_items, self.sink)
        if self.sink.has_errors or not isinstance(head, Rec) or not dates or not zone:
            return None
        return Meeting(
            id=self.id,
            source=self.source,
            body=head["body"],
            short_body=head.get("short_body") or head["body"],
            number=head["number"],
            kind=head["kind"],
            venue=head["venue"],
            timezone=zone,
            format=head["format"],
            start=dates[0],
            end=dates[1],
            agenda=agenda,
            sittings=sittings,
            no_sitting=no_sitting,
            organization=organization,
            tracks=tracks,
            symbol=head.get("symbol"),
            distribution=head.get("distribution"),
            issued=head.get("issued"),
            original_language=head.get("original_language"),
            languages=languages,
            postponed_from=self._range(head.get("postponed_from")),
            postponement_reason=head["postponed_from"].get("reason") if isinstance(head.get("postponed_from"), Rec) else None,
            revision=head["revision"],
            style=style,
            earlier_meetings=earlier,
            documents=documents,
            statements=statements,
            **planning,
        )

    def _style(self, head: Rec, languages: tuple[str, ...]) -> Style:
        """The ``style`` keys; ``style.language``, the language the meeting file's text is
        worded in, defaults to its original language (the first of ``meeting.languages``) when
        egmplan has a style for it."""
        from egmplan import style as styles

        given = head.get("style")
        values = STYLE.values(given)
        language_given = isinstance(given, Rec) and given.get("language") is not None
        if not language_given and languages and languages[0] in styles.LANGUAGES:
            values["language"] = languages[0]
        return _worded_defaults(Style(**values))

    def _languages(self, head: Rec) -> tuple[str, ...]:
        languages = head.get("languages")
        if languages is None:
            return ()  # given but not a list (``languages: en``): the schema has reported it
        if isinstance(languages, Seq):
            seen = set()
            for index, language in enumerate(languages):
                if language in seen:
                    self.error(languages, index, f"{language} is listed twice; each language once, the original first")
                seen.add(language)
        return tuple(language for language in dict.fromkeys(languages) if isinstance(language, str))

    def _earlier_meetings(self, head) -> tuple:
        """The series' meetings before this one, for ``{history}``: the series file beside this
        file that lists it must load, and each ``{history:N}`` name an earlier meeting."""
        from egmplan.loader.series import series_of

        number = head.get("number") if isinstance(head, Rec) else None
        found, result = series_of(self.path, self.root) if self.path is not None else (None, None)
        problem = None
        if found is None:
            problem = ("needs a series file beside this meeting file that lists it "
                       f"(meetings: - file: {self.path.name if self.path else 'NAME.yaml'}); see docs/series.md")
        elif result.series is None:
            problem = f"the series file {found.name} has errors; run 'egmplan validate {found}'"
        elif number is None:
            return ()
        elif result.series.meeting(number) is None or result.series.meeting(number).file != self.path:
            problem = f"the series file {found.name} does not list this file as meeting {number}"
        earlier = result.series.earlier_than(number) if problem is None else ()
        numbers = [m.number for m in earlier]
        for line, column, path, token, written in self.history_uses:
            if problem:
                self.sink.error(line, column, path, f"{token} {problem}")
            elif written is not None and (not written.isdigit() or int(written) not in numbers):
                span = f"meetings 1 to {numbers[-1]}" if numbers else "none: this is the first meeting"
                self.sink.error(line, column, path, f"{token}: the earlier meetings of the series are {span}")
        return earlier

    def _refused_zone(self, head: Rec, refused: RefusedZone, dates: tuple[date, date] | None) -> None:
        """A wrong ``timezone``, in the tz database's words (the venue gives the suggestion later)."""
        venue = head.get("venue") if isinstance(head.get("venue"), str) else None
        days = tz.meeting_days(*dates) if dates else ()
        self.error(head, "timezone", *refused.plain())
        self.zone_refusals.append(ZoneRefusal(self.sink.items[-1], refused, days, venue=venue))

    def _planning(self, head, dates, zone) -> dict:
        """Participants, deadlines, speaking limits and connections (issue 5)."""
        from egmplan.loader.participants import build_participants
        from egmplan.loader.planning_build import build_deadlines

        head = head if isinstance(head, Rec) else None
        speaking = SPEAKING.values(head.get("speaking") if head else None)
        cob = MEETING.values(head)["close_of_business"]
        found = {
            "statement_minutes": speaking["statement_minutes"],
            "presentation_minutes": speaking["presentation_minutes"],
            "speaking_connections": speaking["connections"],
            "close_of_business": cob,
        }
        if isinstance(self.raw.get("participants"), Seq):
            days = tz.meeting_days(*dates) if dates else ()
            found["participants"] = build_participants(self.raw["participants"], self.sink, days, self.zone_refusals)
        holidays = self._holidays()
        found["holidays"] = tuple(sorted(holidays.items()))
        if dates and zone and isinstance(self.raw.get("deadlines"), Seq):
            found["deadlines"] = build_deadlines(self.raw["deadlines"], dates[0], zone, cob, self.sink, holidays)
        return found

    def _holidays(self) -> dict[date, str]:
        """Days the secretariat does not work: ``holidays`` and ``sittings.no_sitting``."""
        found = {}
        sittings = self.raw.get("sittings")
        for table in (self.raw.get("holidays"), sittings.get("no_sitting") if isinstance(sittings, Rec) else None):
            if isinstance(table, Rec):
                found.update((day, name) for day, name in table.items() if isinstance(name, str))
        return found

    # -- dates and sittings -------------------------------------------------------

    def _range(self, rec) -> tuple[date, date] | None:
        if not isinstance(rec, Rec) or "start" not in rec or "end" not in rec:
            return None
        if rec["end"] < rec["start"]:
            self.error(rec, "end", f"end ({rec['end'].isoformat()}) must not come before start ({rec['start'].isoformat()})")
            return None
        return rec["start"], rec["end"]

    def _dates(self, head: Rec) -> tuple[date, date] | None:
        found = self._range(head.get("dates"))
        if found and (found[1] - found[0]).days >= MAX_MEETING_DAYS:
            self.error(head["dates"], "end", f"a meeting lasts at most {MAX_MEETING_DAYS} days")
            return None
        return found

    def _sittings(self, spec: Rec, dates: tuple[date, date], zone: str | None):
        """The sittings of every date; also counts each date's sittings as written
        (``self.sitting_counts``), so a broken sitting does not cascade into other errors."""
        start, end = dates
        days = spec.get("days") or Rec.__new__(Rec)
        holidays = spec.get("no_sitting") or {}
        for table_name in ("days", "no_sitting"):
            table = spec.get(table_name)
            if not isinstance(table, Rec):
                continue
            for day in table:
                if not start <= day <= end:
                    line, column = table.key_marks[day]
                    self.sink.error(line, column, table.path_of(day), f"{day.isoformat()} is outside the meeting ({start.isoformat()} to {end.isoformat()})")
        if isinstance(spec.get("days"), Rec) and isinstance(spec.get("no_sitting"), Rec):
            for day in spec["days"]:
                if day in spec["no_sitting"]:
                    line, column = spec["no_sitting"].key_marks[day]
                    self.sink.error(line, column, spec["no_sitting"].path_of(day), f"{day.isoformat()} is also listed under sittings.days")
        default = spec.get("default")
        checked: dict[int, list] = {}
        sittings: list[Sitting] = []
        no_sitting = []
        day = start
        while day <= end:
            if isinstance(days, Rec) and day in days:
                patterns = days[day]
            elif day in holidays:
                no_sitting.append((day, holidays[day]))
                patterns = None
            elif day.weekday() < 5:
                patterns = default
            else:
                patterns = None
            if isinstance(patterns, Seq):
                self.sitting_counts[day] = len(patterns)
                if id(patterns) not in checked:
                    checked[id(patterns)] = self._check_pattern(patterns)
                for number, (sitting_spec, ok) in enumerate(zip(patterns, checked[id(patterns)]), start=1):
                    if not ok or zone is None:
                        continue
                    sitting = self._sitting(day, number, sitting_spec, zone)
                    if sitting:
                        sittings.append(sitting)
            day += timedelta(days=1)
        written = sum(self.sitting_counts.values())
        if written > limits.MEETING_SITTINGS:
            self.sink.error(spec.line, spec.column, spec.path,
                            f"the meeting has {written:,} sittings; a meeting has at most {limits.MEETING_SITTINGS:,} "
                            "(every schedule converts each sitting to each zone); split it into several meetings")
        if default is None and not (isinstance(spec.get("days"), Rec) and spec["days"]):
            self.sink.error(spec.line, spec.column, spec.path, "give the sittings: 'default' for every weekday, or 'days'")
        elif not self.sitting_counts and not self.sink.has_errors:
            self.sink.error(spec.line, spec.column, spec.path, "the meeting has no sitting on any of its dates")
        return tuple(sittings), tuple(no_sitting)

    def _check_pattern(self, patterns: Seq) -> list[bool]:
        """Each sitting must end after it starts and after the previous one ends."""
        ok = []
        previous = None
        for index, sitting in enumerate(patterns):
            if not isinstance(sitting, Rec) or "start" not in sitting or "end" not in sitting:
                ok.append(False)
                continue
            if sitting["end"] <= sitting["start"]:
                self.error(sitting, "end", f"end ({sitting['end']:%H:%M}) must come after start ({sitting['start']:%H:%M})")
                ok.append(False)
                continue
            if previous is not None and sitting["start"] < previous["end"]:
                self.error(
                    patterns, index,
                    f"{sitting['start']:%H:%M}–{sitting['end']:%H:%M} overlaps the sitting before it "
                    f"({previous['start']:%H:%M}–{previous['end']:%H:%M}); list sittings in order, without overlap",
                )
                ok.append(False)
                continue
            previous = sitting
            ok.append(True)
        return ok

    def _sitting(self, day: date, number: int, spec: Rec, zone: str) -> Sitting | None:
        moments = {}
        for key in ("start", "end"):
            try:
                moments[key] = tz.localize(day, spec[key], zone)
            except tz.WallTimeError as exc:
                self.error(spec, key, str(exc))
        if len(moments) < 2:
            return None
        return Sitting(day, number, spec["start"], spec["end"], moments["start"], moments["end"],
                       spec.line, spec.column, spec.path)

    # -- agenda ------------------------------------------------------------------

    def _agenda(self, items: Seq, keys: dict | None = None) -> tuple[AgendaItem, ...]:
        keys = {} if keys is None else keys
        self.item_placeholders: list[tuple[Rec, str, str, str]] = []
        built = self._items(items, keys)
        self._check_item_placeholders(built)
        return built

    def _items(self, items: Seq, keys: dict) -> tuple[AgendaItem, ...]:
        built = []
        for index, raw in enumerate(items, start=1):
            subs = []
            if isinstance(raw, Rec) and isinstance(raw.get("items"), Seq):
                for letter_index, sub in enumerate(raw["items"]):
                    number = f"{index} ({chr(ord('a') + letter_index)})"
                    if isinstance(sub, Rec) and "title" in sub:
                        subs.append(self._item(sub, number, (), keys))
                    else:
                        self._broken(number, sub)
            if isinstance(raw, Rec) and "title" in raw:
                built.append(self._item(raw, str(index), tuple(subs), keys))
            else:
                self._broken(str(index), raw)
        return tuple(built)

    def _broken(self, number: str, raw) -> None:
        """An item with errors: rows naming it (by number or key) are not reported again."""
        self.broken_items.add(number)
        if isinstance(raw, Rec) and isinstance(raw.get("key"), str):
            self.broken_items.add(raw["key"])

    def _item(self, raw: Rec, number: str, subs: tuple, keys: dict) -> AgendaItem:
        key = raw.get("key")
        if key is not None:
            if key in keys:
                self.error(raw, "key", f"key {key!r} is already used by item {keys[key]}")
            else:
                keys[key] = number
        annotation = raw.get("annotation")
        if annotation:
            self._check_annotation(raw, "annotation", annotation)
        if raw.get("documentation_note"):
            self._check_placeholders(raw, "documentation_note", raw["documentation_note"])
        return AgendaItem(  # every field, in the order of the fields (a Record's quickest way)
            number=number,
            title=raw["title"],
            short_title=raw.get("short_title"),
            heading=raw.get("heading"),
            annotation=annotation,
            documentation=tuple(Document(d["title"], d.get("symbol")) for d in raw.get("documentation", ()) if isinstance(d, Rec) and "title" in d),
            documentation_note=raw.get("documentation_note"),
            key=key,
            estimated_minutes=raw.get("estimated_minutes"),
            items=subs,
            speakers=build_speakers(raw),
            line=raw.line,
            column=raw.column,
            path=raw.path,
        )

    def _find_in_source(self, start_line: int, needle: str) -> tuple[int, int]:
        if self._lines is None:
            self._lines = self.text.splitlines()
        for offset, text in enumerate(self._lines[start_line - 1:], start=start_line):
            column = text.find(needle)
            if column >= 0:
                return offset, column + 1
        return start_line, 1

    def _check_annotation(self, raw: Rec, key: str, text: str) -> None:
        self._check_placeholders(raw, key, text)
        cited = _FOOTNOTE_REF.findall(text)
        if not cited:
            return
        start_line = raw.at(key)[0]
        path = raw.path_of(key)
        defined = {match.group(1) for match in _FOOTNOTE_TEXT.finditer(text)
                   if match.start() == 0 or text[match.start() - 1] == "\n"}
        for name in dict.fromkeys(cited):
            if name not in defined:
                line, column = self._find_in_source(start_line, f"[^{name}]")
                self.sink.error(line, column, path, f"footnote [^{name}] has no text; add a line '[^{name}]: ...' to this annotation")

    def _check_placeholders(self, raw: Rec, key: str, text: str) -> None:
        if "{" not in text:  # every placeholder is in braces
            return
        start_line = raw.at(key)[0]
        path = raw.path_of(key)
        for _offset, token, number in placeholders.history_uses(text):
            line, column = self._find_in_source(start_line, token)
            self.history_uses.append((line, column, path, token, number))
        for offset, item_key in placeholders.item_keys(text):
            self.item_placeholders.append((raw, key, item_key, text[offset:text.index("}", offset) + 1]))
        for _offset, name in placeholders.unknown_names(text):
            line, column = self._find_in_source(start_line, "{" + name + "}")
            prefix, colon, rest = name.strip().partition(":")
            if colon and did_you_mean(prefix.strip(), ["item"]):
                hint = placeholders.ITEM_PREFIX + rest.strip()  # {itme:report}
            else:
                hint = did_you_mean(name.strip(), placeholders.FILLERS)
            message = f"unknown placeholder {{{name}}}"
            message += f"; did you mean {{{hint}}}?" if hint else f"; known: {', '.join('{' + n + '}' for n in placeholders.DESCRIPTIONS)}"
            self.sink.error(line, column, path, message, hint)

    def _check_item_placeholders(self, agenda: tuple[AgendaItem, ...]) -> None:
        """``{item:KEY}`` must name a key of this agenda (known only once every item is read)."""
        index = ItemIndex(agenda)
        for raw, key, item_key, token in self.item_placeholders:
            found = index.resolve_key(item_key)
            if found.item is None and item_key not in self.broken_items:
                line, column = self._find_in_source(raw.at(key)[0], token)
                hint = index.key_hint(item_key)
                self.sink.error(line, column, raw.path_of(key), f"{token}: {found.problem}",
                                f"{{item:{hint}}}" if hint else None)
        self.item_placeholders = []

    # -- organization of work ---------------------------------------------------

    def _resolve(self, ref: str, agenda: tuple[AgendaItem, ...]) -> tuple[str | None, str | None, str | None]:
        """(item number, error message, suggestion) for a row reference: "1 (a)", "1(a)", "2" or a key."""
        index = self.indexes.get(id(agenda))
        if index is None or index.agenda is not agenda:
            index = self.indexes[id(agenda)] = ItemIndex(agenda)  # once per agenda: linear in the rows
        numbers, by_key = index.by_number, index.by_key
        if ref in by_key:
            return by_key[ref].number, None, None
        if ref in self.broken_items:
            return None, None, None  # the item itself has errors, already reported
        if ref in numbers:
            return ref, None, None  # written as the agenda numbers it ("2", "1 (a)")
        cited = cited_number(ref)
        if cited:
            item, letter = cited
            number = item_number_text(item, letter)
            if number in numbers:
                return number, None, None
            if number in self.broken_items or item in self.broken_items:
                return None, None, None  # the item itself has errors, already reported
            if letter and item in numbers:
                return None, f"item {item} has no sub-item ({letter})", None
            return None, f"there is no agenda item {number} (the agenda has items 1 to {len(agenda)})", None
        loose = loosely_cited_number(ref)
        written = item_number_text(*loose) if loose else None
        message = f"{ref!r} is neither an item number such as \"1 (a)\" nor a key of an item"
        base = loose[0] if loose else None
        if written and written not in numbers and not {written, base} & self.broken_items:
            missing = (f"item {base} has no sub-item ({loose[1]})" if base in numbers
                       else f"there is no agenda item {base}")
            return None, f"{message}, and {missing}", None
        hint = written or did_you_mean(ref, by_key)
        if hint:
            message += f"; did you mean {hint!r}?"
        return None, message, hint

    def _no_sitting_message(self, day: date) -> str:
        """Why ``day`` has no sitting, and the key that gives it one."""
        spec = self.raw.get("sittings") if isinstance(self.raw.get("sittings"), Rec) else {}
        holidays, days = spec.get("no_sitting"), spec.get("days")
        when = day.isoformat()
        example = f'{when}: [{{start: "10:00", end: "13:00"}}]'
        if isinstance(holidays, Rec) and day in holidays:
            # The day's name, unless it is not text (reported already, and nothing to quote).
            name = f" ({holidays[day]})" if isinstance(holidays[day], str) else ""
            return (f"there is no sitting on {when}, listed under sittings.no_sitting{name}; "
                    f"to sit that day, remove it there and give its sittings under sittings.days ({example})")
        if isinstance(days, Rec) and day in days:
            return f"there is no sitting on {when}: sittings.days.{when} lists none; give its sittings there"
        weekday = _WEEKDAYS[day.weekday()]
        if day.weekday() >= 5:
            return (f"there is no sitting on {when}, a {weekday}; to sit that day, "
                    f"give its sittings under sittings.days ({example})")
        return (f"there is no sitting on {when}, a {weekday}: there is no sittings.default; "
                f"give its sittings under sittings.days ({example})")

    def _organization(self, org: Rec, dates, agenda) -> tuple[SittingPlan, ...]:
        start, end = dates
        plans = []
        for day, per_sitting in org.items():
            line, column = org.key_marks[day]
            if not start <= day <= end:
                self.sink.error(line, column, org.path_of(day), f"{day.isoformat()} is outside the meeting ({start.isoformat()} to {end.isoformat()})")
                continue
            count = self.sitting_counts.get(day, 0)
            if not isinstance(per_sitting, Seq):
                continue
            if count == 0:
                self.sink.error(line, column, org.path_of(day), self._no_sitting_message(day))
                continue
            if len(per_sitting) != count:
                self.sink.error(
                    line, column, org.path_of(day),
                    f"{day.isoformat()} has {count} sitting{'s' if count != 1 else ''} but "
                    f"{len(per_sitting)} {'are' if len(per_sitting) != 1 else 'is'} listed here",
                )
                continue
            for number, rows in enumerate(per_sitting, start=1):
                if not isinstance(rows, Seq):
                    continue
                specs = []
                for index, row in enumerate(rows):
                    ref = row.get("item") if isinstance(row, Rec) else row
                    if not isinstance(ref, str):
                        continue
                    item, problem, hint = self._resolve(ref, agenda)
                    where_path = rows.path_of(index) + (".item" if isinstance(row, Rec) else "")
                    where = row.at("item") if isinstance(row, Rec) else rows.at(index)
                    if problem:
                        self.sink.error(where[0], where[1], where_path, problem, hint)
                    if item is None:
                        continue
                    if isinstance(row, Rec):
                        specs.append(RowSpec(item, row.get("title"), row.get("continued"), row.get("reason"),
                                             where[0], where[1], where_path, ref))
                    else:
                        specs.append(RowSpec(item, None, None, None, where[0], where[1], where_path, ref))
                line, column = per_sitting.at(number - 1)
                plans.append(SittingPlan(day, number, tuple(specs), line, column, per_sitting.path_of(number - 1)))
        return tuple(sorted(plans, key=lambda p: (p.date, p.sitting)))

    def _tracks(self, dates):
        raw_tracks = self.raw.get("tracks")
        if not isinstance(raw_tracks, Seq):
            return
        for raw in raw_tracks:
            if not isinstance(raw, Rec) or "name" not in raw or not isinstance(raw.get("agenda"), Seq):
                continue
            agenda = self._agenda(raw["agenda"])
            organization = ()
            if dates and isinstance(raw.get("organization_of_work"), Rec):
                organization = self._organization(raw["organization_of_work"], dates, agenda)
            yield Track(raw["name"], agenda, organization)
