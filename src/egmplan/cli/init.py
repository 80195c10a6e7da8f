"""``egmplan init``: start a new meeting file, by questions or by flags."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from egmplan.cli import common


def _ask(value, prompt: str, interactive: bool, missing: list[str], flag: str, default=None, kind=str):
    if value is not None:
        return value
    if interactive:
        return typer.prompt(prompt, default=default, type=kind)
    if default is not None:
        return default
    missing.append(flag)
    return None


def init(
    meeting_id: str = typer.Argument(..., metavar="MEETING_ID", help="Id of the new meeting: the file is meetings/<id>.yaml."),
    body: Optional[str] = typer.Option(None, help="The body's full name."),
    short_body: Optional[str] = typer.Option(None, help="The body's name in running text (default: --body)."),
    number: Optional[int] = typer.Option(None, min=1, max=999, help="Which meeting of the body (7 = seventh)."),
    kind: str = typer.Option("meeting", help="meeting or session."),
    venue: Optional[str] = typer.Option(None, help="City of the venue."),
    timezone: Optional[str] = typer.Option(None, help="IANA zone of the venue (default: the venue's)."),
    start: Optional[str] = typer.Option(None, help="First day, YYYY-MM-DD."),
    end: Optional[str] = typer.Option(None, help="Last day, YYYY-MM-DD."),
    sittings: Optional[str] = typer.Option(None, help='Daily sittings, e.g. "10:00-13:00,15:00-18:00".'),
    symbol: Optional[str] = typer.Option(None, help="Document symbol of the agenda."),
    force: bool = typer.Option(False, "--force", help="Replace an existing file."),
) -> None:
    """Start a new meeting file that passes validate and builds at once.

    Asks for what the flags do not give when run in a terminal; in scripts, give every flag.

    \b
    Example:
      egmplan init egm-2027 --body "Expert Group on Testing" --number 1 --venue Vienna --start 2027-04-06 --end 2027-04-08 --sittings 10:00-13:00,15:00-18:00
    """
    from egmplan import scaffold, tz
    from egmplan.output import write_atomic

    if kind not in ("meeting", "session"):
        raise typer.BadParameter("expected meeting or session", param_hint="--kind")
    interactive = stdin_is_terminal()
    missing: list[str] = []
    body = _ask(body, "Body (full name)", interactive, missing, "--body")
    number = _ask(number, "Meeting number", interactive, missing, "--number", kind=int)
    venue = _ask(venue, "Venue (city)", interactive, missing, "--venue")
    suggested = _zone_for(venue) if venue and timezone is None else None
    timezone = _ask(timezone, "Time zone of the venue", interactive, missing, "--timezone", default=suggested)
    start = _ask(start, "First day (YYYY-MM-DD)", interactive, missing, "--start")
    end = _ask(end, "Last day (YYYY-MM-DD)", interactive, missing, "--end", default=start)
    sittings = _ask(sittings, "Daily sittings", interactive, missing, "--sittings", default="10:00-13:00,15:00-18:00")
    if missing:
        raise typer.BadParameter(f"give {', '.join(missing)} (or run in a terminal to be asked)")
    found = tz.check_zone(timezone)
    if found.error:
        hint = f"; did you mean {found.suggestion!r}?" if found.suggestion else ""
        raise typer.BadParameter(found.error + hint, param_hint="--timezone")
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--start/--end")
    if last < first:
        raise typer.BadParameter("the last day comes before the first", param_hint="--end")
    try:
        pattern = scaffold.parse_sittings(sittings)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--sittings")
    new = scaffold.NewMeeting(body=body, number=number, venue=venue, timezone=found.name, start=first,
                              end=last, sittings=pattern, short_body=short_body, kind=kind, symbol=symbol)
    target = common.folder() if common.folder().is_dir() and common.folder().name == "meetings" else Path("meetings")
    path = target / f"{meeting_id}.yaml"
    if path.exists() and not force:
        raise common.fail(f"{common.display_path(path)} exists; use --force to replace it")
    text = scaffold.meeting_file_text(new)
    from egmplan.loader import load_meeting_text

    result = load_meeting_text(text, str(path), meeting_id)
    if result.errors:  # cannot happen for checked inputs; never write a broken file
        common.report(result.diagnostics)
        raise typer.Exit(common.EXIT_INPUT)
    write_atomic(path, text.encode("utf-8"))
    common.stderr(f"wrote {common.display_path(path)}; next: egmplan validate {meeting_id} && egmplan agenda build {meeting_id}")


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def _zone_for(venue: str) -> str | None:
    try:
        from egmplan.places import resolve_zone_spec

        choice = resolve_zone_spec(venue, "UTC")
    except (ImportError, ValueError):
        return None
    return choice.zone if not isinstance(choice, list) else None
