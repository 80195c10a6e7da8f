"""Read a series file (``meetings/<series-id>.series.yaml``): syntax (yamltree), shape
(series_schema), then meaning across the series (here): numbers in order from 1 without
gaps, dates in order, every meeting file present, of the same body and agreeing with the
series on its number and dates, workplans naming meetings of the series.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from egmplan import placeholders
from egmplan.errors import Diagnostic, DiagnosticSink
from egmplan.loader import yamltree
from egmplan.loader.schema import Rec, Seq, did_you_mean
from egmplan.loader.series_schema import SERIES_FILE
from egmplan.model_series import MeetingFacts, Resolution, Series, Workplan, WorkplanRow
from egmplan.record import Record, record

SUFFIXES = (".series.yaml", ".series.yml")
SERIES_KIND = yamltree.FileKind("series file", "series:", "one series per file")
MANDATE_PLACEHOLDERS = {
    "resolution": "the establishing resolution as running text names it (`established_by.text`)",
    "resolution_title": "its title (`established_by.title`)",
    "body": "the body's full name",
    "short_body": "the body's name in running text",
}


def is_series_file(path: str | Path) -> bool:
    return Path(path).name.endswith(SUFFIXES)


def series_id(path: str | Path) -> str:
    name = Path(path).name
    return next(name[: -len(s)] for s in SUFFIXES if name.endswith(s)) if is_series_file(name) else Path(name).stem


@record
class SeriesResult(Record):
    """The series (None when the file has errors) and every diagnostic, sorted."""

    series: Series | None
    diagnostics: list[Diagnostic]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]


def load_series(path: str | Path, display_name: str | None = None) -> SeriesResult:
    """Load one series file and check it against its meeting files. Never raises for a bad file."""
    from egmplan.readfile import UnreadableFile, read_limited

    path = Path(path)
    sink = DiagnosticSink(display_name or str(path))
    try:
        data = read_limited(path, yamltree.MAX_BYTES, SERIES_KIND.noun)
    except UnreadableFile as exc:
        sink.error(1, 1, "", str(exc))
        return SeriesResult(None, sink.sorted())
    text = yamltree.decode(data, sink, SERIES_KIND)
    root = yamltree.parse(text, sink, SERIES_KIND) if text is not None else None
    return _series_from_tree(path, sink, text, root)


def _series_from_tree(path: Path, sink: DiagnosticSink, text: str | None, root,
                      parsed: dict | None = None) -> SeriesResult:
    """The series of the file at ``path`` whose text was parsed into ``root`` (None after the
    errors ``sink`` holds); ``parsed``: meeting files already parsed, by path (see
    :func:`read_meeting_head`)."""
    if root is None:
        return SeriesResult(None, sink.sorted())
    if root.kind != "map":
        kind = "a list" if root.kind == "seq" else "a single value"
        sink.error(root.line, root.column, "", f"a series file is a mapping with 'series' and 'meetings'; this file is {kind}")
        return SeriesResult(None, sink.sorted())
    raw = SERIES_FILE.convert(root, "", sink)
    series = _SeriesBuilder(raw, sink, path.parent, series_id(path), sink.file, text, parsed).build()
    return SeriesResult(None if sink.has_errors else series, sink.sorted())


@record
class _Head(Record):
    """What a series needs from a meeting file: its ``meeting`` keys, converted."""

    body: str | None
    number: int | None
    dates: tuple[date, date] | None
    venue: str | None
    kind: str
    postponed_from: tuple[date, date] | None
    postponement_reason: str | None


def read_meeting_head(path: Path, root=None) -> tuple[_Head | None, str | None]:
    """The ``meeting`` keys of a meeting file, or None and why they cannot be read. Only the
    head is read (the file up to the end of its ``meeting`` keys, which come first), so that
    loading a meeting can consult its series; what follows is checked when that file is
    validated. ``root``: the file's tree when the meeting being loaded is this file (parsed
    without errors), not read and parsed again."""
    from egmplan.loader.meeting_schema import MEETING
    from egmplan.readfile import UnreadableFile, read_limited

    sink = DiagnosticSink(str(path))
    if root is None:
        try:
            data = read_limited(path, yamltree.MAX_BYTES, yamltree.MEETING.noun)
        except UnreadableFile as exc:
            return None, str(exc)
        text = yamltree.decode(data, sink)
        root = yamltree.parse(text, sink, until_key="meeting") if text is not None else None
    node = next((v for k, v in root.value if k.text == "meeting"), None) if root is not None and root.kind == "map" else None
    head = MEETING.convert(node, "meeting", sink) if node is not None else None
    if not isinstance(head, Rec) or sink.has_errors:
        return None, "its 'meeting' keys have errors"
    dates = head.get("dates")
    moved = head.get("postponed_from")
    return _Head(
        body=head.get("body"),
        number=head.get("number"),
        dates=(dates["start"], dates["end"]) if isinstance(dates, Rec) and len(dates) == 2 else None,
        venue=head.get("venue"),
        kind=head.get("kind", "meeting"),
        postponed_from=(moved["start"], moved["end"]) if isinstance(moved, Rec) and "end" in moved else None,
        postponement_reason=moved.get("reason") if isinstance(moved, Rec) else None,
    ), None


class _SeriesBuilder:
    def __init__(self, raw: Rec, sink: DiagnosticSink, folder: Path, ident: str, source: str, text: str,
                 parsed: dict | None = None):
        self.raw, self.sink, self.folder, self.id, self.source = raw, sink, folder, ident, source
        self.lines = text.splitlines()
        self.parsed = parsed or {}

    def _token_at(self, where: Rec, key: str, token: str) -> tuple[int, int]:
        """Where ``token`` first stands in the value of ``key`` (a several-line text)."""
        start = where.at(key)[0]
        for number, line in enumerate(self.lines[start - 1:], start=start):
            if token in line:
                return number, line.index(token) + 1
        return where.at(key)

    def error(self, where: Rec | Seq, key, message: str, suggestion: str | None = None) -> None:
        line, column = where.at(key)
        self.sink.error(line, column, where.path_of(key), message, suggestion)

    def build(self) -> Series | None:
        head = self.raw.get("series")
        body = head.get("body") if isinstance(head, Rec) else None
        if isinstance(head, Rec) and isinstance(head.get("mandate"), str):
            self._check_mandate(head)
        meetings = self._meetings(self.raw.get("meetings"), body) if isinstance(self.raw.get("meetings"), Seq) else ()
        workplans = tuple(self._workplans(meetings))
        languages = self._languages(head) if isinstance(head, Rec) else ()
        if self.sink.has_errors or not isinstance(head, Rec) or body is None:
            return None
        resolution = head.get("established_by")
        return Series(
            id=self.id,
            source=self.source,
            body=body,
            short_body=head.get("short_body") or body,
            meetings=meetings,
            workplans=workplans,
            mandate=head.get("mandate"),
            established_by=Resolution(resolution["text"], resolution.get("title"), resolution.get("symbol"))
            if isinstance(resolution, Rec) else None,
            languages=languages,
        )

    def _languages(self, head: Rec) -> tuple[str, ...]:
        """``series.languages``, each once; a language listed twice is an error."""
        languages = head["languages"]
        if isinstance(languages, Seq):
            seen = set()
            for index, language in enumerate(languages):
                if language in seen:
                    self.error(languages, index, f"{language} is listed twice; each language once, the original first")
                seen.add(language)
        return tuple(language for language in dict.fromkeys(languages) if isinstance(language, str))

    def _check_mandate(self, head: Rec) -> None:
        text = head["mandate"]
        for _offset, name in placeholders.unknown_among(text, MANDATE_PLACEHOLDERS):
            hint = did_you_mean(name.strip(), MANDATE_PLACEHOLDERS)
            known = ", ".join("{" + n + "}" for n in MANDATE_PLACEHOLDERS)
            line, column = self._token_at(head, "mandate", "{" + name + "}")
            self.sink.error(line, column, head.path_of("mandate"), f"unknown placeholder {{{name}}}; "
                            + (f"did you mean {{{hint}}}?" if hint else f"known: {known}"), hint)
        resolution = head.get("established_by")
        for wanted in ("resolution", "resolution_title"):
            key = "text" if wanted == "resolution" else "title"
            if placeholders.uses(text, wanted) and (not isinstance(resolution, Rec) or key not in resolution):
                line, column = self._token_at(head, "mandate", "{" + wanted + "}")
                self.sink.error(line, column, head.path_of("mandate"),
                                f"{{{wanted}}} needs 'established_by.{key}' (the establishing resolution)")

    def _meetings(self, entries: Seq, body: str | None) -> tuple[MeetingFacts, ...]:
        found: list[MeetingFacts] = []
        listed: list[tuple[Rec, MeetingFacts]] = []
        for index, entry in enumerate(entries):
            if not isinstance(entry, Rec):
                continue
            facts = self._entry(entries, index, entry, body)
            if facts is None:
                continue
            if facts.number != index + 1:
                where = "number" if "number" in entry else "file"
                self.error(entry, where, f"this is meeting {facts.number}, but it is entry {index + 1} of the list; "
                                         "list every meeting in order, from 1, without gaps")
            elif found and facts.start <= found[-1].end:
                self.error(entry, "dates" if "dates" in entry else "file",
                           f"meeting {facts.number} starts on {facts.start.isoformat()}, not after meeting "
                           f"{found[-1].number} ends ({found[-1].end.isoformat()})")
            found.append(facts)
            listed.append((entry, facts))
        self._check_page_folders(listed)
        return tuple(found)

    def _check_page_folders(self, listed: list[tuple[Rec, MeetingFacts]]) -> None:
        """Each meeting's page gets a folder of its own on the site (``site build``): a
        meeting file named like another meeting's folder (``meeting-1.yaml`` when meeting 1
        has no file), like the workplan's folder or like a language's folder would put two
        things in one place. Compared without case, as macOS and Windows file systems do."""
        from egmplan.style import LANGUAGES

        reserved = {"workplan": "holds the workplan's files"} | {code: f"is kept for the pages in language {code}" for code in LANGUAGES}
        taken = {facts.page_folder.lower(): facts for _entry, facts in listed if facts.file is None}
        for entry, facts in listed:
            folder = facts.page_folder.lower()
            if facts.file is None:
                continue
            if folder in reserved:
                self.error(entry, "file", f"{facts.file.name} would put meeting {facts.number}'s page in the "
                                          f"site's folder {facts.page_folder}/, which {reserved[folder]}; "
                                          "rename the meeting file")
            elif folder in taken:
                other = taken[folder]
                case = "" if other.page_folder == facts.page_folder else " (folders are compared without case)"
                self.error(entry, "file", f"{facts.file.name} would put meeting {facts.number}'s page in the "
                                          f"site's folder {other.page_folder}/, where meeting {other.number}'s "
                                          f"page goes{case}; rename the meeting file")
            else:
                taken[folder] = facts

    def _entry(self, entries: Seq, index: int, entry: Rec, body: str | None) -> MeetingFacts | None:
        dates = entry.get("dates")
        given = (dates["start"], dates["end"]) if isinstance(dates, Rec) and "start" in dates and "end" in dates else None
        if given and given[1] < given[0]:
            self.error(dates, "end", f"end ({given[1].isoformat()}) must not come before start ({given[0].isoformat()})")
            return None
        if entry.invalid & {"file", "number", "dates"}:
            return None
        name = entry.get("file")
        if name is None:
            missing = [key for key in ("number", "dates", "venue") if key not in entry]
            if missing:
                line, column = entries.at(index)
                self.sink.error(line, column, entries.path_of(index),
                                f"give the meeting's file ('file: NAME.yaml'), or its facts: "
                                f"missing {', '.join(repr(k) for k in missing)}")
                return None
            return MeetingFacts(entry["number"], given[0], given[1], entry["venue"], report=entry.get("report"))
        path = self.folder / name
        if not path.is_file():
            from egmplan.catalog import meeting_files

            hint = did_you_mean(name, [p.name for p in meeting_files(self.folder)])
            self.error(entry, "file", f"there is no meeting file {name} beside the series file"
                       + (f"; did you mean {hint!r}?" if hint else ""), hint)
            return None
        head, problem = read_meeting_head(path, self.parsed.get(path))
        if head is None:
            self.error(entry, "file", f"{name} cannot be read: {problem}; run 'egmplan validate' on it")
            return None
        if body is not None and head.body != body:
            self.error(entry, "file", f"{name} is a meeting of {head.body!r}, not of {body!r}")
            return None
        if "number" in entry and entry["number"] != head.number:
            self.error(entry, "number", f"{name} is meeting {head.number}, not meeting {entry['number']}")
            return None
        if given and given != head.dates:
            self.error(entry, "dates", f"{name} gives {head.dates[0].isoformat()} to {head.dates[1].isoformat()}, "
                                       f"not {given[0].isoformat()} to {given[1].isoformat()}")
            return None
        if "venue" in entry and entry["venue"] != head.venue:
            self.error(entry, "venue", f"{name} gives the venue {head.venue!r}, not {entry['venue']!r}")
            return None
        return MeetingFacts(head.number, head.dates[0], head.dates[1], head.venue, head.kind, entry.get("report"),
                            path, head.postponed_from, head.postponement_reason)

    def _workplans(self, meetings: tuple[MeetingFacts, ...]):
        plans = self.raw.get("workplans")
        if not isinstance(plans, Seq):
            return
        numbers = {m.number for m in meetings}
        for plan in plans:
            if not isinstance(plan, Rec) or not {"period", "adopted_at", "rows"} <= plan.keys():
                continue
            period = plan["period"]
            if not isinstance(period, Rec) or len(period) < 2:
                continue
            if period["end"] < period["start"]:
                self.error(period, "end", f"end ({period['end']}) must not come before start ({period['start']})")
            if plan["adopted_at"] not in numbers and meetings:
                self.error(plan, "adopted_at", f"there is no meeting {plan['adopted_at']} in 'meetings' "
                                               f"(meetings 1 to {len(meetings)})")
            rows = []
            previous = None
            for index, row in enumerate(plan["rows"]):
                if not isinstance(row, Rec) or not {"year", "meeting", "topics"} <= row.keys():
                    continue
                if previous is not None and row["meeting"] <= previous:
                    self.error(row, "meeting", f"meeting {row['meeting']} comes after meeting {previous}; "
                                               "list the workplan's meetings in order")
                previous = row["meeting"]
                rows.append(WorkplanRow(row["year"], row["meeting"], tuple(t for t in row["topics"] if isinstance(t, str))))
            yield Workplan(
                first_year=period["start"],
                last_year=period["end"],
                adopted_at=plan["adopted_at"],
                rows=tuple(rows),
                annotations=tuple(a for a in plan.get("annotations", ()) if isinstance(a, str)),
                title=plan.get("title"),
                symbol=plan.get("symbol"),
                table_heading=plan.get("table_heading"),
                topics_heading=plan["topics_heading"],
            )


def series_of(meeting_path: Path, meeting_root=None) -> tuple[Path | None, SeriesResult | None]:
    """The series file beside ``meeting_path`` whose ``meetings`` name it by ``file:``, and
    that series loaded; (None, None) when no series file lists it. ``meeting_root``: the
    meeting file's tree, parsed without errors, when the loader has it."""
    try:
        candidates = sorted(p for p in meeting_path.parent.iterdir() if is_series_file(p))
    except OSError:
        return None, None
    from egmplan.readfile import UnreadableFile, read_limited

    for candidate in candidates:
        # Read and parsed once: for the names it lists, then for the series it is.
        sink = DiagnosticSink(str(candidate))
        try:
            text = yamltree.decode(read_limited(candidate, yamltree.MAX_BYTES, SERIES_KIND.noun), sink, SERIES_KIND)
        except UnreadableFile:
            continue
        root = yamltree.parse(text, sink, SERIES_KIND) if text is not None else None
        if meeting_path.name in _listed_files(root):
            parsed = {meeting_path: meeting_root} if meeting_root is not None else None
            return candidate, _series_from_tree(candidate, sink, text, root, parsed)
    return None, None


def _listed_files(root) -> set[str]:
    """The ``file:`` names the parsed series file ``root`` lists (nothing when it could not be read)."""
    if root is None or root.kind != "map":
        return set()
    entries = next((v for k, v in root.value if k.text == "meetings"), None)
    if entries is None or entries.kind != "seq":
        return set()
    return {v.text for entry in entries.value if entry.kind == "map"
            for k, v in entry.value if k.text == "file" and v.kind == "scalar"}
