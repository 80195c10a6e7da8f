"""Rich tables that never split a word: each column gets at least the width of its longest word
(its whole text, for a column that never wraps), and what is left of the terminal goes to the
columns with the longest texts. A table that cannot have that in the terminal is shown in the
command's list layout instead (the caller's choice)."""

from __future__ import annotations


def fit_table(table, texts_by_column: list[list[str]], width: int) -> bool:
    """Set every column's width so that no word is split and the table fits ``width``; False
    (nothing set) when it cannot fit."""
    from rich.cells import cell_len

    padding = table.padding[3] + table.padding[1]
    borders = (len(table.columns) - 1 + (2 if table.show_edge else 0)) if table.box else 0
    least, most = [], []
    for column, texts in zip(table.columns, texts_by_column):
        texts = [str(column.header)] + [str(text) for text in texts]
        lines = [cell_len(line) for text in texts for line in text.splitlines()] or [0]
        words = [cell_len(word) for text in texts for word in text.split()] or [0]
        least.append(max(max(lines) if column.no_wrap else max(words), column.min_width or 0))
        most.append(max(max(lines), least[-1]))
    room = width - borders - padding * len(least)
    if sum(least) > room:
        return False
    widths = list(most)
    excess = sum(widths) - room
    while excess > 0:  # narrow the widest column that can still give, one column at a time
        index = max((i for i in range(len(widths)) if widths[i] > least[i]), key=lambda i: (widths[i], -i))
        give = min(excess, widths[index] - least[index],
                   max(1, widths[index] - max((w for i, w in enumerate(widths) if i != index), default=0)))
        widths[index] -= give
        excess -= give
    for column, column_width in zip(table.columns, widths):
        column.width = column_width
    return True
