"""``egmplan init``: start a new meeting file, by questions or by flags.

Every answer is checked as it is given (a prompt asks again, saying why) with the same
checks as the flags, and the meeting id and the target file are checked before the first
question, so no answer is ever lost.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Callable, Optional

import typer

from egmplan.cli import common

DEFAULT_SITTINGS = "10:00-13:00,15:00-18:00"


def _text(what: str, limit: str = "line") -> Callable[[str], str]:
    """A one-line text held to the loader's limits (length, characters), so the file validates."""
    def check(answer: str) -> str:
        from egmplan.loader import limits

        answer = " ".join(answer.split())
        if not answer or limits.looks_empty(answer):
            raise ValueError(f"give the {what}")
        bad = limits.FORBIDDEN.search(answer)
        if bad:
            raise ValueError(f"the {what} {limits.forbidden_character_message(bad.group())}")
        most = limits.TEXT[limit].high
        if len(answer) > most:
            raise ValueError(f"the {what} is {len(answer):,} characters long; it has at most {most:,}")
        return answer
    return check


def _number(answer: str) -> int:
    text = answer.strip()
    if not text.isdigit() or not 1 <= int(text) <= 999:
        raise ValueError(f"expected a whole number from 1 to 999 (7 for the seventh), got {text!r}")
    return int(text)


def _zone(answer: str) -> str:
    """An IANA zone, a city or a country, resolved as ``--tz`` resolves them."""
    from egmplan.zone_specs import UnknownPlaceError, resolve_zone_spec

    text = answer.strip()
    if text.casefold() in ("all", "venue"):
        raise ValueError(f"expected the venue's zone, city or country (e.g. Europe/Vienna or Vienna), got {text!r}")
    try:
        choice = resolve_zone_spec(text, "UTC")
    except UnknownPlaceError as exc:
        raise ValueError(str(exc)) from None
    return choice.zone


def _date(answer: str) -> date:
    import re

    text = answer.strip()
    expected = "expected a date as YYYY-MM-DD, e.g. 2025-03-10"
    written = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    if written:  # 10/03/2025: day first or month first? Name the readings instead of guessing
        first, second, year = (int(g) for g in written.groups())
        readings = []
        for month, day in ((second, first), (first, second)):
            try:
                readings.append(date(year, month, day).isoformat())
            except ValueError:
                pass
        readings = list(dict.fromkeys(readings))
        if len(readings) == 2:
            raise ValueError(f"{expected}; {text} could be {readings[0]} or {readings[1]}")
        if readings:
            raise ValueError(f"{expected}; did you mean {readings[0]}?")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"{expected}, got {text!r}")
    from egmplan.loader import limits

    return limits.parse_date(text)  # the loader's own checks and words: what init writes validates


def _end_date(first: date | None) -> Callable[[str], date]:
    from egmplan.loader.limits import MEETING_DAYS

    def check(answer: str) -> date:
        last = _date(answer)
        if first is not None and last < first:
            raise ValueError(f"the last day ({last}) comes before the first ({first})")
        if first is not None and (last - first).days >= MEETING_DAYS:
            raise ValueError(f"a meeting lasts at most {MEETING_DAYS} days")
        return last
    return check


def _flag_date(value: str | None) -> date | None:
    try:
        return _date(value) if value is not None else None
    except ValueError:
        return None


def _sittings(answer: str):
    """``10:00-13:00,15:00-18:00``; whole hours may be written ``10-13,15-18``."""
    import re

    from egmplan import scaffold

    text = re.sub(r"(?<![\d:])(\d{1,2})(?![\d:])", r"\1:00", answer.strip())
    try:
        return scaffold.parse_sittings(text)
    except ValueError as exc:
        raise ValueError(f"{exc} (times as HH:MM-HH:MM, sittings separated by commas)") from None


def _prompt(prompt: str, check: Callable, default=None):
    """Ask until the answer passes ``check``; a bad answer is refused with the reason."""
    def proc(answer: str):
        try:
            return check(answer)
        except ValueError as exc:  # the prompt prints "Error: <reason>" and asks again
            raise typer.BadParameter(common.printable(str(exc))) from None

    return typer.prompt(prompt, default=default, value_proc=proc)


class _Answers:
    """Each value from its flag (checked, exit 2 if wrong) or, in a terminal, from a question."""

    def __init__(self, interactive: bool):
        self.interactive, self.missing = interactive, []

    @staticmethod
    def check_flags(flags) -> None:
        """Every flag given, checked on its own before the first question (exit 2 if wrong)."""
        for value, flag, check in flags:
            if value is not None:
                try:
                    check(str(value))
                except ValueError as exc:
                    raise typer.BadParameter(common.printable(str(exc)), param_hint=flag)

    def get(self, value, flag: str, prompt: str, check: Callable, default=None):
        if value is not None:
            try:
                return check(str(value))
            except ValueError as exc:  # only a check against an earlier answer fails here
                if not (self.interactive and prompt):
                    raise typer.BadParameter(common.printable(str(exc)), param_hint=flag)
                typer.echo(common.printable(f"Error: {flag} {value}: {exc}"))
                return _prompt(prompt, check, default)
        if self.interactive:
            return _prompt(prompt, check, default)
        if default is not None:
            return check(default)
        self.missing.append(flag)
        return None


def init(
    meeting_id: Optional[str] = typer.Argument(
        None, metavar="MEETING_ID",
        help="Id of the new meeting: the file is meetings/<id>.yaml. Letters, digits, '.', '_' and '-', "
             "starting with a letter or digit."),
    body: Optional[str] = typer.Option(None, help="The body's full name."),
    short_body: Optional[str] = typer.Option(None, help="The body's name in running text (default: --body)."),
    number: Optional[str] = typer.Option(None, metavar="INTEGER", help="Which meeting of the body (7 = seventh)."),
    kind: str = typer.Option("meeting", help="meeting or session."),
    venue: Optional[str] = typer.Option(None, help="City of the venue."),
    timezone: Optional[str] = typer.Option(
        None, help="Zone of the venue: an IANA name, a city or a country, as --tz takes them (default: the venue's)."),
    start: Optional[str] = typer.Option(None, help="First day, YYYY-MM-DD."),
    end: Optional[str] = typer.Option(None, help="Last day, YYYY-MM-DD (default: --start)."),
    sittings: Optional[str] = typer.Option(None, help='Daily sittings, e.g. "10:00-13:00,15:00-18:00".'),
    symbol: Optional[str] = typer.Option(None, help="Document symbol of the agenda."),
    example: bool = typer.Option(False, "--example",
                                 help="Write the example bundled with egmplan (the seventh meeting of the "
                                      "Expert Group on Cybercrime) instead, to start from a complete meeting."),
    force: bool = typer.Option(False, "--force", help="Replace an existing file."),
) -> None:
    """Start a new meeting file that passes validate and builds at once.

    Asks for what the flags do not give when run in a terminal, checking each answer as it
    is given; in scripts, give every flag.

    \b
    Examples:
      egmplan init egm-2027 --body "Expert Group on Testing" --number 1 --venue Vienna --start 2027-04-06 --end 2027-04-08 --sittings 10:00-13:00,15:00-18:00
      egmplan init --example my-first-meeting
    """
    from egmplan import meeting_id as ids
    from egmplan import scaffold
    from egmplan.output import resolve_link, write_files

    if kind not in ("meeting", "session"):
        raise typer.BadParameter("expected meeting or session", param_hint="--kind")
    if example:
        given = [flag for flag, value in (("--body", body), ("--short-body", short_body), ("--number", number),
                                          ("--venue", venue), ("--timezone", timezone), ("--start", start),
                                          ("--end", end), ("--sittings", sittings), ("--symbol", symbol))
                 if value is not None]
        if given:
            raise typer.BadParameter(f"--example writes the bundled meeting as it is; leave out {', '.join(given)}",
                                     param_hint="--example")
    from egmplan.catalog import bundled_catalogues, bundled_example

    if meeting_id is None:
        if not example:
            raise typer.BadParameter("give the id of the new meeting, e.g. egm-2027", param_hint="MEETING_ID")
        meeting_id = bundled_example().stem
    unsafe = ids.problem(meeting_id)
    if not unsafe and meeting_id.endswith((".yaml", ".yml")):  # "init x.yaml" would write x.yaml.yaml
        unsafe = f"give the id without the file's extension: {ids.suggestion(meeting_id)!r} writes meetings/" \
                 f"{ids.suggestion(meeting_id)}.yaml"
    if unsafe:
        raise typer.BadParameter(unsafe, param_hint="MEETING_ID")
    path = Path(common.display_path(_target_folder() / f"{meeting_id}.yaml"))  # as the messages show it
    # The example's catalogues go with it, renamed with the meeting: it declares their languages.
    catalogues = ({path.with_name(f"{meeting_id}.{language}.po"): source
                   for language, source in bundled_catalogues().items()} if example else {})
    for target in (path, *catalogues):
        if target.exists() and not force:  # said before any question, so no answer is lost
            raise common.fail(f"{common.display_path(target)} exists; use --force to replace it")

    if example:
        text = bundled_example().read_text(encoding="utf-8")
    else:
        answers = _Answers(stdin_is_terminal())
        answers.check_flags([(body, "--body", _text("body's full name")), (number, "--number", _number),
                             (venue, "--venue", _text("venue's city")), (timezone, "--timezone", _zone),
                             (start, "--start", _date), (end, "--end", _end_date(_flag_date(start))),
                             (sittings, "--sittings", _sittings), (symbol, "--symbol", _text("symbol", "symbol")),
                             (short_body, "--short-body", _text("short name of the body"))])
        noun = kind.capitalize()
        body = answers.get(body, "--body", "Body (full name)", _text("body's full name"))
        number = answers.get(number, "--number", f"{noun} number (7 for the seventh {kind})", _number)
        venue = answers.get(venue, "--venue", "Venue (city)", _text("venue's city"))
        suggested = _zone_for(venue) if venue and timezone is None else None
        zone = answers.get(timezone, "--timezone", "Time zone of the venue (IANA zone, city or country)", _zone,
                           default=suggested)
        first = answers.get(start, "--start", "First day (YYYY-MM-DD, e.g. 2025-03-10)", _date)
        last = answers.get(end, "--end", "Last day (YYYY-MM-DD)", _end_date(first),
                           default=first.isoformat() if first else None)
        pattern = answers.get(sittings, "--sittings", "Daily sittings (HH:MM-HH:MM, separated by commas)",
                              _sittings, default=DEFAULT_SITTINGS)
        if answers.missing:
            raise typer.BadParameter(f"give {', '.join(answers.missing)} (or run in a terminal to be asked)")
        if symbol is not None:
            symbol = answers.get(symbol, "--symbol", "", _text("symbol", "symbol"))
        if short_body is not None:
            short_body = answers.get(short_body, "--short-body", "", _text("short name of the body"))
        new = scaffold.NewMeeting(body=body, number=number, venue=venue, timezone=zone, start=first,
                                  end=last, sittings=pattern, short_body=short_body, kind=kind, symbol=symbol)
        text = scaffold.meeting_file_text(new)
    from egmplan.app.check import check_text

    result = check_text(text, common.display_path(path), meeting_id)
    if result.errors:  # e.g. a --symbol the loader refuses; never write a broken file
        common.report(result.diagnostics)
        raise typer.Exit(common.EXIT_INPUT)
    write_files({resolve_link(path): text.encode("utf-8"),
                 **{resolve_link(target): source.read_bytes() for target, source in catalogues.items()}})
    written = ", ".join(common.display_path(p) for p in (path, *catalogues))
    common.stderr(f"wrote {written}; next: egmplan validate {meeting_id} && egmplan agenda build {meeting_id}")


def _target_folder() -> Path:
    folder = common.folder()
    return folder if common.is_folder(folder) and folder.name == "meetings" else Path("meetings")


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def _zone_for(venue: str) -> str | None:
    try:
        return _zone(venue)
    except ValueError:
        return None
