"""The plain-text organization-of-work table (filters.txt_table) against the version it replaced
(the oracle below, as it was written before each row became one string and the last column went
unpadded), on random tables: both layouts, parallel tracks, holidays, cells that wrap, dates and
headings on more than one line, wide (Chinese) and combining characters, spaces at the ends."""

from __future__ import annotations

import re
import textwrap
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from egmplan.render import filters
from egmplan.render.filters import _cell_lines, _padded
from egmplan.textwidth import display_width


def oracle_txt_table(table, width: int = 80) -> str:
    merged = table.layout == "merged"
    gap = "  "
    tracks = table.has_tracks
    lane_headings = table.lane_headings

    rows = []
    for line in table.lines:
        cells = line.cells
        if len(cells) == 1:
            rows.append((line.date, line.time, cells[0].item, cells[0].title, line.first_of_day))
            continue
        filled = [(n, cell) for n, cell in enumerate(cells) if cell.title or cell.item] or [(0, cells[0])]
        first = True
        for n, cell in filled:
            title = cell.title
            if tracks and not line.holiday and title:
                title = f"[{lane_headings[n]}] {title}"
            if first:
                rows.append((line.date, line.time, cell.item, title, line.first_of_day))
                first = False
            else:
                rows.append(("", "", cell.item, title, False))
    head = table.columns
    dates = [head[0], *(r[0] for r in rows)]
    times = [r[1] for r in rows]
    items = [r[2] for r in rows]
    if merged:
        date_w = max(map(display_width, dates + times))
        item_w = max(map(display_width, [head[1], *items]))
        title_w = width - date_w - item_w - 2 * len(gap)
        widths = (date_w, item_w, title_w)
    else:
        date_w = min(max(map(display_width, dates)), 24)
        time_w = max(map(display_width, [head[1], *times]))
        item_w = max(map(display_width, [head[2], *items]))
        title_w = width - date_w - time_w - item_w - 3 * len(gap)
        widths = (date_w, time_w, item_w, title_w)

    columns = [{} for _ in widths]

    def lines(cells) -> list[str]:
        cell_lines = []
        for cell, size, known in zip(cells, widths, columns):
            found = known.get(cell)
            if found is None:
                found = known[cell] = [_padded(line, size) for line in _cell_lines(cell, size)]
            cell_lines.append(found)
        height = max(map(len, cell_lines))
        if height == 1:
            return [gap.join([found[0] for found in cell_lines]).rstrip()]
        return [gap.join([found[k] if k < len(found) else " " * size for found, size in zip(cell_lines, widths)])
                .rstrip() for k in range(height)]

    out = lines(head)
    out.append(gap.join("-" * w for w in widths))
    body_starts = len(out)
    for date_cell, time_cell, item, title, new_day in rows:
        if new_day and len(out) > body_starts:
            out.append("")
        if merged:
            if date_cell:
                out += lines((date_cell, "", ""))
            out += lines((time_cell, item, title))
        else:
            out += lines((date_cell, time_cell, item, title))
    return "\n".join(out)


WORDS = ["", " ", "  ", "Opening", "of", "the", "meeting", "(continued)", "Monday, 6 April 2021",
         "Wednesday, 30 September 2021, morning", "10 a.m.–1 p.m.", "3–6 p.m.", "1", "2 (a)", "12",
         "intergovernmental-expert-group-on-cybercrime", "会议", "专家组（续）", "。", "e\u0301", "\xa0",
         "Закрытие", "الاجتماع", "\t", "x" * 30]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)
SHORT = st.lists(st.sampled_from(WORDS[:16]), max_size=3).map(" ".join)


@st.composite
def tables(draw):
    merged = draw(st.booleans())
    lanes = draw(st.integers(1, 3))
    columns = tuple(draw(st.lists(SHORT, min_size=3 if merged else 4, max_size=3 if merged else 4)))
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        cells = tuple(SimpleNamespace(item=draw(SHORT), title=draw(TEXTS)) for _ in range(lanes))
        lines.append(SimpleNamespace(date=draw(st.sampled_from(["", *WORDS[8:12], *WORDS[16:20]])),
                                     time=draw(st.sampled_from(["", *WORDS[10:12], "会议"])), cells=cells,
                                     holiday=draw(st.booleans()), first_of_day=draw(st.booleans())))
    headings = tuple(draw(st.lists(SHORT, min_size=lanes, max_size=lanes)))
    return SimpleNamespace(layout="merged" if merged else "separate", columns=columns, has_tracks=lanes > 1,
                           lane_headings=headings, lines=tuple(lines))


@settings(max_examples=1500, deadline=None)
@given(tables(), st.sampled_from([80, 80, 72, 60, 40]))
def test_txt_table_is_the_table_it_was(table, width):
    try:
        expected = oracle_txt_table(table, width)
    except ValueError as exc:  # no room left for the titles: textwrap refuses a width below 1
        with pytest.raises(ValueError, match=re.escape(str(exc))):
            filters.txt_table(table, width)
        return
    assert filters.txt_table(table, width) == expected


def test_a_title_on_several_lines_and_a_date_on_two():
    cell = SimpleNamespace(item="1", title="Adoption of the agenda and organization of work " * 2)
    line = SimpleNamespace(date="Wednesday, 30 September 2021", time="10 a.m.–1 p.m.", cells=(cell,),
                           holiday=False, first_of_day=True)
    table = SimpleNamespace(layout="separate", columns=("Date", "Time", "Item", "Title or description"),
                            has_tracks=False, lane_headings=("",), lines=(line,))
    printed = filters.txt_table(table)
    assert printed == oracle_txt_table(table)
    title = textwrap.wrap(cell.title, 80 - 24 - 14 - 4 - 6)
    assert printed.splitlines()[2:] == [
        f"Wednesday, 30 September   10 a.m.–1 p.m.  1     {title[0]}",
        f"2021                                            {title[1]}",
        *[" " * 48 + rest for rest in title[2:]]]
