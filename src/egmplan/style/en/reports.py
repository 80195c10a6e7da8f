"""English: the planning commands' reports (orgwork plan, deadlines, who is awake, suggest,
connections) and the changes between two drafts (egmplan diff); the long texts are
imported only by the commands that print them."""

from __future__ import annotations

from datetime import date, time

from egmplan.style.en.dates import format_date


# --- reports of the planning commands (orgwork plan, deadlines, who is awake) -------------

def plan_columns() -> tuple[str, ...]:
    """Columns of ``egmplan orgwork plan``."""
    return ("Date", "Time", "Item", "Title", "Minutes")


def plan_time_left() -> str:
    return "Time left:"


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    """Columns of ``egmplan deadlines``: ``What``, ``Due (Vienna time)``, ``In Asia/Tokyo``."""
    return ("What", f"Due ({venue} time)") + ((f"In {zone}",) if zone else ())


def deadline_all_day_note() -> str:
    return " (all day, venue date)"


def no_deadlines(meeting_id: str) -> str:
    return f"{meeting_id} lists no deadlines"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    """``Deadlines for ID (Vienna, Europe/Vienna; COB is 18:00 at the venue)``."""
    return (f"Deadlines for {meeting_id} ({venue}, {zone}; COB is "
            f"{close_of_business:%H:%M} at the venue)")


def awake_title(participants: int, meeting_id: str) -> str:
    """The who-is-awake heat map's title."""
    return f"Who is awake: {participants} participants at each sitting of {meeting_id}, local time"


def awake_table_title(participants: int) -> str:
    """The who-is-awake table's title in the terminal."""
    return f"Who is awake: {participants} participants, delegations (delegates) per comfort class"


def awake_columns() -> tuple[str, ...]:
    """The who-is-awake table's first columns (the comfort classes follow)."""
    return ("Date", "Sitting")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    """``At night, Tuesday, 6 April 2021, 10 a.m.–1 p.m. (2): Fiji, Samoa``."""
    return f"At night, {day}, {sitting} ({count}): {names}"


def notes_heading() -> str:
    """Above the schedule's notes in plain text."""
    return "Notes:"


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` (:class:`egmplan.style.en_changes.ChangeWording`);
    ``user`` makes user text inert in the output format."""
    import sys

    from egmplan.style.en_changes import ChangeWording

    return ChangeWording(sys.modules[__package__], clock, markdown, user)


def plan_heading(meeting_id: str, min_split: int) -> str:
    """The head of ``egmplan orgwork plan``."""
    return (f"Organization of work planned for {meeting_id} from estimated_minutes "
            f"(an item shorter than {min_split} minutes is never split)")


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    """``Tuesday, 6 April 2021, 3–6 p.m.: 20 minutes``."""
    return f"{format_date(day, weekday=True)}, {times}: {minutes} minutes"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """One line: ``ID: 1,020 of 1,080 minutes planned in 6 sittings of 6 on 3 days, 60 left;
    split over several sittings: 2, 3.``"""
    text = (f"{meeting_id}: {used:,} of {capacity:,} minutes planned in {_count(taken, 'sitting')} of "
            f"{sittings} on {_count(days, 'day')}, {capacity - used:,} left")
    if split:
        text += f"; split over several sittings: {', '.join(split)}"
    return text + "."


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` (:mod:`egmplan.style.en_reports`)."""
    import sys

    from egmplan.style.en_reports import suggestion_report as report

    return report(sys.modules[__package__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` (:mod:`egmplan.style.en_reports`)."""
    from egmplan.style.en_reports import connections_report as report

    return report(meeting, result)
