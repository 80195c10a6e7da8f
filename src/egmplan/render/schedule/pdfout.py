"""The schedule as PDF: the HTML page (:mod:`egmplan.render.schedule.html`, the who-is-awake
heat map included) with the print stylesheet ``_print_schedule.css`` (landscape A4, Liberation
fonts), set by WeasyPrint (:mod:`egmplan.render.pdf`)."""

from __future__ import annotations

from datetime import datetime, timezone


def render(document) -> bytes:
    """``document``: a :class:`egmplan.render.schedule.ScheduleInput`; its ``generated`` instant
    (else the Unix epoch) is the PDF's creation and modification date."""
    from egmplan.render.pdf import from_html, print_stylesheet
    from egmplan.render.schedule.html import render as render_html

    instant = document.generated or datetime(1970, 1, 1, tzinfo=timezone.utc)
    return from_html(render_html(document), instant, stylesheet=print_stylesheet("_print_schedule.css"))
