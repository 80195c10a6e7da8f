"""``egmplan suggest``: the best venue-local sitting times for worldwide participants."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from egmplan.cli import common
from egmplan.cli.completion import complete_meeting
from egmplan.cli.formats import format_option
from egmplan.cli.participants_opt import PARTICIPANTS_HELP
from egmplan.render.registry import SUGGESTION


def suggest(
    meeting: Optional[str] = typer.Option(None, "-m", "--meeting", metavar="MEETING", help=common.MEETING_HELP,
                                           autocompletion=complete_meeting),
    participants: Optional[str] = typer.Option(None, "--participants", metavar="FILE", help=PARTICIPANTS_HELP
                                               + " Without either: member-states."),
    sittings: Optional[int] = typer.Option(None, "--sittings", min=1, max=6,
                                           help="Sittings a day. Default: as many as the meeting has (else 2)."),
    length: Optional[str] = typer.Option(None, "--length", metavar="DURATION",
                                         help="Length of each sitting: 2h, 90m, 1h30. Default: the meeting's "
                                              "(else 2h)."),
    gap: Optional[str] = typer.Option(None, "--break", metavar="DURATION",
                                      help="Shortest break between sittings. Default: 1h, or the meeting's own "
                                           "if shorter."),
    between: str = typer.Option("08:00-22:00", "--between", metavar="HH:MM-HH:MM",
                                help="Hours the venue can staff (interpreters work at the venue), venue time."),
    top: int = typer.Option(5, "--top", min=1, max=100, help="How many candidates to show."),
    night_weight: float = typer.Option(4.0, "--night-weight", min=0.0, max=1000.0,
                                       help="What a delegate-hour at night costs, against 1 early or late."),
    working: Optional[str] = typer.Option(None, "--working", metavar="HH:MM-HH:MM",
                                          help="Working hours, local time. Default 08:00-19:00."),
    night: Optional[str] = typer.Option(None, "--night", metavar="HH:MM-HH:MM",
                                        help="Night, local time. Default 22:00-06:00."),
    output_format: str = format_option(SUGGESTION, default="table"),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
    language: Optional[str] = common.lang_option(),
    allow_untranslated: bool = common.allow_untranslated_option(),
) -> None:
    """Find the best sitting times at the venue for the meeting's participants.

    Scores every pattern on a 15-minute grid, on each sitting day with its own UTC
    offsets (one pattern for all days): night hours count heavily, early/late lightly,
    each participant weighted by delegates. Prints the best candidates and who pays,
    and where the meeting's own sittings rank. Without --sittings and --length, the
    patterns have the shape of the meeting's own sittings.

    The json format is {"candidates": [{"sittings": [{"start", "end"}], "score", "counts":
    {"working", "early_late", "night"}}]}, best first; a lower score is better.

    \b
    Examples:
      egmplan suggest -m egm-cybercrime-2020 --participants member-states --between 08:00-20:00
      egmplan suggest --sittings 2 --length 2h --break 1h --format json
    """
    from egmplan.planning.comfort import ComfortBounds
    from egmplan.planning.suggest import meeting_shape, parse_between, parse_duration
    from egmplan.planning.suggest import suggest as run_suggest

    if night_weight != night_weight:  # NaN passes min and max: every comparison with it is false
        raise typer.BadParameter("expected a number from 0.0 to 1000.0, got nan", param_hint="'--night-weight'")
    try:
        minutes = parse_duration(length) if length is not None else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--length'")
    try:
        break_minutes = parse_duration(gap, zero=True) if gap is not None else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--break'")
    try:
        window = parse_between(between)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--between'")
    try:
        bounds = ComfortBounds.parse(working, night)
    except ValueError as exc:
        raise common.fail(str(exc), common.EXIT_USAGE)

    from egmplan.cli.participants_opt import resolve_participants

    chosen = common.pick_meeting_in(meeting, quiet, language, allow_untranslated, False)
    people = resolve_participants(participants, chosen, fallback_member_states=True, quiet=quiet)
    own_count, own_length, own_break = meeting_shape(chosen) or (2, 120, 60)
    sittings = own_count if sittings is None else sittings
    minutes = own_length if minutes is None else minutes
    if break_minutes is None:
        break_minutes = 60 if own_break is None else min(60, own_break)
    result = run_suggest(chosen, people, count=sittings, length=minutes, gap=break_minutes, between=window,
                         top=top, bounds=bounds, night_weight=night_weight)
    if output_format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n")
        return
    from egmplan.render.planning_text import suggestion_text

    sys.stdout.write(suggestion_text(chosen, result, count=sittings, length=minutes, gap=break_minutes,
                                     between=window, night_weight=night_weight))
