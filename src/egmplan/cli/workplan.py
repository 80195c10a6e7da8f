"""``egmplan workplan``: a body's workplan as a document (table, then numbered annotations)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from egmplan.cli import common
from egmplan.cli.formats import format_option
from egmplan.render.registry import WORKPLAN


def workplan(
    series: Optional[str] = typer.Argument(None, metavar="[SERIES]",
                                           help="A series file or its id. Default: the one series file in the meetings folder."),
    output_format: str = format_option(WORKPLAN, default="md"),
    output: Optional[str] = typer.Option(None, "-o", "--output",
                                         help="Write to this file instead of stdout (docx needs it)."),
    language: Optional[str] = typer.Option(
        None, "--lang", metavar="LANG",
        help="The language to print it in (a code of series.languages: ar, zh, en, fr, ru, es), translated by "
             "<series-id>.series.<LANG>.po beside the series file. Default: the series' original language."),
    allow_untranslated: bool = typer.Option(
        False, "--allow-untranslated",
        help="Print it even where the catalogue leaves strings untranslated: they print in the original "
             "language, marked [untranslated]. Without it the command fails (exit 1) and lists them."),
) -> None:
    """Print a body's current workplan: part I, the meetings with their main topics; part II,
    the numbered annotations.

    \b
    Examples:
      egmplan workplan
      egmplan workplan egm-cybercrime -f docx -o workplan.docx
      egmplan workplan --lang fr -f docx -o plan-de-travail.docx
    """
    from egmplan.render import registry
    from egmplan.render.workplan import build_workplan_view

    chosen = registry.find((WORKPLAN,), output_format)
    output = common.output_path(output)
    if chosen.binary and output is None:
        raise typer.BadParameter(f"{output_format} is binary: give a file with -o", param_hint="'-o'")
    from egmplan.cli.series_opt import load_series_or_fail, series_path

    path = series_path(series)
    loaded = load_series_or_fail(series)
    if loaded.current_workplan is None:
        raise common.fail(f"{loaded.source} has no workplan", common.EXIT_INPUT)
    from egmplan.app.series_languages import workplan_in
    from egmplan.output import build_timestamp

    asked = common.languages_asked([language] if language is not None else None)
    done = workplan_in(loaded, path, common.display_path(path), asked[0] if asked else None,
                       rich=chosen.name in ("html", "pdf"), allow_untranslated=allow_untranslated)
    for line in done.untranslated:
        common.stderr(line)
    if done.series is None:
        raise common.fail("the workplan was not printed", common.EXIT_INPUT)
    view = build_workplan_view(done.series, done.series.current_workplan, done.style,
                               build_timestamp(common.source_date_epoch()))
    content = chosen.render(view)
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    if output is None or output == "-":
        sys.stdout.write(content if isinstance(content, str) else "")
        return
    from egmplan.output import resolve_link, write_files

    write_files({resolve_link(Path(output)): data})  # a file the user names: a link there is written through
