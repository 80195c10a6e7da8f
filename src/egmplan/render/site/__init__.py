"""The static site of a series (``egmplan site build``): the series page and one page per
meeting, in the order of the sixth meeting's web page (announcement, mandate, earlier
meetings, the workplan's plan, dates and venue, the agenda's files, documents,
statements, panellists). Standalone pages: styles inline, no script, no external
resource; every link relative. Facts come from the series and meeting files; words from
``style``. Returns ``{relative path: bytes}``; only the CLI writes.
"""

from __future__ import annotations

from datetime import datetime

from egmplan.model import Meeting
from egmplan.model_series import Series

AGENDA_FILES = ("agenda.html", "agenda.docx", "agenda.md", "agenda.txt", "agenda.json", "orgwork.csv",
                "sittings.ics", "schedule.html")

# The workplan's files the series page links (render/site/pages.py): the same on every machine,
# whether or not the optional PDF library is installed.
SITE_WORKPLAN_FORMATS = ("html", "docx", "md", "text", "json")


def build_site(series: Series, meetings: dict[int, Meeting], style, *,
               generated: datetime | None = None) -> dict[str, bytes]:
    """Every page and every meeting's agenda files, by path relative to the site's folder."""
    from egmplan.output import build_timestamp
    from egmplan.render.build import render_outputs
    from egmplan.render.site import pages
    from egmplan.render import registry
    from egmplan.render.workplan import build_workplan_view

    files: dict[str, bytes] = {"index.html": pages.series_page(series, style).encode("utf-8")}
    plan = series.current_workplan
    if plan is not None:
        view = build_workplan_view(series, plan, style, generated or build_timestamp(None))
        for name in SITE_WORKPLAN_FORMATS:
            exporter = registry.find((registry.WORKPLAN,), name)
            files[f"workplan/{exporter.filename}"] = exporter.encode(exporter.render(view))
    for facts in series.meetings:
        folder = facts.page_folder
        meeting = meetings.get(facts.number)
        if meeting is not None:
            instant = generated or build_timestamp(None, meeting.issued)
            outputs = render_outputs(meeting, ("md", "html", "docx", "text", "json", "csv", "ics"), generated=instant)
            for name, data in outputs.items():
                files[f"{folder}/{name}"] = data
            files[f"{folder}/schedule.html"] = _schedule(meeting).encode("utf-8")
        files[f"{folder}/index.html"] = pages.meeting_page(series, facts, meeting, style).encode("utf-8")
    return files


def _schedule(meeting: Meeting) -> str:
    """The sittings in the venue's time and in the zones of the meeting's participants."""
    from egmplan.planning.schedule import build_schedule
    from egmplan.render import registry
    from egmplan.render.schedule import ScheduleInput

    zones = [p.zone for p in meeting.participants] or [meeting.timezone]
    return registry.find((registry.SCHEDULE,), "html").render(ScheduleInput(build_schedule(meeting, zones)))
