"""Render one meeting into every requested output, in memory (the CLI writes them)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from egmplan.errors import Diagnostic
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


@dataclass(frozen=True)
class MeetingBuild:
    """One meeting built in memory: its diagnostics and outputs (None when not built)."""

    shown: str                      # the file as the user sees it
    meeting_id: str | None
    diagnostics: tuple[Diagnostic, ...]
    outputs: dict[str, bytes] | None
    error: str | None = None        # a render error (a template's name and line)


def build_meeting(path: Path, shown: str, formats: tuple[str, ...], *, templates: tuple[str, ...] = (),
                  source_date_epoch: str | None = None) -> MeetingBuild:
    """Load, check and render one meeting; never writes. The build's one instant comes from
    ``SOURCE_DATE_EPOCH`` (the caller has checked it), else the meeting's date of issue."""
    from egmplan.errors import RenderError
    from egmplan.loader import load_meeting
    from egmplan.output import build_timestamp

    result = load_meeting(path, shown)
    meeting = result.meeting
    if meeting is None:
        return MeetingBuild(shown, None, tuple(result.diagnostics), None)
    generated = build_timestamp(source_date_epoch, meeting.issued)
    try:
        outputs = render_outputs(meeting, formats, templates=templates, generated=generated)
    except RenderError as exc:
        return MeetingBuild(shown, meeting.id, tuple(result.diagnostics), None, str(exc))
    return MeetingBuild(shown, meeting.id, tuple(result.diagnostics), outputs)


def _build_job(job) -> MeetingBuild:
    path, shown, formats, templates, source_date_epoch = job
    return build_meeting(path, shown, formats, templates=templates, source_date_epoch=source_date_epoch)


def _worker_started() -> None:
    # Ctrl-C reaches the whole process group; only the parent acts on it (it stops the workers).
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


PARALLEL_FROM = 8  # fewer meetings build faster in this process than a pool starts


def build_meetings(jobs: list[tuple[Path, str]], formats: tuple[str, ...], *, templates: tuple[str, ...] = (),
                   source_date_epoch: str | None = None, workers: int = 1) -> Iterator[MeetingBuild]:
    """Every meeting built in memory, in the order given (the caller writes the files). With
    ``workers`` > 1 and enough meetings, a pool of forked processes shares the work (each with
    its own Jinja environment); the results, and so every message, come back in order. Closing
    the iterator early (e.g. on Ctrl-C) stops the workers at once."""
    tasks = [(path, shown, tuple(formats), tuple(templates), source_date_epoch) for path, shown in jobs]
    if workers <= 1 or len(tasks) < PARALLEL_FROM:
        yield from map(_build_job, tasks)
        return
    import multiprocessing
    import threading

    chunksize = max(1, min(8, len(tasks) // (workers * 8)))
    # Hand out tasks only a window ahead of the caller, so that built meetings do not pile up in
    # memory while it writes (the window is larger than a chunk, so the pool never waits on it).
    window = threading.Semaphore(max(32, 4 * workers * chunksize))
    stopping = threading.Event()

    def handed_out():
        for task in tasks:
            window.acquire()
            if stopping.is_set():
                return
            yield task

    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_worker_started)
    finished = False
    try:
        for built in pool.imap(_build_job, handed_out(), chunksize=chunksize):
            window.release()
            yield built
        finished = True
    finally:
        stopping.set()
        window.release()  # the pool's task thread may wait for room: let it see that it is over
        if finished:
            pool.close()
        else:
            pool.terminate()  # the caller stopped early: stop the workers at once
        pool.join()
