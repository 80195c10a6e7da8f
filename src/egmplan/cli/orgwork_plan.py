"""``egmplan orgwork plan``: allocate agenda items to sittings from ``estimated_minutes``.

Registered as ``orgwork plan`` while ``orgwork`` is a single command; it becomes
``orgwork plan`` when ``orgwork`` turns into a group.
"""

from __future__ import annotations

import re
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
    pins: Optional[List[str]] = typer.Option(
        None, "--pin", metavar="ITEM=last|DATE",
        help='Take an item at the last sitting (at its end) or first on a date, repeatable: --pin 5=last, '
             '--pin "3=2021-04-07". An item with sub-items pins each of them.'),
    write: bool = typer.Option(False, "--write",
                               help="Replace the organization_of_work block in the meeting file (the rest of the "
                                    "file, comments included, stays as it is; the old file is kept as FILE.bak)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only the summary line (and problems)."),
) -> None:
    """Allocate the agenda items to the sittings, in agenda order, from their estimated_minutes.

    An item that does not fit the rest of a sitting continues at the next one (a
    "(continued)" row); an item shorter than --min-split minutes is never split.

    \b
    Examples:
      egmplan orgwork plan -m egm-cybercrime-2020 --estimate "1 (a)=10" --estimate "1 (b)=10" --estimate 2=280 --estimate 3=280 --estimate 4=20 --estimate 5=120
      egmplan orgwork plan -m egm-cybercrime-2020 --min-split 60 --estimate "1 (a)=10" --estimate "1 (b)=10" --estimate 2=250 --estimate 3=250 --estimate 4=30 --estimate 5=120
      egmplan orgwork plan -m egm-cybercrime-2020 --estimate "1 (a)=10" --estimate "1 (b)=10" --estimate 2=280 --estimate 3=250 --estimate 4=20 --estimate 5=60 --pin 5=last -q
    """
    from egmplan.app.writeback import UnknownReference
    from egmplan.app.writeback import plan as plan_items
    from egmplan.render.planning_text import plan_summary, plan_text

    given = {ref: minutes for ref, minutes in (_estimate(text) for text in estimates or ())}
    wanted_pins = [_pin(text) for text in pins or ()]
    chosen = common.pick_meeting(meeting, quiet)
    try:
        planned = plan_items(chosen, estimates=given, pins=wanted_pins, min_split=min_split)
    except UnknownReference as exc:
        raise common.fail(f"--{exc.given}: {exc}", common.EXIT_USAGE)
    chosen, allocation = planned.meeting, planned.allocation
    sys.stdout.write(plan_summary(chosen, allocation) if quiet else plan_text(chosen, allocation,
                                                                                    common.terminal_width()))
    if not write:
        return
    _write_back(planned, quiet)


_ESTIMATE = re.compile(r"(?P<ref>.*\S)\s*=\s*(?P<minutes>[0-9]{1,5})\s*")
_PIN = re.compile(r"(?P<ref>.*\S)\s*=\s*(?P<target>last|[0-9]{4}-[0-9]{2}-[0-9]{2})\s*")


def _estimate(text: str) -> tuple[str, int]:
    found = _ESTIMATE.fullmatch(text)
    if not found or int(found["minutes"]) < 1:
        raise typer.BadParameter(f"expected ITEM=MINUTES with 1 to 99999 minutes, such as \"1 (a)=10\", got {text!r}",
                                 param_hint="'--estimate'")
    return found["ref"], int(found["minutes"])


def _pin(text: str):
    from datetime import date

    from egmplan.planning.allocate import LAST

    found = _PIN.fullmatch(text)
    try:
        target = found and (LAST if found["target"] == LAST else date.fromisoformat(found["target"]))
    except ValueError:
        target = None
    if not target:
        raise typer.BadParameter(f"expected ITEM=last or ITEM=YYYY-MM-DD, such as 5=last, got {text!r}",
                                 param_hint="'--pin'")
    return found["ref"], target


def _write_back(planned, quiet: bool) -> None:
    from pathlib import Path

    from egmplan.app.writeback import WriteBackError, write_back

    try:
        written = write_back(planned)
    except WriteBackError as exc:  # the rewritten file's errors, then the reason (egmplan.cli.main)
        for diagnostic in exc.diagnostics:
            common.stderr(str(diagnostic))
        raise
    if not quiet:
        source = planned.meeting.source
        shown = source if written.path == Path(source) else \
            f"{source} (a link to {common.display_path(written.path)})"
        common.stderr(f"egmplan: wrote organization_of_work to {shown} (previous file: {written.backup.name})")
