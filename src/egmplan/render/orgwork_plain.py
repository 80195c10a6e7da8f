"""The organization of work as plain aligned text: what ``egmplan orgwork`` prints when its
output is not a terminal (a pipe, a file). The layout is a contract that scripts read
(docs/plain-text.md): the annex title, a blank line, then the table: a header, a dashed rule,
a line per table line, columns two spaces apart, never wrapped; the date and time cells are
blank after the first line of their day and sitting (UN-STYLE W2); one item and title column
per lane (the main body, then each parallel track, W5). In the merged layout each day starts
with a line holding only its label."""

from __future__ import annotations

from egmplan.render.plaintable import table_lines


def render(view) -> str:
    """``view``: a :class:`egmplan.render.view.DocumentView` or the
    :class:`egmplan.render.view.OrgworkView` the command builds."""
    table = view.table
    merged = table.layout == "merged"
    lead = table.columns[:1] if merged else table.columns[:2]
    header = [*lead]
    for lane_heading in table.lane_headings:
        header += [table.columns[-2], lane_heading if table.has_tracks else table.columns[-1]]
    rows = [tuple(header)]
    for day in table.days:
        if merged:
            rows.append((day.label, *[""] * (len(header) - 1)))
        for line in day.lines:
            head = [line.time] if merged else [line.date, line.time]
            rows.append((*head, *(part for cell in line.cells for part in (cell.item, cell.title))))
    return "\n".join([view.annex_title, "", *table_lines(rows)]) + "\n"
