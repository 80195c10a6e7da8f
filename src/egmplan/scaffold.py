"""A new meeting file: commented, valid, and ready to build (``egmplan init``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time, timedelta

from egmplan.clock import ClockError, parse_clock_range, time_of_day


@dataclass(frozen=True)
class NewMeeting:
    body: str
    number: int
    venue: str
    timezone: str
    start: date
    end: date
    sittings: tuple[tuple[time, time], ...]
    short_body: str | None = None
    kind: str = "meeting"
    symbol: str | None = None


def parse_sittings(text: str) -> tuple[tuple[time, time], ...]:
    """``"10:00-13:00,15:00-18:00"`` -> ((10:00, 13:00), (15:00, 18:00)); ValueError with a reason."""
    pattern = []
    for part in text.split(","):
        try:
            start, end = parse_clock_range(part)
        except ClockError as exc:
            if exc.problem == ClockError.RANGE_FORM:
                raise ValueError(f"expected sittings like 10:00-13:00,15:00-18:00, got {part.strip()!r}") from None
            raise ValueError(str(exc)) from None
        start, end = time_of_day(start), time_of_day(end)
        if end <= start:
            raise ValueError(f"sitting {part.strip()} ends before it starts")
        if pattern and start < pattern[-1][1]:
            raise ValueError(f"sitting {part.strip()} overlaps the one before it")
        pattern.append((start, end))
    return tuple(pattern)


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _weekdays(start: date, end: date) -> list[date]:
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def meeting_file_text(new: NewMeeting) -> str:
    """The YAML text of a new meeting, with a standard agenda and organization of work."""
    days = _weekdays(new.start, new.end)
    slots = [(day, n) for day in days for n in range(1, len(new.sittings) + 1)]
    # Opening items at the first sitting, closing items at the last, nothing planned between
    # (those sittings print "To be announced" until their items are given). Rows name items
    # by key, so inserting an item does not shift them.
    plan: dict[tuple[date, int], list[str]] = {slot: [] for slot in slots}
    if slots:
        plan[slots[0]] += ['"opening"', '"agenda"']
        plan[slots[-1]] += ['"other-matters"', '"report"']
    lines = [
        "# A meeting file for egmplan. Every key is described in docs/meeting-format.md.",
        "# Editor completion: `egmplan schema > meetings/meeting.schema.json`, then keep the next line.",
        "# yaml-language-server: $schema=meeting.schema.json",
        "# Check it with `egmplan validate`, build the agenda with `egmplan agenda build`.",
        "meeting:",
        f"  body: {_q(new.body)}",
        f"  short_body: {_q(new.short_body or new.body)}    # the body's name in running text",
        f"  number: {new.number}                       # which meeting of the body; printed spelled out (\"seventh meeting\")",
        f"  kind: {new.kind}                # meeting | session: what the body calls a gathering",
    ]
    if new.symbol:
        lines.append(f"  symbol: {_q(new.symbol)}")
    lines += [
        "  # distribution: General          # General | Limited | Restricted",
        "  # issued: 2021-02-22             # date of issue, printed in the masthead",
        "  original_language: English",
        f"  venue: {_q(new.venue)}",
        f"  timezone: {new.timezone}     # IANA zone of the venue: all times below are wall-clock times there",
        "  format: in-person               # in-person | hybrid | online",
        f"  dates: {{start: {new.start.isoformat()}, end: {new.end.isoformat()}}}",
        "sittings:",
        "  default:                        # every weekday of the dates, unless `days` or `no_sitting` says otherwise",
    ]
    for start, end in new.sittings:
        lines.append(f'    - {{start: "{start:%H:%M}", end: "{end:%H:%M}"}}')
    lines += [
        "  # days: {2021-04-08: [{start: \"10:00\", end: \"13:00\"}]}   # a different pattern on one date; [] = none",
        "  # no_sitting: {2021-04-07: Official United Nations holiday}",
        "agenda:                           # items are numbered 1, 2, 3 and sub-items (a), (b) by their order;",
        "                                  # a key names an item however the agenda is renumbered",
        "  - title: Organizational matters",
        "    key: organizational",
        "    items:",
        f"      - title: Opening of the {new.kind}",
        "        key: opening",
        "        annotation: |",
        "          The {meeting} of the {body} will be opened on {opening}.",
        "      - title: Adoption of the agenda",
        "        key: agenda",
        "  - title: Other matters",
        "    key: other-matters",
        "  - title: Adoption of the report",
        "    key: report",
        "    annotation: |",
        "      Under agenda item {item:report}, a report on the {meeting} will be adopted.",
        "organization_of_work:             # date -> one list of item keys per sitting; [] = to be announced",
    ]
    for day in days:
        lines.append(f"  {day.isoformat()}:")
        for number in range(1, len(new.sittings) + 1):
            lines.append(f"    - [{', '.join(plan[(day, number)])}]")
    if not days:
        lines[-1] = "organization_of_work: {}"
    return "\n".join(lines) + "\n"
