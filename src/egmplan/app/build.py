"""Build outputs: load, check and render meetings in memory, then write each meeting's files
atomically (:func:`egmplan.output.write_files`) or compare them with the files already there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from egmplan.errors import Diagnostic, OutputError


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
    from egmplan.app.check import load_and_check
    from egmplan.errors import RenderError
    from egmplan.output import build_timestamp
    from egmplan.render.build import render_outputs

    result = load_and_check(path, shown)
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


def write_meeting(target: Path, outputs: dict[str, bytes], *,
                  on_wait: Callable[[Path], None] | None = None) -> OutputError | None:
    """Write one meeting's files into ``target``, all or none; returns the OutputError when
    that failed (nothing of this meeting is then changed). ``on_wait`` is told when another
    egmplan holds the folder."""
    import os

    from egmplan.output import write_files

    if os.path.islink(target):  # the meeting's folder is egmplan's: nothing is written through a link
        return OutputError(target, "it is a symbolic link; remove it and build again")
    try:
        write_files({target / name: outputs[name] for name in sorted(outputs)}, on_wait=on_wait)
    except OutputError as exc:
        return exc
    return None


@dataclass(frozen=True)
class StaleFile:
    """An output that differs from the file already written (or is not written yet)."""

    shown: str                      # the file as the user sees it
    created: bool                   # there is no such file yet
    binary: bool
    diff: tuple[str, ...]           # a text file's unified diff, each line ending in a newline


def compare_outputs(target: Path, outputs: dict[str, bytes], *,
                    shown: Callable[[Path], str] = str) -> list[StaleFile]:
    """The outputs that would change the files in ``target``, by name; writes nothing. An
    output whose file is not a regular file (a folder, a FIFO) raises OutputError, and then
    none of this meeting's is reported stale."""
    import difflib

    from egmplan.output import read_existing
    from egmplan.render import registry
    from egmplan.render.build import BUILD_KINDS

    binary = {e.filename for e in registry.exporters(BUILD_KINDS) if e.binary}
    currents = {name: read_existing(target / name) for name in sorted(outputs)}
    stale = []
    for name in sorted(outputs):
        current = currents[name]
        if current == outputs[name]:
            continue
        label = shown(target / name)
        if name in binary:
            stale.append(StaleFile(label, current is None, True, ()))
            continue
        before = [] if current is None else current.decode("utf-8", errors="replace").splitlines(keepends=True)
        after = outputs[name].decode("utf-8", errors="replace").splitlines(keepends=True)
        lines = tuple(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                      for line in difflib.unified_diff(before, after, fromfile=f"a/{label}", tofile=f"b/{label}"))
        stale.append(StaleFile(label, current is None, False, lines))
    return stale
