"""Who is awake as an SVG heat map: a row per participant (east to west), a column per
sitting, each cell coloured by the sitting's comfort class in that participant's local
time, with the local times in a tooltip; counts per class under each column.

Plain SVG text, the same bytes for the same input, embeddable in HTML (no script, no
external resources). Colours are told apart without colour too: the legend and the
tooltips name the class, and night cells are marked with a dot.
"""

from __future__ import annotations

from html import escape

from egmplan.planning.comfort import COMFORT_CLASSES, EARLY_LATE, NIGHT, WORKING
from egmplan.render.schedule.view import day_mark

COLOURS = {WORKING: "#cfe8cf", EARLY_LATE: "#f6d58e", NIGHT: "#3b4a7a"}
ROW, COLUMN, LABEL, HEAD = 14, 84, 250, 52


def _clock(moment) -> str:
    return f"{moment:%H:%M}"


def awake_svg(meeting, awake) -> str:
    """The heat map of ``awake`` (from :func:`egmplan.planning.awake.who_is_awake`)."""
    from egmplan.style import get_style

    style = get_style(meeting.style.language)

    if not awake:
        return ""
    participants = awake[0].participants
    first = awake[0].local
    order = sorted(range(len(participants)),
                   key=lambda i: (-first[i].utc_offset.total_seconds(), participants[i].name))
    width = LABEL + COLUMN * len(awake) + 10
    summary_top = HEAD + ROW * len(participants) + 8
    height = summary_top + ROW * 3 + 40
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="awake-heatmap" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="awake-title" '
        'font-family="Arial, Helvetica, sans-serif" font-size="10">',
        f'<title id="awake-title">{escape(style.awake_title(len(participants), meeting.id))}</title>',
    ]
    for n, row in enumerate(awake):
        x = LABEL + n * COLUMN
        day = style.short_date(row.sitting.date)
        when = style.format_time_range(row.sitting.start, row.sitting.end, meeting.style.time)
        out.append(f'<text x="{x + COLUMN / 2:g}" y="{HEAD - 24}" text-anchor="middle" font-weight="bold">'
                   f'{escape(day)}</text>')
        out.append(f'<text x="{x + COLUMN / 2:g}" y="{HEAD - 10}" text-anchor="middle">{escape(when)}</text>')
    for line, i in enumerate(order):
        y = HEAD + line * ROW
        person = participants[i]
        out.append(f'<text x="{LABEL - 6}" y="{y + ROW - 3}" text-anchor="end">{escape(person.name)}</text>')
        for n, row in enumerate(awake):
            local = row.local[i]
            x = LABEL + n * COLUMN
            tip = (f"{person.name} ({person.zone}): {_clock(local.start)}–{_clock(local.end)}"
                   f"{f' ({day_mark(local.day_shift)})' if local.day_shift else ''}, "
                   f"{style.comfort_word(local.comfort)}")
            out.append(f'<rect x="{x + 1}" y="{y + 1}" width="{COLUMN - 2}" height="{ROW - 2}" '
                       f'fill="{COLOURS[local.comfort]}"><title>{escape(tip)}</title></rect>')
            if local.comfort == NIGHT:
                out.append(f'<circle cx="{x + COLUMN / 2:g}" cy="{y + ROW / 2:g}" r="2" fill="#ffffff"/>')
    for k, comfort in enumerate(COMFORT_CLASSES):
        y = summary_top + k * ROW
        out.append(f'<text x="{LABEL - 6}" y="{y + ROW - 3}" text-anchor="end" font-weight="bold">'
                   f'{escape(style.awake_count_label(comfort))}</text>')
        for n, row in enumerate(awake):
            x = LABEL + n * COLUMN
            out.append(f'<text x="{x + COLUMN / 2:g}" y="{y + ROW - 3}" text-anchor="middle">'
                       f'{row.delegations(comfort)} ({row.delegates(comfort)})</text>')
    legend_y = summary_top + ROW * 3 + 14
    for k, comfort in enumerate(COMFORT_CLASSES):
        x = LABEL + k * 110
        out.append(f'<rect x="{x}" y="{legend_y}" width="12" height="12" fill="{COLOURS[comfort]}" '
                   'stroke="#555555" stroke-width="0.5"/>')
        out.append(f'<text x="{x + 16}" y="{legend_y + 10}">{escape(style.comfort_word(comfort))}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"

