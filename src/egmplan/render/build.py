"""Render one meeting into every requested output, in memory (:mod:`egmplan.app.build` loads
the meetings and writes the files)."""

from __future__ import annotations

from datetime import datetime

from egmplan.model import Meeting
from egmplan.render import registry

BUILD_KINDS = (registry.AGENDA, registry.CALENDAR)  # what egmplan agenda build writes


def _build_input(kind: str, meeting: Meeting, generated: datetime | None):
    """The view an exporter of ``kind`` takes, built once per meeting."""
    if kind == registry.CALENDAR:
        from egmplan.render.calendar_view import build_calendar_view

        return build_calendar_view(meeting, timestamp=generated)
    from egmplan.render.view import build_view

    return build_view(meeting, generated=generated)


def render_outputs(meeting: Meeting, formats: list[str] | tuple[str, ...], *,
                   templates: tuple[str, ...] = (), generated: datetime | None = None) -> dict[str, bytes]:
    """``{file name: bytes}`` for each format of :data:`BUILD_KINDS` (names or aliases), all
    rendered before anything is written; each view is built once, for the exporters that take it.

    Raises :class:`egmplan.errors.RenderError` (naming the template and line) if any
    output cannot be produced; then nothing for this meeting should be written."""
    views: dict[str, object] = {}
    outputs: dict[str, bytes] = {}
    for name in formats:
        exporter = registry.find(BUILD_KINDS, name)
        if exporter.kind not in views:
            views[exporter.kind] = _build_input(exporter.kind, meeting, generated)
        outputs[exporter.filename] = exporter.encode(exporter.render(views[exporter.kind], templates=templates))
    return outputs
