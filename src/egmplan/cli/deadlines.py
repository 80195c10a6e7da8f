"""``egmplan deadlines``: the meeting's deadlines in venue time and in another zone."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from egmplan.cli import common
from egmplan.cli.completion import complete_meeting, complete_zone
from egmplan.cli.formats import format_option
from egmplan.render.registry import DEADLINES


def deadlines(
    meeting: Optional[str] = typer.Option(None, "-m", "--meeting", metavar="MEETING", help=common.MEETING_HELP,
                                           autocompletion=complete_meeting),
    zone: Optional[str] = typer.Option(None, "--tz", metavar="ZONE", autocompletion=complete_zone,
                                       help="Also show each deadline in this zone or place (Asia/Bangkok, "
                                            "Bangkok, Thailand, TH)."),
    output_format: str = format_option(DEADLINES, default="table"),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
    language: Optional[str] = common.lang_option(),
    allow_untranslated: bool = common.allow_untranslated_option(),
) -> None:
    """List the meeting's deadlines (relative ones counted from the first day), in venue time.

    The json format is {"meeting", "timezone", "zone", "zone_label", "deadlines": [{"label", "due", "date",
    "time", "all_day", "cob", "venue", "local"}]}.

    \b
    Examples:
      egmplan deadlines -m egm-cybercrime-2020
      egmplan deadlines -m egm-cybercrime-2020 --tz Bangkok --format json
    """
    from egmplan.planning.deadlines import deadlines_dict
    from egmplan.zone_specs import UnknownPlaceError, resolve_zone_spec
    from egmplan.tz import meeting_days

    chosen = common.pick_meeting_in(meeting, quiet, language, allow_untranslated, False)
    choice = None
    if zone:
        try:
            choice = resolve_zone_spec(zone, chosen.timezone, meeting_days(chosen.start, chosen.end))
        except UnknownPlaceError as exc:
            raise common.fail(f"--tz {exc.spec}: {exc}", common.EXIT_USAGE)
        if isinstance(choice, list):
            raise common.fail("--tz all is not for deadlines; give one zone", common.EXIT_USAGE)
        if not quiet:
            for note in choice.notes:
                common.stderr(f"egmplan: note: {note}")
    if output_format == "json":
        data = deadlines_dict(chosen, choice.zone if choice else None, choice.shown_as if choice else None)
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    from egmplan.render.planning_text import deadlines_text

    sys.stdout.write(deadlines_text(chosen, choice, common.terminal_width()))
