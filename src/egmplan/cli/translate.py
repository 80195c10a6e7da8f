"""``egmplan translate``: the catalogues translators work in (docs/translating.md)."""

from __future__ import annotations

from typing import Optional

import typer

from egmplan.cli import common
from egmplan.cli.completion import complete_meeting

app = typer.Typer(
    help="Translations: one gettext catalogue per language beside the meeting file (<id>.<lang>.po) "
         "or the series file (<series-id>.series.<lang>.po).",
    no_args_is_help=True,
    rich_markup_mode=None,
)

# meeting_schema.UN_LANGUAGES, written out: the command line must not import the loader to show its help.
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def _language(value: str) -> str:
    value = value.strip().lower()
    if value not in LANGUAGES:
        raise typer.BadParameter(f"{value!r} is not one of the UN's six languages: {', '.join(LANGUAGES)}")
    return value


@app.command("extract")
def extract(
    meeting: Optional[str] = typer.Option(None, "-m", "--meeting", metavar="MEETING", help=common.MEETING_HELP,
                                           autocompletion=complete_meeting),
    series: Optional[str] = typer.Option(None, "-s", "--series", metavar="SERIES",
                                          help="A series file or its id: write its catalogue instead of a meeting's."),
    language: str = typer.Option(..., "--lang", metavar="LANG", callback=_language,
                                 help="The language to translate into: ar, zh, en, fr, ru or es (not the meeting's original, the first of meeting.languages)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
) -> None:
    """Write or update MEETING's catalogue for LANG: <id>.<lang>.po beside the meeting file
    (with -s, SERIES's: <series-id>.series.<lang>.po beside the series file).

    New strings appear untranslated; a string whose English changed keeps its translation,
    marked fuzzy; a string gone from the meeting becomes obsolete (#~). No translation is lost.
    The catalogue's date is SOURCE_DATE_EPOCH, else the meeting's date of issue.

    \b
    Example:
      egmplan translate extract -m egm-cybercrime-2021 --lang fr
      egmplan translate extract -s egm-cybercrime --lang fr
    """
    from egmplan.output import build_timestamp, write_files

    if series is not None and meeting is not None:
        raise typer.BadParameter("give a meeting (-m) or a series (-s), not both", param_hint="'-s'")
    if series is not None:
        from egmplan.app.translate import extract_series
        from egmplan.cli.series_opt import load_series_or_fail, series_path

        path = series_path(series)
        chosen = load_series_or_fail(series)
        done = extract_series(chosen, path, common.display_path(path), language,
                              build_timestamp(common.source_date_epoch()))
        what = "series.languages"
    else:
        from egmplan.app.translate import extract as extract_catalogue

        path, chosen = common.pick_meeting_file(meeting, quiet)
        instant = build_timestamp(common.source_date_epoch(), chosen.issued)
        done = extract_catalogue(chosen, path, common.display_path(path), language, instant)
        what = "meeting.languages"
    write_files({done.path: done.data})
    if not quiet:
        verb = "wrote" if done.created else "updated"
        common.stderr(f"egmplan: {verb} {common.display_path(done.path)}: {done.strings} strings, "
                      f"{done.translated} translated, {done.fuzzy} fuzzy, {done.untranslated} untranslated"
                      + (f", {done.obsolete} obsolete" if done.obsolete else ""))
        if not done.declared:
            common.stderr(f"egmplan: note: {chosen.id} does not list {language} in {what} "
                          f"({', '.join(chosen.languages)}); validate and build read the catalogue once it does")
