"""Meaning checks and model building for the planning keys (speakers, deadlines, speaking)."""

from __future__ import annotations

from datetime import date, time, timedelta

from egmplan import tz
from egmplan.errors import DiagnosticSink
from egmplan.loader import limits
from egmplan.loader.planning_schema import SPEAKER_COUNTS, Due
from egmplan.loader.schema import Rec, Seq
from egmplan.model import Deadline, Panellist, Speakers


def build_speakers(item: Rec) -> Speakers | None:
    raw = item.get("speakers")
    line, column = item.at("speakers")
    path = item.path_of("speakers")
    if isinstance(raw, Rec):
        counts = SPEAKER_COUNTS.values(raw)
        return Speakers(counts["statements"], counts["presentations"], (), line, column, path)
    if isinstance(raw, Seq):
        panellists = tuple(
            Panellist(entry) if isinstance(entry, str)
            else Panellist(entry["name"], entry.get("honorific"), entry.get("country"), entry.get("title"),
                           entry.get("country_name"))
            for entry in raw if isinstance(entry, str) or (isinstance(entry, Rec) and "name" in entry)
        )
        return Speakers(0, len(panellists), tuple(p.display_name for p in panellists), line, column, path,
                        panellists)  # each panellist one presentation
    return None


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _count_working_days(opening: date, offset: int, holidays: dict[date, str]) -> date:
    """The day ``offset`` working days (Monday to Friday, not a holiday) from ``opening``."""
    step = timedelta(days=-1 if offset < 0 else 1)
    day, remaining = opening, abs(offset)
    while remaining:
        day += step
        if day.weekday() < 5 and day not in holidays:
            remaining -= 1
    return day


def build_deadlines(entries: Seq, opening: date, zone: str, cob: time, sink: DiagnosticSink,
                    holidays: dict[date, str] | None = None) -> tuple[Deadline, ...]:
    """Each deadline on its venue date (relative ones count from ``opening``, in working days
    for ``-5wd``); a timed one must exist at the venue on that date (no daylight-saving gap or
    fold). One on a weekend or a listed holiday gets a warning."""
    holidays = holidays or {}
    built = []
    for entry in entries:
        if not isinstance(entry, Rec) or not isinstance(entry.get("due"), Due) or "label" not in entry:
            continue
        due: Due = entry["due"]
        if due.day is not None:
            day = due.day
        elif due.working_days:
            day = _count_working_days(opening, due.offset_days, holidays)
        else:
            day = opening + timedelta(days=due.offset_days)
        clock = cob if due.cob else due.clock
        line, column = entry.at("due")
        path = entry.path_of("due")
        if not limits.FIRST_DATE <= day <= limits.LAST_DATE:
            sink.error(line, column, path, f"falls on {day.isoformat()}, outside {limits.DATES_HANDLED}")
            continue
        if clock is not None:
            try:
                tz.localize(day, clock, zone)
            except tz.WallTimeError as exc:
                sink.error(line, column, path, str(exc))
                continue
        if day.weekday() >= 5:
            sink.warning(line, column, path, f"falls on {day.isoformat()}, a {_WEEKDAYS[day.weekday()]}; "
                                             "give a working day, or count working days (-5wd)")
        elif day in holidays:
            sink.warning(line, column, path, f"falls on {day.isoformat()}, a listed holiday ({holidays[day]}); "
                                             "give a working day, or count working days (-5wd)")
        built.append(Deadline(entry["label"], day, clock, due.cob, due.text, line, column, path))
    return tuple(sorted(built, key=lambda d: (d.date, d.time or time(0), d.label)))
