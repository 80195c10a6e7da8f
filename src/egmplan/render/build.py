"""Render one meeting into every requested output, in memory (the CLI writes them)."""

from __future__ import annotations

from datetime import datetime

from egmplan.model import Meeting
from egmplan.render import EXPORTERS
from egmplan.render.view import build_view


def render_outputs(meeting: Meeting, formats: list[str] | tuple[str, ...], *,
                   templates: tuple[str, ...] = (), generated: datetime | None = None) -> dict[str, bytes]:
    """``{file name: bytes}`` for each format, all rendered before anything is written.

    Raises :class:`egmplan.errors.RenderError` (naming the template and line) if any
    output cannot be produced; then nothing for this meeting should be written."""
    view = build_view(meeting, generated=generated)
    outputs: dict[str, bytes] = {}
    for name in formats:
        exporter = EXPORTERS[name]
        if name == "ics":  # the calendar comes from the meeting's sittings (egmplan.render.ics), not the view
            from egmplan.render.ics import calendar_timestamp, render_ics

            outputs[exporter.filename] = render_ics(meeting, timestamp=generated or calendar_timestamp(meeting, None))
            continue
        outputs[exporter.filename] = exporter.encode(exporter.render(view, templates=templates))
    return outputs
