"""The schedule as one standalone HTML page (template ``schedule.html.j2``, autoescaped), with
the who-is-awake heat map when the input carries it."""

from __future__ import annotations

from egmplan.render.schedule.view import build_view


def _awake_section(meeting, awake) -> dict | None:
    """The heat map (SVG text, every name in it escaped) and, per sitting, who sits at night."""
    if not awake:
        return None
    from egmplan.render.awake_svg import awake_svg

    nights = [{"date": row.sitting.date.isoformat(), "sitting": row.sitting.number,
               "names": [p.name for p in row.at_night]} for row in awake if row.at_night]
    return {"svg": awake_svg(meeting, awake), "nights": nights}


def render(document) -> str:
    """``document``: a :class:`egmplan.render.schedule.ScheduleInput`."""
    from egmplan.render.templates import render as render_template

    from egmplan.style import get_style

    meeting = document.schedule.meeting
    style = get_style(meeting.style.language)
    words = {key: style.heading(key) for key in ("schedule_notes", "awake", "at_night", "sitting")}
    view = build_view(document.schedule, layout=document.layout)
    return render_template("schedule.html.j2", (), view=view, language=meeting.style.language, words=words,
                           awake=_awake_section(meeting, document.awake))
