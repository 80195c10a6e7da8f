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
    from egmplan.planning.allocate import UnknownItemError, allocate, item_number, with_estimates
    from egmplan.render.planning_text import plan_summary, plan_text

    given = {ref: minutes for ref, minutes in (_estimate(text) for text in estimates or ())}
    wanted_pins = [_pin(text) for text in pins or ()]
    chosen = common.pick_meeting(meeting, quiet)
    try:
        chosen = with_estimates(chosen, given)
    except UnknownItemError as exc:
        raise common.fail(f"--estimate: {exc}", common.EXIT_USAGE)
    try:
        pinned = {item_number(chosen, ref): target for ref, target in wanted_pins}
    except UnknownItemError as exc:
        raise common.fail(f"--pin: {exc}", common.EXIT_USAGE)
    allocation = allocate(chosen, min_split=min_split, pins=pinned)
    sys.stdout.write(plan_summary(chosen, allocation) if quiet else plan_text(chosen, allocation,
                                                                                    common.terminal_width()))
    if not write:
        return
    _write_back(chosen, allocation, quiet)


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


def _write_back(meeting, allocation, quiet: bool) -> None:
    from pathlib import Path

    from egmplan.errors import PlanningError
    from egmplan.loader import load_meeting_text
    from egmplan.output import resolve_link, write_files
    from egmplan.planning.allocate import organization_yaml
    from egmplan.planning.writeback import line_ending, replace_block

    path = resolve_link(Path(meeting.source))  # a linked meeting file is changed where it lives
    original = path.read_bytes()
    text = original.decode("utf-8")
    newline = line_ending(text)
    try:
        keys = {item.number: item.key for item in meeting.all_items() if item.key}
        updated = replace_block(text, "organization_of_work", organization_yaml(allocation, newline, keys))
    except PlanningError as exc:
        raise common.fail(f"{meeting.source}: {exc}")
    check = load_meeting_text(updated, meeting.source, meeting.id)
    if check.meeting is None or check.meeting.organization != allocation.plans():
        for diagnostic in check.errors:
            common.stderr(str(diagnostic))
        raise common.fail(f"{meeting.source}: the rewritten file would not give this plan; nothing written")
    backup = path.with_name(path.name + ".bak")
    write_files({backup: original, path: updated.encode("utf-8")})  # the backup first
    if not quiet:
        shown = meeting.source if path == Path(meeting.source) else \
            f"{meeting.source} (a link to {common.display_path(path)})"
        common.stderr(f"egmplan: wrote organization_of_work to {shown} (previous file: {backup.name})")
