"""``egmplan orgwork plan``: allocate agenda items to sittings from ``estimated_minutes``.

Registered as ``orgwork plan`` while ``orgwork`` is a single command; it becomes
``orgwork plan`` when ``orgwork`` turns into a group.
"""

from __future__ import annotations

import sys
from typing import List, Optional

import typer

from egmplan.cli import common
from egmplan.cli.completion import complete_meeting


def plan(
    meeting: Optional[str] = typer.Option(None, "-m", "--meeting", metavar="MEETING", help=common.MEETING_HELP,
                                           autocompletion=complete_meeting),
    min_split: int = typer.Option(30, "--min-split", min=0, metavar="MINUTES",
                                  help="Never split an item shorter than this (nor start a piece in less room)."),
    estimates: Optional[List[str]] = typer.Option(
        None, "--estimate", metavar="ITEM=MINUTES",
        help='Set or override an item\'s estimated_minutes for this plan, repeatable: --estimate "1 (a)=10".'),
    write: bool = typer.Option(False, "--write",
                               help="Replace the organization_of_work block in the meeting file (the rest of the "
                                    "file, comments included, stays as it is; the old file is kept as FILE.bak)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
) -> None:
    """Allocate the agenda items to the sittings, in agenda order, from their estimated_minutes.

    An item that does not fit the rest of a sitting continues at the next one (a
    "(continued)" row); an item shorter than --min-split minutes is never split.

    \b
    Examples:
      egmplan orgwork plan -m egm-cybercrime-2020 --estimate "1 (a)=10" --estimate "1 (b)=10" --estimate 2=280 --estimate 3=280 --estimate 4=20 --estimate 5=120
      egmplan orgwork plan -m egm-cybercrime-2020 --min-split 60 --estimate "1 (a)=10" --estimate "1 (b)=10" --estimate 2=250 --estimate 3=250 --estimate 4=30 --estimate 5=120
    """
    from egmplan.errors import PlanningError
    from egmplan.planning.allocate import allocate, with_estimates
    from egmplan.render.planning_text import plan_text

    given = {}
    for text in estimates or ():
        ref, sep, minutes = text.rpartition("=")
        if not sep or not minutes.strip().isdigit() or int(minutes) < 1 or not ref.strip():
            raise typer.BadParameter(f"expected ITEM=MINUTES such as \"1 (a)=10\", got {text!r}",
                                     param_hint="'--estimate'")
        given[ref] = int(minutes)
    chosen = common.pick_meeting(meeting, quiet)
    try:
        chosen = with_estimates(chosen, given)
    except KeyError as exc:
        raise common.fail(f"--estimate: {exc.args[0]!r} is no agenda item of {chosen.id}", common.EXIT_USAGE)
    try:
        allocation = allocate(chosen, min_split=min_split)
    except PlanningError as exc:
        raise common.fail(str(exc))
    sys.stdout.write(plan_text(chosen, allocation))
    if not write:
        return
    _write_back(chosen, allocation, quiet)


def _write_back(meeting, allocation, quiet: bool) -> None:
    from pathlib import Path

    from egmplan.errors import PlanningError
    from egmplan.loader import load_meeting_text
    from egmplan.output import write_atomic
    from egmplan.planning.allocate import organization_yaml
    from egmplan.planning.writeback import replace_block

    path = Path(meeting.source)
    original = path.read_bytes()
    text = original.decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    try:
        updated = replace_block(text, "organization_of_work", organization_yaml(allocation, newline))
    except PlanningError as exc:
        raise common.fail(f"{meeting.source}: {exc}")
    check = load_meeting_text(updated, meeting.source, meeting.id)
    if check.meeting is None or check.meeting.organization != allocation.plans():
        for diagnostic in check.errors:
            common.stderr(str(diagnostic))
        raise common.fail(f"{meeting.source}: the rewritten file would not give this plan; nothing written")
    backup = path.with_name(path.name + ".bak")
    write_atomic(backup, original)
    write_atomic(path, updated.encode("utf-8"))
    if not quiet:
        common.stderr(f"egmplan: wrote organization_of_work to {meeting.source} (previous file: {backup.name})")
