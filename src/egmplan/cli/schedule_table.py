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
    # A time range ("10 a.m.–1 p.m.") is kept on one line when the terminal has the room
    # (the date column, headings and details may wrap).
    longest = [min(24, max((len(row[i].headline) for row in view.rows if i < len(row)), default=0))
               for i in range(len(view.columns))]
    headings = [max(len(word) for word in column.split()) for column in view.columns]
    needed = max(12, headings[0]) + sum(max(a, b) for a, b in zip(longest[1:], headings[1:]))
    fits = needed + 3 * len(longest) + 1 + 4 <= console.width  # 3 = padding and border a column
    for index, column in enumerate(view.columns):
        table.add_column(column, overflow="fold", min_width=longest[index] if index and fits else None)
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
