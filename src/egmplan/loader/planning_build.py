"""Meaning checks and model building for the planning keys (speakers, deadlines, speaking)."""

from __future__ import annotations

from datetime import date, time, timedelta

from egmplan import tz
from egmplan.errors import DiagnosticSink
from egmplan.loader import limits
from egmplan.loader.planning_schema import Due
from egmplan.loader.schema import Rec, Seq
from egmplan.model import Deadline, Speakers

DEFAULT_COB = time(18, 0)  # issue 5: COB is 18:00 at the venue unless the file says otherwise


def build_speakers(item: Rec) -> Speakers | None:
    raw = item.get("speakers")
    line, column = item.at("speakers")
    path = item.path_of("speakers")
    if isinstance(raw, Rec):
        return Speakers(raw.get("statements", 0), raw.get("presentations", 0), (), line, column, path)
    if isinstance(raw, Seq):
        names = tuple(n for n in raw if isinstance(n, str))
        return Speakers(0, len(names), names, line, column, path)
    return None


def build_deadlines(entries: Seq, opening: date, zone: str, cob: time, sink: DiagnosticSink) -> tuple[Deadline, ...]:
    """Each deadline on its venue date (relative ones count from ``opening``); a timed one
    must exist at the venue on that date (no daylight-saving gap or fold)."""
    built = []
    for entry in entries:
        if not isinstance(entry, Rec) or not isinstance(entry.get("due"), Due) or "label" not in entry:
            continue
        due: Due = entry["due"]
        day = due.day if due.day is not None else opening + timedelta(days=due.offset_days)
        clock = cob if due.cob else due.clock
        line, column = entry.at("due")
        if not limits.FIRST_DATE <= day <= limits.LAST_DATE:
            sink.error(line, column, entry.path_of("due"), f"falls on {day.isoformat()}, outside {limits.DATES_HANDLED}")
            continue
        if clock is not None:
            try:
                tz.localize(day, clock, zone)
            except tz.WallTimeError as exc:
                sink.error(line, column, entry.path_of("due"), str(exc))
                continue
        built.append(Deadline(entry["label"], day, clock, due.cob, due.text, line, column, entry.path_of("due")))
    return tuple(sorted(built, key=lambda d: (d.date, d.time or time(0), d.label)))
