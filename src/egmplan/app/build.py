"""Build outputs: load, check and render meetings in memory, then write each meeting's files
atomically (:func:`egmplan.output.write_files`) or compare them with the files already there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from egmplan.errors import Diagnostic, OutputError


@dataclass(frozen=True)
class MeetingBuild:
    """One meeting built in memory: its diagnostics and outputs (None when not built), each
    output under its path in the meeting's folder: ``agenda.md`` for the original language,
    ``fr/agenda.md`` for another."""

    shown: str                      # the file as the user sees it
    meeting_id: str | None
    diagnostics: tuple[Diagnostic, ...]
    outputs: dict[str, bytes] | None
    error: str | None = None        # a render error (a template's name and line)
    languages: tuple[str, ...] = ()  # the languages built, the original first when it is one
    untranslated: tuple[str, ...] = ()  # why a language was refused: its untranslated strings, then a summary
    usage: str | None = None        # --lang names a language this meeting cannot be built in (exit 2)
    without_style: tuple[str, ...] = ()  # languages of the meeting egmplan has no style for (not built)

    @property
    def folders(self) -> tuple[tuple[str, str], ...]:
        """``(language, folder)`` of each language built: "" for the original, else the language."""
        original = self.languages_original
        return tuple((language, "" if language == original else language) for language in self.languages)

    languages_original: str | None = None


def build_meeting(path: Path, shown: str, formats: tuple[str, ...], *, templates: tuple[str, ...] = (),
                  source_date_epoch: str | None = None, languages: tuple[str, ...] | None = None,
                  allow_untranslated: bool = False) -> MeetingBuild:
    """Load, check and render one meeting; never writes. The build's one instant comes from
    ``SOURCE_DATE_EPOCH`` (the caller has checked it), else the meeting's date of issue.
    ``languages``: those to build (None: every language of the meeting with a style module;
    :data:`ORIGINAL`: its original language alone);
    a language whose catalogue leaves strings untranslated is refused (``untranslated``
    says which) unless ``allow_untranslated``, which prints them marked."""
    from egmplan.app.check import load_and_check
    from egmplan.app.languages import (
        LanguageNotAvailable, chosen_languages, meeting_version, untranslated_lines, untranslated_summary,
    )
    from egmplan.errors import RenderError
    from egmplan.output import build_timestamp

    result = load_and_check(path, shown)
    meeting = result.meeting
    if meeting is None:
        return MeetingBuild(shown, None, tuple(result.diagnostics), None)
    diagnostics = tuple(result.diagnostics)
    from egmplan import style

    without_style = tuple(language for language in meeting.languages[1:] if language not in style.LANGUAGES)
    try:
        wanted = chosen_languages(meeting, meeting.languages[:1] if languages == ORIGINAL else languages)
    except LanguageNotAvailable as exc:
        return MeetingBuild(shown, meeting.id, diagnostics, None, usage=str(exc))
    generated = build_timestamp(source_date_epoch, meeting.issued)
    versions = [meeting_version(meeting, path, shown, language) for language in wanted]
    facts = {"languages": wanted, "languages_original": meeting.languages[0], "without_style": without_style}
    refused = [v for v in versions if v.untranslated and not allow_untranslated]
    if refused:
        lines = tuple(line for v in refused for line in (*untranslated_lines(v), untranslated_summary(v, meeting.id)))
        return MeetingBuild(shown, meeting.id, diagnostics, None, untranslated=lines, **facts)
    outputs: dict[str, bytes] = {}
    try:
        for version in versions:
            folder = "" if version.is_original else f"{version.language}/"
            for name, data in render_version(version, formats, templates, generated).items():
                outputs[folder + name] = data
    except RenderError as exc:
        return MeetingBuild(shown, meeting.id, diagnostics, None, str(exc), **facts)
    return MeetingBuild(shown, meeting.id, diagnostics, outputs, **facts)


ORIGINAL = ("",)  # build_meeting(languages=ORIGINAL): the meeting's original language alone


# Formats that highlight a string left untranslated (the others print "[untranslated] " before it).
_HIGHLIGHTING = ("html", "docx", "pdf")


def render_version(version, formats: tuple[str, ...], templates: tuple[str, ...], generated) -> dict[str, bytes]:
    from egmplan.render import registry
    from egmplan.render.build import BUILD_KINDS, render_outputs

    if not version.untranslated:
        return render_outputs(version.meeting, formats, templates=templates, generated=generated)
    rich = [f for f in formats if registry.find(BUILD_KINDS, f).name in _HIGHLIGHTING]
    plain = [f for f in formats if f not in rich]
    outputs = render_outputs(version.marked(rich=False), plain, templates=templates, generated=generated)
    outputs.update(render_outputs(version.marked(rich=True), rich, templates=templates, generated=generated))
    return {name: outputs[name] for name in sorted(outputs)}


def _build_job(job) -> MeetingBuild:
    path, shown, formats, templates, source_date_epoch, languages, allow_untranslated = job
    return build_meeting(path, shown, formats, templates=templates, source_date_epoch=source_date_epoch,
                         languages=languages, allow_untranslated=allow_untranslated)


PARALLEL_FROM = 8  # fewer meetings build faster in this process than a pool starts


def build_meetings(jobs: list[tuple[Path, str]], formats: tuple[str, ...], *, templates: tuple[str, ...] = (),
                   source_date_epoch: str | None = None, workers: int = 1, languages: tuple[str, ...] | None = None,
                   allow_untranslated: bool = False) -> Iterator[MeetingBuild]:
    """Every meeting built in memory, in the order given (the caller writes the files). With
    ``workers`` > 1 and enough meetings, forked processes share the work
    (:class:`egmplan.app.pool.OrderedMap`): the first meeting is built here before they fork,
    so that every worker starts with the modules imported, the templates compiled and the
    zones read (each worker did it again, about 150 ms of CPU); the results, and so every
    message, come back in order. Closing the iterator early (e.g. on Ctrl-C) stops the
    workers at once."""
    tasks = [(path, shown, tuple(formats), tuple(templates), source_date_epoch, languages, allow_untranslated)
             for path, shown in jobs]
    if workers <= 1 or len(tasks) < PARALLEL_FROM:
        yield from map(_build_job, tasks)
        return
    from egmplan.app.pool import OrderedMap

    first = _build_job(tasks[0])
    rest = tasks[1:]
    chunksize = max(1, min(CHUNK, len(rest) // (workers * 8)))
    pool = OrderedMap(_build_job, rest, workers=workers, chunksize=chunksize, window=4 * workers)
    try:
        yield first
        yield from pool
    finally:
        pool.close()


CHUNK = 4  # meetings per message to and from a worker at most


def write_meeting(target: Path, outputs: dict[str, bytes], *, on_wait: Callable[[Path], None] | None = None,
                  folder_syncs=None, batch=None, tag: object = None) -> OutputError | None:
    """Write one meeting's files into ``target``, all or none; returns the OutputError when
    that failed (nothing of this meeting is then changed). ``on_wait`` is told when another
    egmplan holds the folder; ``folder_syncs`` (:class:`egmplan.output.FolderSyncs`) takes
    the folders holding new folders, for the caller to sync once for many meetings.
    ``batch`` (:class:`egmplan.output.SyncBatch`): the files are staged, and the outcome is
    in the batch's ``done`` under ``tag`` once it is known (when the batch commits); None
    returned then means staged."""
    import os

    from egmplan.output import write_folder

    if os.path.islink(target):  # the meeting's folder is egmplan's: nothing is written through a link
        return OutputError(target, "it is a symbolic link; remove it and build again")
    try:
        write_folder(target, {name: outputs[name] for name in sorted(outputs)}, on_wait=on_wait,
                     folder_syncs=folder_syncs, batch=batch, tag=tag)
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
        if Path(name).name in binary:
            stale.append(StaleFile(label, current is None, True, ()))
            continue
        before = [] if current is None else current.decode("utf-8", errors="replace").splitlines(keepends=True)
        after = outputs[name].decode("utf-8", errors="replace").splitlines(keepends=True)
        lines = tuple(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                      for line in difflib.unified_diff(before, after, fromfile=f"a/{label}", tofile=f"b/{label}"))
        stale.append(StaleFile(label, current is None, False, lines))
    return stale
