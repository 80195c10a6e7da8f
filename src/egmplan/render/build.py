"""Render one meeting into every requested output, in memory (the CLI writes them)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from egmplan.errors import Diagnostic
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


@dataclass(frozen=True)
class MeetingBuild:
    """One meeting built in memory: its diagnostics and outputs (None when not built)."""

    shown: str                      # the file as the user sees it
    meeting_id: str | None
    diagnostics: tuple[Diagnostic, ...]
    outputs: dict[str, bytes] | None
    error: str | None = None        # a render error (a template's name and line), or a write error
    written: dict[str, int] | None = None  # file name -> bytes, when the build wrote its files itself


def build_meeting(path: Path, shown: str, formats: tuple[str, ...], *, templates: tuple[str, ...] = (),
                  source_date_epoch: str | None = None) -> MeetingBuild:
    """Load, check and render one meeting; never writes. The build's one instant comes from
    ``SOURCE_DATE_EPOCH``, else the meeting's date of issue."""
    from egmplan.errors import RenderError
    from egmplan.loader import load_meeting
    from egmplan.output import build_timestamp

    result = load_meeting(path, shown)
    meeting = result.meeting
    if meeting is None:
        return MeetingBuild(shown, None, tuple(result.diagnostics), None)
    issued = None
    if meeting.issued is not None:
        issued = datetime(meeting.issued.year, meeting.issued.month, meeting.issued.day, tzinfo=timezone.utc)
    generated = build_timestamp(source_date_epoch, issued)
    try:
        outputs = render_outputs(meeting, formats, templates=templates, generated=generated)
    except RenderError as exc:
        return MeetingBuild(shown, meeting.id, tuple(result.diagnostics), None, str(exc))
    return MeetingBuild(shown, meeting.id, tuple(result.diagnostics), outputs)


def _build_job(job) -> MeetingBuild:
    path, shown, formats, templates, source_date_epoch, write_to = job
    built = build_meeting(path, shown, formats, templates=templates, source_date_epoch=source_date_epoch)
    if write_to is None or built.outputs is None:
        return built
    from dataclasses import replace

    from egmplan.output import remove_stale_temporaries, write_atomic

    target = write_to / built.meeting_id
    try:
        remove_stale_temporaries(target, built.outputs)
        # Everything was rendered first: a meeting that fails to render writes nothing.
        for name in sorted(built.outputs):
            write_atomic(target / name, built.outputs[name])
    except OSError as exc:
        return replace(built, outputs=None, error=f"cannot write to {target}: {exc.strerror or exc}")
    return replace(built, outputs=None, written={name: len(data) for name, data in built.outputs.items()})


PARALLEL_FROM = 8  # fewer meetings build faster in this process than a pool starts


def build_meetings(jobs: list[tuple[Path, str]], formats: tuple[str, ...], *, templates: tuple[str, ...] = (),
                   source_date_epoch: str | None = None, workers: int = 1,
                   write_to: Path | None = None) -> Iterator[MeetingBuild]:
    """Every meeting built, in the order given; with ``write_to``, each meeting's files are
    also written (atomically) to ``write_to/<meeting-id>/`` by whoever built them. With
    ``workers`` > 1 and enough meetings, a pool of forked processes shares the work (each
    with its own Jinja environment); the results, and so every message, come back in order."""
    tasks = [(path, shown, tuple(formats), tuple(templates), source_date_epoch, write_to) for path, shown in jobs]
    if workers <= 1 or len(tasks) < PARALLEL_FROM:
        yield from map(_build_job, tasks)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(_build_job, tasks, chunksize=max(1, len(tasks) // (workers * 8)))
