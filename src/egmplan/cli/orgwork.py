"""``egmplan orgwork``: the proposed organization of work, in the terminal or as a file format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from egmplan.cli import common
from egmplan.cli.completion import complete_meeting
from egmplan.cli import orgwork_plan
from egmplan.cli.formats import format_option, templates_honoured, terminal_or_text
from egmplan.render.registry import ORGWORK

app = typer.Typer(
    help="The proposed organization of work: show it, or plan it from estimated times.",
    invoke_without_command=True,
    rich_markup_mode=None,
)
app.command("plan")(orgwork_plan.plan)


def _rich_table(view) -> None:
    """UN-STYLE W1, W2, W5 in the terminal: blank date and time cells after the first
    line of a day or sitting; one item and title column per parallel track."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from egmplan.cli.fitting import fit_table

    table = view.table
    merged = table.layout == "merged"
    grid = Table(title=view.annex_title, box=box.SIMPLE_HEAD, show_lines=False, header_style="italic",
                 title_justify="left")
    lead = table.columns[:1] if merged else table.columns[:2]
    for heading in lead:
        grid.add_column(heading, no_wrap=True)
    for lane_heading in table.lane_headings:
        grid.add_column(table.columns[-2], no_wrap=True)
        grid.add_column(lane_heading if table.has_tracks else table.columns[-1], overflow="fold")
    width = len(lead) + 2 * len(table.lanes)
    rows = []
    for day in table.days:
        if merged:
            rows.append(([day.label] + [""] * (width - 1), False))
        lines = day.lines
        for n, line in enumerate(lines):
            cells = [c for cell in line.cells for c in (cell.item, cell.title)]
            head = [line.time] if merged else [line.date, line.time]
            rows.append((head + cells, n == len(lines) - 1))
    console = Console(highlight=False)
    if not fit_table(grid, [list(column) for column in zip(*(row for row, _ in rows))], console.width):
        from egmplan.render.plaintable import list_lines

        headings = tuple(str(column.header) for column in grid.columns)
        console.print(view.annex_title, markup=False)
        console.print()
        for text in list_lines(headings, [tuple(row) for row, _ in rows], console.width):
            console.print(text, markup=False)
        return
    for row, last in rows:
        # Text(), not str: a title is never read as Rich markup ("[bold]" stays literal).
        grid.add_row(*(Text(cell) for cell in row), end_section=last)
    console.print(grid)


@app.callback()
def orgwork(
    ctx: typer.Context,
    meeting: Optional[str] = typer.Option(None, "-m", "--meeting", metavar="MEETING", help=common.MEETING_HELP,
                                           autocompletion=complete_meeting),
    output_format: Optional[str] = format_option(ORGWORK, terminal_default=True),
    templates: Optional[Path] = typer.Option(None, "--templates", metavar="DIR",
                                             help="Folder of templates overriding built-in ones "
                                                  f"({', '.join(templates_honoured(ORGWORK))})."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
    language: Optional[str] = common.lang_option(),
    allow_untranslated: bool = common.allow_untranslated_option(),
) -> None:
    """Show the proposed organization of work, with "(continued)" worked out.

    The json format is a contract for other tools: {"meeting", "timezone", "rows": [{"date",
    "sitting", "start", "end", "time", "item", "title", "continued", "track"}]}.

    \b
    Examples:
      egmplan orgwork -m egm-cybercrime-2021
      egmplan orgwork -m egm-cybercrime-2021 --format csv > orgwork.csv
      egmplan orgwork -m egm-cybercrime-2021 --format pdf > orgwork.pdf

    To allocate items to sittings from their estimated times: egmplan orgwork plan --help.
    """
    if ctx.invoked_subcommand is not None:
        return
    if templates is not None and not common.is_folder(templates):
        raise typer.BadParameter(f"{common.printable(str(templates))} is not a folder", param_hint="'--templates'")
    from egmplan.render import registry, user_template_dirs

    exporter = registry.find([ORGWORK], terminal_or_text(output_format, sys.stdout.isatty()))
    common.refuse_binary_on_terminal(exporter, "redirect it to a file (> orgwork.pdf)")
    chosen = common.pick_meeting_in(meeting, quiet, language, allow_untranslated, output_format in ("html", "pdf"))
    if exporter.terminal or exporter.name == "text":  # the title and the table, nothing else
        from egmplan.render.view import build_orgwork_view

        view = build_orgwork_view(chosen)
    else:
        from egmplan.output import build_timestamp
        from egmplan.render.view import build_view

        view = build_view(chosen, generated=build_timestamp(common.source_date_epoch(), chosen.issued))
    if exporter.terminal:
        _rich_table(view)
        return
    user_dirs = tuple(common.display_path(Path(d)) for d in user_template_dirs(templates, Path.cwd()))
    common.write_stdout(exporter.render(view, templates=user_dirs))
