"""The schedule as a Rich table for the terminal (the only schedule code that uses Rich)."""

from __future__ import annotations

# Comfort classes: colour says it at a glance, the words say it without colour (NO_COLOR).
COMFORT_STYLES = {"working": "green", "early/late": "yellow", "night": "bold red"}


def print_table(view, console) -> None:
    from rich.table import Table
    from rich.text import Text

    wide = view.layout == "wide"
    table = Table(title=view.subtitle, caption=view.legend, show_lines=wide, title_justify="left",
                  caption_justify="left")
    for column in view.columns:
        table.add_column(column, overflow="fold")
    for row in view.rows:
        cells = []
        for cell in row:
            text = Text(cell.headline, style=COMFORT_STYLES.get(cell.comfort or "", ""))
            if wide and cell.details:
                text.append("\n" + cell.details, style="dim")
            cells.append(text)
        table.add_row(*cells)
    console.print(view.title)
    console.print(table)
