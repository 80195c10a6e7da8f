"""Participants: a ``participants:`` list in a meeting file or in ``participants/<name>.yaml``.

Each entry is checked against the countries data (:mod:`egmplan.places`): an unknown
code is an error at its line and column, with the code it was meant to be
(:mod:`egmplan.countrycodes`);
a delegation without a zone connects from its capital's zone.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from pathlib import Path

from egmplan.errors import Diagnostic, DiagnosticSink
from egmplan.loader import yamltree
from egmplan.loader.planning_schema import PARTICIPANT, PARTICIPANTS_FILE, RefusedZone, ZoneRefusal
from egmplan.loader.schema import Rec, Seq
from egmplan.model import Participant
from egmplan.record import Record, record


@record
class ParticipantsResult(Record):
    """The participants (None when the file has errors), every diagnostic, sorted, and the
    file's converted keys (``data``: what ``egmplan diff`` compares key by key)."""

    participants: tuple[Participant, ...] | None
    diagnostics: list[Diagnostic]
    data: Rec | None = field(default=None, compare=False, repr=False)
    zone_refusals: tuple[ZoneRefusal, ...] = field(default=(), compare=False, repr=False)


def build_participants(entries: Seq, sink: DiagnosticSink, days: tuple[date, ...] = (),
                       refusals: list[ZoneRefusal] | None = None) -> tuple[Participant, ...]:
    """Check each converted entry (country known, a zone to use, names unique) and build them.

    ``days``: the meeting's, which a suggestion for a wrong zone must be right on; each wrong
    zone is added to ``refusals``.
    """
    from egmplan import places

    built: list[Participant] = []
    names: dict[str, int] = {}
    _report_refused_zones(entries, sink, days, [] if refusals is None else refusals)
    for entry in entries:
        if not isinstance(entry, Rec) or "name" not in entry or "role" not in entry:
            continue
        name, role = entry["name"], entry["role"]
        line, column = entry.at("name")
        if name in names:
            sink.error(line, column, entry.path_of("name"),
                       f"{name!r} is already listed (line {names[name]})")
            continue
        names[name] = line
        code = entry.get("country")
        country = None
        if code is not None:
            try:
                country = places.country(code)
            except KeyError:
                from egmplan.countrycodes import unknown_country_code

                hint = unknown_country_code(code)
                where = entry.at("country")
                sink.error(where[0], where[1], entry.path_of("country"), hint.message, hint.suggestion)
                continue
        if role == "member" and country is not None and country.status != "member":
            where = entry.at("country")
            sink.warning(where[0], where[1], entry.path_of("country"),
                         f"{country.name} ({country.code}) is not a Member State; is the role 'observer'?")
        zone = entry.get("zone")
        if isinstance(zone, RefusedZone):
            continue  # reported already
        if zone is None:
            if "zone" in entry.invalid:
                continue  # reported already
            if country is None:
                sink.error(entry.line, entry.column, entry.path,
                           f"{name!r} has neither a country nor a zone; give one of them")
                continue
            zone = country.zone
        built.append(Participant(name=name, role=role, zone=zone, delegates=PARTICIPANT.values(entry)["delegates"],
                                 country=country.code if country else None))
    return tuple(built)


def _report_refused_zones(entries: Seq, sink: DiagnosticSink, days: tuple[date, ...],
                          refusals: list[ZoneRefusal]) -> None:
    """Every wrong ``zone``, in the tz database's words; ``refusals`` gets each with the entry's
    country, among whose zones :mod:`egmplan.app.check` suggests one."""
    from egmplan import places

    for entry in entries:
        zone = entry.get("zone") if isinstance(entry, Rec) else None
        if not isinstance(zone, RefusedZone):
            continue
        code = entry.get("country")
        try:
            country = places.country(code).code if isinstance(code, str) else None
        except KeyError:
            country = None
        line, column = entry.at("zone")
        sink.error(line, column, entry.path_of("zone"), *zone.plain())
        refusals.append(ZoneRefusal(sink.items[-1], zone, days, participant=True, country=country))


def load_participants(path: str | Path, display_name: str | None = None,
                      days: tuple[date, ...] = ()) -> ParticipantsResult:
    """Read a participants file; problems are diagnostics, never exceptions. ``days``: the
    meeting's, when the file is read for one."""
    path = Path(path)
    sink = DiagnosticSink(display_name or str(path))
    from egmplan.readfile import UnreadableFile, read_limited

    try:
        data = read_limited(path, yamltree.MAX_BYTES, yamltree.PARTICIPANTS.noun)
    except UnreadableFile as exc:
        sink.error(1, 1, "", str(exc))
        return ParticipantsResult(None, sink.sorted())
    return load_participants_bytes(data, sink, days)


def load_participants_text(text: str, name: str = "<participants>", days: tuple[date, ...] = ()) -> ParticipantsResult:
    return load_participants_bytes(text.encode("utf-8"), DiagnosticSink(name), days)


def load_participants_bytes(data: bytes, sink: DiagnosticSink, days: tuple[date, ...] = ()) -> ParticipantsResult:
    text = yamltree.decode(data, sink, yamltree.PARTICIPANTS)
    root = yamltree.parse(text, sink, yamltree.PARTICIPANTS) if text is not None else None
    if root is None:
        return ParticipantsResult(None, sink.sorted())
    if root.kind != "map":
        sink.error(root.line, root.column, "", "a participants file is a mapping with the key 'participants'")
        return ParticipantsResult(None, sink.sorted())
    raw = PARTICIPANTS_FILE.convert(root, "", sink)
    refusals: list[ZoneRefusal] = []
    participants = build_participants(raw["participants"], sink, days, refusals) if isinstance(raw.get("participants"), Seq) else ()
    if sink.has_errors:
        return ParticipantsResult(None, sink.sorted(), zone_refusals=tuple(refusals))
    return ParticipantsResult(participants, sink.sorted(), raw)
