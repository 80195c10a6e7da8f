"""``egmplan connections``: speaking and listening connections of a hybrid meeting (the rule of the 2020 organization of work)."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from egmplan.cli import common
from egmplan.cli.completion import complete_meeting
from egmplan.cli.formats import format_option
from egmplan.cli.participants_opt import PARTICIPANTS_HELP
from egmplan.render.registry import CONNECTIONS

INTERPREFY_CAPACITY = 300  # 2020 organization of work: "300 speaking slots/connections per meeting"


def connections(
    meeting: Optional[str] = typer.Option(None, "-m", "--meeting", metavar="MEETING", help=common.MEETING_HELP,
                                           autocompletion=complete_meeting),
    participants: Optional[str] = typer.Option(None, "--participants", metavar="FILE", help=PARTICIPANTS_HELP),
    capacity: Optional[int] = typer.Option(None, "--capacity", min=1, metavar="N",
                                           help="Speaking connections the platform allows. Default: the "
                                                "meeting's speaking.connections, else 300 (Interprefy's limit in 2020)."),
    output_format: str = format_option(CONNECTIONS, default="table"),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
    language: Optional[str] = common.lang_option(),
    allow_untranslated: bool = common.allow_untranslated_option(),
) -> None:
    """Share out speaking connections: 2 per member delegation, 1 per observer delegation;
    1 for all when that passes the capacity; a leftover too small for one more each goes
    to the panellists; the rest of each delegation listens.

    The json format is {"delegations": [{"name", "role", "country", "delegates", "speaking",
    "listening"}], "total_speaking", "leftover_to_panellists"}.

    \b
    Examples:
      egmplan connections -m egm-cybercrime-2020 --participants egm-cybercrime-2020-sample
      egmplan connections --participants member-states --capacity 300 --format json
    """
    from egmplan.cli.participants_opt import resolve_participants
    from egmplan.planning.connections import allocate

    chosen = common.pick_meeting_in(meeting, quiet, language, allow_untranslated, False)
    people = resolve_participants(participants, chosen, fallback_member_states=False, quiet=quiet)
    limit = capacity or chosen.speaking_connections or INTERPREFY_CAPACITY
    result = allocate(people, limit)
    if output_format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n")
        return
    from egmplan.render.planning_text import connections_text

    sys.stdout.write(connections_text(chosen, result))
