"""Plain-text reports of the planning commands (suggest, connections, orgwork plan, deadlines).

Plain text, not Rich, so that a report is the same bytes in a terminal, a pipe and a test.
"""

from __future__ import annotations

import textwrap

from egmplan.style import format_date_range

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
    from egmplan.planning.suggest import _words, clock

    days = f"{len(suggestion.dates)} sitting day{'s' if len(suggestion.dates) != 1 else ''}"
    lines = [
        f"Sitting times for {meeting.id}: {meeting.venue} ({meeting.timezone}), "
        f"{format_date_range(meeting.start, meeting.end)}, {days}",
        f"{suggestion.participants} participants ({suggestion.delegates} delegates); {count} sitting"
        f"{'s' if count != 1 else ''} of {_words(length)} a day, breaks of at least {_words(gap)}, between "
        f"{clock(between[0])} and {clock(between[1])}",
        f"{suggestion.patterns} patterns scored; score = delegate-hours early or late + {night_weight:g} × "
        "delegate-hours at night, over all days (lower is better); counts take each delegation's worst sitting",
        "",
    ]
    for n, candidate in enumerate(suggestion.candidates, start=1):
        lines += _candidate_lines(f"{n:>2}. ", candidate)
    if suggestion.current is not None:
        current = suggestion.current
        lines += ["", f"The meeting's own sittings rank {current.rank} of {suggestion.patterns}:"]
        lines += _candidate_lines("    ", current)
    return "\n".join(lines) + "\n"
