"""Who is awake in the terminal: a heat table, a row per sitting (Rich, imported by the caller)."""

from __future__ import annotations

from egmplan.planning.comfort import COMFORT_CLASSES, EARLY_LATE, NIGHT, WORKING

# Heat by share of delegations in the class: the more people a bad class holds, the hotter.
_HEAT = {
    WORKING: ((0.75, "black on green3"), (0.5, "black on dark_sea_green2"), (0.0, "")),
    EARLY_LATE: ((0.25, "black on gold1"), (0.1, "black on light_goldenrod2"), (0.0, "")),
    NIGHT: ((0.25, "bold white on red3"), (0.1, "black on orange1"), (0.0001, "black on light_salmon1"), (0.0, "")),
}


def _style(comfort: str, share: float) -> str:
    return next(style for floor, style in _HEAT[comfort] if share >= floor)


def print_awake(meeting, awake, console) -> None:
    from rich import box
    from rich.table import Table

    from egmplan.cli.fitting import fit_table
    from egmplan.style import get_style

    style = get_style(meeting.style.language)

    total = len(awake[0].participants) if awake else 0
    table = Table(title=style.awake_table_title(total), box=box.SIMPLE_HEAD, title_justify="left")
    for heading in style.awake_columns():
        table.add_column(heading, no_wrap=True)
    for comfort in COMFORT_CLASSES:
        table.add_column(style.comfort_word(comfort), justify="right", no_wrap=True)
    rows = []
    for row in awake:
        cells = []
        for comfort in COMFORT_CLASSES:
            count = row.delegations(comfort)
            cells.append((f"{count} ({row.delegates(comfort)})", _style(comfort, count / total if total else 0)))
        rows.append((style.format_date(row.sitting.date, weekday=True),
                     style.format_time_range(row.sitting.start, row.sitting.end, meeting.style.time), cells))
    if not fit_table(table, [[r[0] for r in rows], [r[1] for r in rows]]
                     + [[r[2][i][0] for r in rows] for i in range(len(COMFORT_CLASSES))], console.width):
        # No room for the table: a line per sitting, wrapped at words.
        console.print(table.title, markup=False, highlight=False)
        for day, sitting, cells in rows:
            counts = ", ".join(f"{style.comfort_word(comfort)} {text}" for comfort, (text, _) in zip(COMFORT_CLASSES, cells))
            console.print(f"{day}, {sitting}: {counts}", markup=False, highlight=False)
    else:
        for day, sitting, cells in rows:
            table.add_row(day, sitting, *(f"[{style}]{text}[/]" if style else text for text, style in cells))
        console.print(table)
    for row in awake:
        if row.at_night:
            when = (f"{style.format_date(row.sitting.date, weekday=True)}, "
                    f"{style.format_time_range(row.sitting.start, row.sitting.end, meeting.style.time)}")
            names = ", ".join(p.name for p in row.at_night)
            console.print(f"At night, {when} ({len(row.at_night)}): {names}", markup=False, highlight=False)
