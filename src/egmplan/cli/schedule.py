"""``egmplan schedule``: every sitting in participants' local time, and calendar files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from egmplan.cli import common
from egmplan.cli.completion import complete_meeting, complete_zone
from egmplan.cli.formats import format_option
from egmplan.render.registry import CALENDAR, SCHEDULE

KINDS = (SCHEDULE, CALENDAR)


def schedule(
    meeting: Optional[str] = typer.Option(None, "-m", "--meeting", metavar="MEETING", help=common.MEETING_HELP,
                                           autocompletion=complete_meeting),
    zones: Optional[List[str]] = typer.Option(
        None, "--tz", metavar="ZONE", autocompletion=complete_zone,
        help="A zone or place, repeatable: an IANA name (Asia/Bangkok), a city (Bangkok, "
             "'Addis Ababa'), a country name or ISO code (Norway, NO), venue, UTC, or all "
             "(every zone of zone1970.tab). Default: venue."),
    output_format: Optional[str] = format_option(*KINDS, terminal_default=True),
    working: Optional[str] = typer.Option(
        None, "--working", metavar="HH:MM-HH:MM", help="Working hours, local time. Default 08:00-19:00."),
    night: Optional[str] = typer.Option(
        None, "--night", metavar="HH:MM-HH:MM", help="Night, local time. Default 22:00-06:00."),
    layout: Optional[str] = typer.Option(
        None, "--layout", help="wide (a column per zone) or long (a row per zone and sitting). "
                               "Default: wide up to 5 zones."),
    output: Optional[str] = typer.Option(
        None, "-o", "--output", metavar="FILE",
        help="Write to this file (atomically; a symbolic link is written through) instead of stdout."),
    participants: Optional[str] = typer.Option(
        None, "--participants", metavar="FILE",
        help="Who is awake (table and html): per sitting, delegations and delegates in each comfort class, and "
             "who sits at night. A participants file, a name in participants/, or member-states."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Do not repeat the notes on stderr."),
    language: Optional[str] = common.lang_option(),
    allow_untranslated: bool = common.allow_untranslated_option(),
) -> None:
    """Show each sitting in every zone asked for: local start and end on that date, the
    day shift (+1, −1), the zone's abbreviation and UTC offset, and a comfort class
    (working, early/late, night). Notes say when a zone's difference from the venue
    changes during the meeting or is not the usual one.

    Results go to stdout, notes to stderr. Exit 2 on a bad command line (unknown zone).

    \b
    Examples:
      egmplan schedule -m egm-cybercrime-2021 --tz Bangkok --tz Bogota --tz Apia
      egmplan schedule --tz all --format json > schedule.json
      egmplan schedule --format ics -o sittings.ics
      egmplan schedule --tz Bangkok --format pdf -o schedule.pdf
    """
    from egmplan.planning.comfort import ComfortBounds
    from egmplan.planning.schedule import build_schedule
    from egmplan.zone_specs import UnknownPlaceError, resolve_zone_specs
    from egmplan.tz import meeting_days
    from egmplan.render import registry
    from egmplan.render.schedule.view import LONG, WIDE, build_view

    if layout not in (None, WIDE, LONG):
        raise typer.BadParameter(f"expected wide or long, got {layout!r}", param_hint="--layout")
    output = common.output_path(output)
    from egmplan.cli.formats import terminal_or_text

    output_format = terminal_or_text(output_format, output is None and sys.stdout.isatty())
    if output is None:
        common.refuse_binary_on_terminal(registry.find(KINDS, output_format), "give -o FILE or redirect it")
    try:
        bounds = ComfortBounds.parse(working, night)
    except ValueError as exc:
        raise common.fail(str(exc), common.EXIT_USAGE)

    chosen_meeting = common.pick_meeting_in(meeting, quiet, language, allow_untranslated, output_format in ("html", "pdf"))
    try:
        days = meeting_days(chosen_meeting.start, chosen_meeting.end)
        choices = resolve_zone_specs(zones or ["venue"], chosen_meeting.timezone, days)
    except UnknownPlaceError as exc:
        raise common.fail(f"--tz {exc.spec}: {exc}", common.EXIT_USAGE)
    if not quiet:
        for choice in choices:
            for note in choice.notes:
                common.stderr(f"egmplan: note: {note}")

    typed = {c.zone: c.shown_as for c in choices if c.shown_as}
    result = build_schedule(chosen_meeting, [c.zone for c in choices], bounds=bounds, typed=typed)
    if not quiet:
        from egmplan.style import get_style

        style = get_style(chosen_meeting.style.language)
        for note in result.notes:
            common.stderr(f"egmplan: note: {style.offset_note(note)}")
    awake = None
    if participants:  # issue 5: who is awake
        from egmplan.cli.participants_opt import resolve_participants
        from egmplan.planning.awake import who_is_awake

        people = resolve_participants(participants, chosen_meeting, fallback_member_states=False, quiet=quiet)
        awake = who_is_awake(chosen_meeting, people, bounds)

    exporter = registry.find(KINDS, output_format)
    if exporter.terminal:  # the table, drawn here with Rich
        from rich.console import Console

        from egmplan.cli.schedule_table import print_table

        view = build_view(result, layout=layout)
        long_view = None if layout else (lambda: build_view(result, layout="long"))
        if output is None:
            print_table(view, Console(soft_wrap=False), long_view)
            if awake:
                from egmplan.cli.awake_table import print_awake

                print_awake(chosen_meeting, awake, Console(soft_wrap=False))
            return
        import io

        buffer = io.StringIO()
        print_table(view, Console(file=buffer, width=common.columns_setting(120), no_color=True), long_view)
        if awake:
            from egmplan.cli.awake_table import print_awake

            print_awake(chosen_meeting, awake, Console(file=buffer, width=common.columns_setting(120), no_color=True))
        data = buffer.getvalue()
    elif exporter.kind == CALENDAR:
        from egmplan.output import build_timestamp
        from egmplan.render.calendar_view import build_calendar_view

        stamp = build_timestamp(common.source_date_epoch(), chosen_meeting.issued)
        data = exporter.render(build_calendar_view(chosen_meeting, timestamp=stamp))
    else:
        from egmplan.output import build_timestamp
        from egmplan.render.schedule import ScheduleInput

        stamp = build_timestamp(common.source_date_epoch(), chosen_meeting.issued)
        data = exporter.render(ScheduleInput(result, layout, tuple(awake or ()), stamp))
    if isinstance(data, str):
        data = data.encode("utf-8")
    if output is not None:
        from egmplan.output import resolve_link, write_files

        write_files({resolve_link(Path(output)): data})
        if not quiet:
            common.stderr(f"egmplan: wrote {common.display_path(Path(output))}")
        return
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
