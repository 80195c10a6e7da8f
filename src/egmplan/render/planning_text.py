"""Plain-text reports of the planning commands (suggest, connections, orgwork plan, deadlines);
the words come from the meeting's style (``style.en_reports`` holds the longer English reports).

Plain text, not Rich, so that a report is the same bytes in a terminal, a pipe and a test.
"""

from __future__ import annotations

import textwrap

from egmplan.render.plaintable import table_lines
from egmplan.style import get_style


def suggestion_text(meeting, suggestion, *, count: int, length: int, gap: int, between: tuple[int, int],
                    night_weight: float) -> str:
    """The report of ``egmplan suggest``, worded by the meeting's style."""
    from egmplan.planning.suggest import RANK_LIMIT

    return get_style(meeting.style.language).suggestion_report(
        meeting, suggestion, count=count, length=length, gap=gap, between=between,
        night_weight=night_weight, rank_limit=RANK_LIMIT)


def connections_text(meeting, result) -> str:
    """The allocation, the rule as it applied, and a table of every delegation and panellist."""
    return get_style(meeting.style.language).connections_report(meeting, result)


def plan_text(meeting, allocation, width: int | None = None) -> str:
    """The planned rows (with "(continued)" worked out), minutes per row and time left per sitting;
    a list instead of a table when ``width`` (a terminal's) is too narrow for it."""
    from dataclasses import replace

    from egmplan.planning.orgwork import track_rows
    style = get_style(meeting.style.language)
    format_date, format_time_range = style.format_date, style.format_time_range
    planned = replace(meeting, organization=allocation.plans())
    rows = track_rows(planned, planned.agenda, planned.organization, None)
    minutes = [p.minutes for s in allocation.sittings for p in s.pieces]
    table = [style.plan_columns()]
    last_day = last_time = None
    for row, spent in zip(rows, minutes):
        day = format_date(row.date, weekday=True)
        when = format_time_range(row.start, row.end, meeting.style.time)
        table.append((day if day != last_day else "", when if (day, when) != last_time else "",
                      row.item, style.continued_title(row.title, meeting.style.continued) if row.continued else row.title,
                      str(spent)))
        last_day, last_time = day, (day, when)
    head = style.plan_heading(meeting.id, allocation.min_split)
    lines = (textwrap.wrap(head, width) if width else [head]) + [""]
    lines += table_lines(table, width=width, right=frozenset({4}))
    left = [(s, s.capacity - s.used) for s in allocation.sittings if s.capacity > s.used]
    if left:
        lines += ["", style.plan_time_left()]
        for s, spare in left:
            lines.append("  " + style.plan_time_left_line(
                s.sitting.date, format_time_range(s.sitting.start, s.sitting.end, meeting.style.time), spare))
    return "\n".join(lines) + "\n\n" + plan_summary(meeting, allocation)


def plan_summary(meeting, allocation) -> str:
    """One line: how much of the meeting the plan uses, and where it splits items."""
    sittings = allocation.sittings
    used = sum(s.used for s in sittings)
    capacity = sum(s.capacity for s in sittings)
    days = len({s.sitting.date for s in sittings})
    taken = [s for s in sittings if s.pieces]
    split = [n for n in dict.fromkeys(p.item for s in sittings for p in s.pieces)
             if sum(1 for s in sittings for p in s.pieces if p.item == n) > 1]
    from egmplan.style import get_style

    return get_style(meeting.style.language).plan_summary(
        meeting.id, used, capacity, len(taken), len(sittings), days, split) + "\n"


def _due(style, deadline, moment, clock: str, cob: bool) -> str:
    if moment is None:
        return style.deadline_due(deadline.date, None)
    return style.deadline_due(moment.date(), moment.time(), clock, cob=cob)


def deadlines_text(meeting, zone_choice=None, width: int | None = None) -> str:
    """Each deadline in venue time and, with a zone, in that zone's time on that date; a list
    instead of a table when ``width`` (a terminal's) is too narrow for it."""
    from egmplan.planning.deadlines import deadline_times

    style = get_style(meeting.style.language)

    zone = zone_choice.zone if zone_choice else None
    typed = getattr(zone_choice, "shown_as", None)
    shown = f"{typed} ({zone})" if typed else zone  # what the user typed beside the zone (issue 10, point 14)
    rows = [style.deadline_columns(meeting.venue, shown if zone else None)]
    for times in deadline_times(meeting, zone):
        d = times.deadline
        row = (d.label, _due(style, d, times.venue, meeting.style.time, d.cob))
        if zone:
            row += (_due(style, d, times.local, meeting.style.time, False)
                    + (style.deadline_all_day_note() if times.all_day else ""),)
        rows.append(row)
    if len(rows) == 1:
        return style.no_deadlines(meeting.id) + "\n"
    head = style.deadlines_heading(meeting.id, meeting.venue, meeting.timezone, meeting.close_of_business)
    lines = (textwrap.wrap(head, width) if width else [head]) + [""]
    return "\n".join(lines + table_lines(rows, width=width)) + "\n"
