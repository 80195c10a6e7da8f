"""The schedule as a Rich table for the terminal (the only schedule code that uses Rich)."""

from __future__ import annotations

# Comfort classes: colour says it at a glance, the words say it without colour (NO_COLOR).
COMFORT_STYLES = {"working": "green", "early/late": "yellow", "night": "bold red"}


def print_table(view, console, long_view=None) -> None:
    """``long_view()`` gives the long layout, shown when the wide one has no room for a word."""
    from rich.table import Table
    from rich.text import Text

    from egmplan.cli.fitting import fit_table

    wide = view.layout == "wide"
    if not wide:
        _print_long(view, console)
        return
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
    texts = [[(cell.headline + "\n" + (cell.details or "")) for cell in column]
             for column in zip(*view.rows)] if view.rows else [[] for _ in view.columns]
    if not fit_table(table, texts, console.width) and long_view is not None:
        _print_long(long_view(), console)  # no room for a word in some column: a line per zone instead
        return
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


def _print_long(view, console) -> None:
    """Many zones: one block per sitting (its date and venue time as a heading), one aligned line
    per zone. Fits 80 columns for ``--tz all``. The zone lines are written as text (the comfort
    word in its colour when the console has colour), not through Rich's layout: ``--tz all`` for
    a long meeting is hundreds of thousands of lines, which Rich takes minutes to lay out."""
    from rich.style import Style
    from rich.text import Text

    from egmplan.textwidth import display_width, ljust

    # Columns of the long view: Zone, Date, venue time, Local time, Day, Offset, Comfort.
    blocks: dict[tuple[str, str], list] = {}
    zone = ""
    for row in view.rows:
        zone = row[0].headline or zone
        blocks.setdefault((row[1].headline, row[2].headline), []).append((zone, row[3:]))
    width = [min(26, max(len(z) for lines in blocks.values() for z, _ in lines))]
    for index in range(3):
        # A rare long cell ("10 p.m.–7 April, 1 a.m. (crosses midnight)") widens its own line only.
        width.append(min(18, max(display_width(cells[index].headline) for lines in blocks.values()
                                 for _, cells in lines)))
    colour = console.color_system is not None and not console.no_color
    painted: dict[tuple[str, str], str] = {}

    def paint(word: str, comfort: str) -> str:
        if (word, comfort) not in painted:
            style = COMFORT_STYLES.get(comfort, "")
            painted[(word, comfort)] = (Style.parse(style).render(word, color_system=console._color_system)
                                        if colour and style else word)
        return painted[(word, comfort)]

    console.print(view.title, highlight=False)
    console.print(view.subtitle, highlight=False)
    for key, lines in blocks.items():
        console.print()
        console.print(Text(view.sitting_headings[key], style="bold"), highlight=False)
        text = []
        for zone_name, cells in lines:
            local, shift, offset, comfort = cells[:4]
            text.append(f"  {zone_name:<{width[0]}}  {ljust(local.headline, width[1])} {ljust(shift.headline, width[2])}  "
                        f"{ljust(offset.headline, width[3])}  {paint(comfort.headline, comfort.comfort or '')}\n")
        console.file.write("".join(text))
    if view.legend:
        console.print()
        console.print(view.legend, highlight=False)
