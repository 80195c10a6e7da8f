"""``egmplan site build``: the static site of a series (series page, a page per meeting)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from egmplan.cli import common

app = typer.Typer(help="Build a body's web pages from its series file and meeting files.", no_args_is_help=True,
                  rich_markup_mode=None)


@app.command("build")
def build(
    series: Optional[str] = typer.Argument(None, metavar="[SERIES]",
                                           help="A series file or its id. Default: the one series file in the meetings folder."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="The site's folder (default: site)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
) -> None:
    """Build the series page and a page per meeting (with its agenda in every format, its
    calendar and its schedule) as standalone HTML: no script, no external resource.

    \b
    Examples:
      egmplan site build
      egmplan site build egm-cybercrime -o public
    """
    from egmplan.cli.series_opt import load_series_or_fail
    from egmplan.app.check import load_and_check
    from egmplan.output import build_timestamp, write_files
    from egmplan.render.site import build_site
    from egmplan.style import get_style

    folder = Path(common.output_path(output) or "site")
    epoch = common.source_date_epoch()
    loaded = load_series_or_fail(series)
    meetings = {}
    failed = []
    for facts in loaded.meetings:
        if facts.file is None:
            continue
        result = load_and_check(facts.file, common.display_path(facts.file))
        for diagnostic in result.errors:
            common.stderr(str(diagnostic))
        if result.meeting is None:
            failed.append(common.display_path(facts.file))
        else:
            meetings[facts.number] = result.meeting
    if failed:
        raise common.fail(f"not built: {', '.join(failed)} ha{'s' if len(failed) == 1 else 've'} errors",
                          common.EXIT_INPUT)
    generated = build_timestamp(epoch) if epoch else None
    files = build_site(loaded, meetings, get_style("en"), generated=generated)
    write_files({folder / name: data for name, data in sorted(files.items())})
    if not quiet:
        pages = sum(name.endswith("index.html") for name in files)
        common.stderr(f"built {pages} pages and {len(files) - pages} files -> {common.display_path(folder)}/")
