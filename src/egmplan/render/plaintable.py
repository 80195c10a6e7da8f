"""Plain-text tables that never split a word: aligned columns when they fit the width, else a list.

Plain text, not Rich: the same bytes in a pipe and a test. Without a width (a pipe, a file)
the table is always aligned, so scripts read one stable layout; a terminal passes its width,
and a table wider than that becomes a list of "Heading: value" lines, wrapped at words
(a word longer than the line is kept whole).
"""

from __future__ import annotations

from egmplan.render.wrapping import display_width, wrap_lines

__all__ = ["display_width", "list_lines", "table_lines"]


def table_lines(rows: list[tuple[str, ...]], *, width: int | None = None, right: frozenset[int] = frozenset(),
                gap: str = "  ") -> list[str]:
    """``rows[0]`` is the header. Aligned columns (a dashed rule under the header), or
    :func:`list_lines` when ``width`` is given and the table is wider."""
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    if width is not None and sum(widths) + len(gap) * (len(widths) - 1) > width:
        return list_lines(rows[0], rows[1:], width)
    lines = []
    for n, row in enumerate(rows):
        cells = [_pad(cell, w, i in right) for i, (cell, w) in enumerate(zip(row, widths))]
        lines.append(gap.join(cells).rstrip())
        if n == 0:
            lines.append(gap.join("-" * w for w in widths))
    return lines


def list_lines(headings: tuple[str, ...], rows: list[tuple[str, ...]], width: int) -> list[str]:
    """Each row as "Heading: value" lines (empty cells left out), rows apart by a blank line."""
    lines: list[str] = []
    for row in rows:
        if lines:
            lines.append("")
        for heading, cell in zip(headings, row):
            if cell.strip():
                lines += wrap_lines(f"{heading}: {cell}", max(width, 20), subsequent_indent="    ",
                                    break_long_words=False)
    return lines


def _pad(cell: str, width: int, right: bool) -> str:
    room = " " * (width - display_width(cell))
    return room + cell if right else cell + room
