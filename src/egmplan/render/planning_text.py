"""Plain-text reports of the planning commands (suggest, connections, orgwork plan, deadlines).

Plain text, not Rich, so that a report is the same bytes in a terminal, a pipe and a test.
"""

from __future__ import annotations

import textwrap

from egmplan.render.plaintable import table_lines
from egmplan.style import get_style

WIDTH = 100


def _names(label: str, people) -> list[str]:
    if not people:
        return []
    text = f"{label} ({len(people)}): " + ", ".join(p.name for p in people)
    return textwrap.wrap(text, WIDTH, initial_indent="    ", subsequent_indent="      ")


def _candidate_lines(head: str, candidate) -> list[str]:
    counts = candidate.counts
    lines = [f"{head}{candidate.label}   score {candidate.score:g}   working {counts['working']}, "
             f"early/late {counts['early_late']}, night {counts['night']}"]
    lines += _names("At night", candidate.night)
    lines += _names("Early or late", candidate.early_late)
    return lines


def suggestion_text(meeting, suggestion, *, count: int, length: int, gap: int, between: tuple[int, int],
                    night_weight: float) -> str:
    from egmplan.planning.suggest import clock, duration_words

    format_date_range = get_style(meeting.style.language).format_date_range
    days = f"{len(suggestion.dates)} sitting day{'s' if len(suggestion.dates) != 1 else ''}"
    lines = [
        f"Sitting times for {meeting.id}: {meeting.venue} ({meeting.timezone}), "
        f"{format_date_range(meeting.start, meeting.end)}, {days}",
        f"{suggestion.participants} participants ({suggestion.delegates} delegates); {count} sitting"
        f"{'s' if count != 1 else ''} of {duration_words(length)} a day, breaks of at least "
        f"{duration_words(gap)}, between {clock(between[0])} and {clock(between[1])}",
        f"{suggestion.patterns} patterns scored; score = delegate-hours early or late + {night_weight:g} × "
        "delegate-hours at night, over all days (lower is better); counts take each delegation's worst sitting",
        "",
    ]
    for n, candidate in enumerate(suggestion.candidates, start=1):
        lines += _candidate_lines(f"{n:>2}. ", candidate)
    lines += [""] + _own_lines(suggestion, count, length)
    return "\n".join(lines) + "\n"


def _own_lines(suggestion, count: int, length: int) -> list[str]:
    """Where the meeting's own sittings rank, or why they cannot be ranked against these."""
    from egmplan.planning.suggest import RANK_LIMIT, clock, duration_words

    current = suggestion.current
    if current is not None:
        place = (f"rank {current.rank} of {suggestion.patterns}" if current.rank is not None
                 else f"rank below the best {RANK_LIMIT:,} of {suggestion.patterns}")
        return [f"The meeting's own sittings {place}:"] + _candidate_lines("    ", current)
    if suggestion.own is None:
        return ["The meeting's own sittings differ from day to day, so they are not ranked."]
    own = ", ".join(f"{clock(a)}–{clock(b)}" for a, b in suggestion.own)
    return [f"The meeting's own sittings ({own}) are not ranked: they are not {count} sitting"
            f"{'s' if count != 1 else ''} of {duration_words(length)} within these hours and breaks."]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def connections_text(meeting, result) -> str:
    """The allocation, the rule as it applied, and a table of every delegation and panellist."""
    members = sum(1 for a in result.allocations if a.participant.role == "member")
    observers = sum(1 for a in result.allocations if a.participant.role == "observer")
    delegations = members + observers
    base = 2 * members + observers
    lines = [f"Speaking connections for {meeting.id}: capacity {result.capacity}"]
    rule = (f"Rule of the 2020 organization of work: 2 per member delegation and 1 per observer delegation: "
            f"2 × {members} + 1 × {observers} = {base}")
    if result.reduced:
        lines.append(f"{rule}, more than {result.capacity}; so 1 for each of the {delegations} delegations "
                     f"= {result.total_speaking}.")
    else:
        lines.append(f"{rule}, within the capacity.")
    if result.extra_round:
        lines.append(f"The leftover ({result.capacity - base}) allows one more for each of the {delegations} "
                     f"delegations: {result.per_member} per member and {result.per_observer} per observer "
                     f"delegation = {result.total_speaking}.")
    leftover = result.leftover_to_panellists
    given = leftover - result.unused
    panellists = result.panellists
    lines.append(f"Leftover to the panellists: {leftover}; {_plural(panellists, 'panellist')} "
                 f"{'takes' if panellists == 1 else 'take'} {given}" + (f", {result.unused} unused." if result.unused else "."))
    lines.append("")
    name_width = max([len("Name")] + [len(a.participant.name) for a in result.allocations])
    header = f"{'Name':<{name_width}}  {'Role':<9}  {'Delegates':>9}  {'Speaking':>8}  {'Listening':>9}"
    lines += [header, "-" * len(header)]
    for a in result.allocations:
        p = a.participant
        lines.append(f"{p.name:<{name_width}}  {p.role:<9}  {p.delegates:>9}  {a.speaking:>8}  {a.listening:>9}")
    lines += ["-" * len(header),
              f"Total speaking (member and observer delegations): {result.total_speaking}",
              f"Leftover to panellists: {leftover}"]
    return "\n".join(lines) + "\n"


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
