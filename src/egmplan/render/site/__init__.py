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
               generated: datetime | None = None, prefix: str = "",
               versions: dict[str, tuple[tuple[str, str], ...]] | None = None,
               elsewhere: dict[int, tuple[str, str]] | None = None,
               agendas: dict[int, dict[str, bytes]] | None = None,
               plain_series: Series | None = None) -> dict[str, bytes]:
    """Every page and every meeting's agenda files in one language, by path relative to the
    site's folder. For a language other than the original: ``prefix`` its folder (``fr/``),
    ``versions`` the versions of each page by its path without the prefix (``(language,
    path in the site)``), ``elsewhere`` the meetings without a page in this language (by
    number: the link from the series page to the original's page, and its language),
    ``agendas`` each meeting's agenda files already rendered in this language, and
    ``plain_series`` the series with its untranslated strings marked for the text formats
    (``series`` marks them for HTML)."""
    from egmplan.output import build_timestamp
    from egmplan.render.build import render_outputs
    from egmplan.render.site import pages
    from egmplan.render import registry
    from egmplan.render.workplan import build_workplan_view

    elsewhere = elsewhere or {}
    versions = versions or {}

    def versions_of(page: str):
        return pages.versions_of(prefix + page, versions.get(page, ()), style.LANGUAGE)

    files: dict[str, bytes] = {
        prefix + "index.html": pages.series_page(series, style, versions=versions_of("index.html"),
                                                 elsewhere=elsewhere).encode("utf-8")}
    plan_index = len(series.workplans) - 1
    if plan_index >= 0:
        instant = generated or build_timestamp(None)
        for name in SITE_WORKPLAN_FORMATS:
            exporter = registry.find((registry.WORKPLAN,), name)
            source = series if exporter.name == "html" or plain_series is None else plain_series
            view = build_workplan_view(source, source.workplans[plan_index], style, instant)
            files[f"{prefix}workplan/{exporter.filename}"] = exporter.encode(exporter.render(view))
    for facts in series.meetings:
        if facts.number in elsewhere:
            continue
        folder = facts.page_folder
        meeting = meetings.get(facts.number)
        if meeting is not None:
            if agendas is not None and facts.number in agendas:
                outputs = agendas[facts.number]
            else:
                instant = generated or build_timestamp(None, meeting.issued)
                outputs = render_outputs(meeting, ("md", "html", "docx", "text", "json", "csv", "ics"),
                                         generated=instant)
            for name, data in outputs.items():
                files[f"{prefix}{folder}/{name}"] = data
            files[f"{prefix}{folder}/schedule.html"] = _schedule(meeting).encode("utf-8")
        page = f"{folder}/index.html"
        files[prefix + page] = pages.meeting_page(series, facts, meeting, style,
                                                  versions=versions_of(page)).encode("utf-8")
    return files


def _schedule(meeting: Meeting) -> str:
    """The sittings in the venue's time and in the zones of the meeting's participants."""
    from egmplan.planning.schedule import build_schedule
    from egmplan.render import registry
    from egmplan.render.schedule import ScheduleInput

    zones = [p.zone for p in meeting.participants] or [meeting.timezone]
    return registry.find((registry.SCHEDULE,), "html").render(ScheduleInput(build_schedule(meeting, zones)))
