"""English wording of the planning commands' reports (``egmplan suggest``, ``egmplan
connections``), as :func:`egmplan.style.en.reports.suggestion_report` and
:func:`egmplan.style.en.reports.connections_report` hand them out. Imported only by those commands.

Plain text, not Rich, so that a report is the same bytes in a terminal, a pipe and a test.
"""

from __future__ import annotations

import textwrap

WIDTH = 100


def clock(minute: int) -> str:
    """Venue minute of the day -> ``HH:MM`` (``24:00`` for the end of the day)."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def duration_words(minutes: int) -> str:
    """``2 hours``, ``1 hour 30 minutes``, ``45 minutes``."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


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


def suggestion_report(style, meeting, suggestion, *, count: int, length: int, gap: int,
                      between: tuple[int, int], night_weight: float, rank_limit: int) -> str:
    """The report of ``egmplan suggest``: the candidates ranked, and where the meeting's own
    sittings rank (``rank_limit``: how many candidates are ranked at most)."""
    format_date_range = style.format_date_range
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
    lines += [""] + _own_lines(suggestion, count, length, rank_limit)
    return "\n".join(lines) + "\n"


def _own_lines(suggestion, count: int, length: int, rank_limit: int) -> list[str]:
    """Where the meeting's own sittings rank, or why they cannot be ranked against these."""
    current = suggestion.current
    if current is not None:
        place = (f"rank {current.rank} of {suggestion.patterns}" if current.rank is not None
                 else f"rank below the best {rank_limit:,} of {suggestion.patterns}")
        return [f"The meeting's own sittings {place}:"] + _candidate_lines("    ", current)
    if suggestion.own is None:
        return ["The meeting's own sittings differ from day to day, so they are not ranked."]
    own = ", ".join(f"{clock(a)}–{clock(b)}" for a, b in suggestion.own)
    return [f"The meeting's own sittings ({own}) are not ranked: they are not {count} sitting"
            f"{'s' if count != 1 else ''} of {duration_words(length)} within these hours and breaks."]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def connections_report(meeting, result) -> str:
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
