"""``egmplan agenda build``: the annotated provisional agenda in every format."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import List, NamedTuple, Optional

import typer

from egmplan.cli import common
from egmplan.cli.formats import format_option, formats_chosen
from egmplan.render.registry import AGENDA, CALENDAR

app = typer.Typer(
    help="The annotated provisional agenda: masthead, agenda, annotations and the annex "
    "\"Proposed organization of work\".",
    no_args_is_help=True,
    rich_markup_mode=None,
)

KINDS = (AGENDA, CALENDAR)  # the formats of egmplan.render.build.BUILD_KINDS

PROGRESS_AFTER_SECONDS = 0.5
BATCH_FROM = 8  # meetings from which a build makes its files durable together (egmplan.output.SyncBatch)
BATCH_SECONDS = 0.25  # a batch is committed at least this often


class _Progress:
    """A progress bar on stderr, shown only when stderr is a terminal and the build has
    already taken a while (a short build prints nothing but its summary)."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self.done = total, enabled, 0
        self.started = time.monotonic()
        self.bar = None
        self.task = None

    def advance(self, label: str) -> None:
        self.done += 1
        if self.bar is None and self.enabled and self.done < self.total \
                and time.monotonic() - self.started > PROGRESS_AFTER_SECONDS:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("building", total=self.total, completed=self.done)
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done, description=label)

    def echo(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            common.stderr(message)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


class _Written(NamedTuple):
    shown: str                          # the meeting file as the user sees it
    meeting_id: str
    sizes: dict[str, int]               # each output's size, by its name in the meeting's folder
    folders: tuple[tuple[str, str], ...]  # MeetingBuild.folders


@app.command("build")
def build(
    paths: Optional[List[str]] = typer.Argument(None, metavar="[PATH]...",
                                                help="Meeting files, folders of them, or ids. Default: every meeting in the meetings folder."),
    output: Optional[str] = typer.Option(None, "-o", "--output", metavar="DIR",
                                         help="Write to DIR/<meeting-id>/ (default: build/<meeting-id>/); "
                                              "'-' writes one format of one meeting to stdout."),
    formats: Optional[List[str]] = format_option(*KINDS, multiple=True),
    templates: Optional[Path] = typer.Option(None, "--templates", metavar="DIR",
                                             help="Folder of templates overriding built-in ones, file by file "
                                                  "(default: ./templates if it exists). Run sandboxed."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
    verbose: bool = typer.Option(False, "-v", "--verbose",
                                 help="Also list each file with its size, and each warning (else counted: "
                                      "egmplan validate lists them)."),
    languages: Optional[List[str]] = typer.Option(
        None, "--lang", metavar="LANG",
        help="Build the documents in this language, repeatable (a code of meeting.languages: ar, zh, en, fr, ru, "
             "es). Default: every language of the meeting; its first (original) language goes to "
             "build/<meeting-id>/, each other to build/<meeting-id>/<LANG>/."),
    allow_untranslated: bool = typer.Option(
        False, "--allow-untranslated",
        help="Build a language even where its catalogue leaves strings untranslated: they print in the "
             "original language, marked [untranslated] (highlighted in HTML and Word). Without it such a "
             "build fails (exit 1) and lists them."),
    check: bool = typer.Option(False, "--check",
                               help="Write nothing: compare with the files already in the output folder, "
                                    "print a unified diff of each text file that would change (and name "
                                    "binary ones), exit 1 if any would."),
) -> None:
    """Build each meeting's files: agenda.md, agenda.html, agenda.docx, agenda.txt, agenda.json,
    orgwork.csv, sittings.ics, agenda.pdf (the formats of -f).

    Each language of the meeting (meeting.languages) is built: the original in
    build/<meeting-id>/, the others, translated by their catalogues (<meeting-id>.<LANG>.po
    beside the meeting file), in build/<meeting-id>/<LANG>/ under the same file names.

    Everything is rendered in memory first; each file is then replaced atomically. A
    meeting with errors (or a template error) writes nothing and leaves its earlier outputs
    untouched; the exit code is then 1. agenda.pdf needs the optional extra egmplan[pdf]
    (WeasyPrint, with Pango from the system packages): without it the other formats are
    built and a note says so once, and -f pdf exits 1 saying what to install.

    \b
    Examples:
      egmplan agenda build
      egmplan agenda build egm-cybercrime-2021 -f html -f md -o out
      egmplan agenda build egm-cybercrime-2021 -f md -o - > agenda.md
      egmplan agenda build --check
      egmplan agenda build egm-cybercrime-2021 --lang en -o out
    """
    from egmplan.app.build import ORIGINAL, build_meetings, compare_outputs, write_meeting
    from egmplan.catalog import MeetingNotFound, UnknownMeetingId, expand, meeting_files
    from egmplan.errors import OutputError, PartialWriteError
    from egmplan.output import FolderSyncs, SyncBatch, signals_deferred, signals_gated
    from egmplan.render import registry, user_template_dirs

    chosen, skipped = formats_chosen(KINDS, formats)
    output = common.output_path(output)
    epoch = common.source_date_epoch()
    to_stdout = output == "-"
    if check and to_stdout:
        raise typer.BadParameter("--check compares with an output folder; it cannot be used with '-o -'",
                                 param_hint="'--check'")
    asked = common.languages_asked(languages)
    if to_stdout and asked is not None and len(asked) != 1:
        raise typer.BadParameter("'-o -' writes one language to stdout: give at most one --lang", param_hint="'--lang'")
    if to_stdout and len(chosen) != 1:
        raise typer.BadParameter("'-o -' writes one format to stdout: give exactly one -f", param_hint="'-o'")
    if templates is not None and not common.is_folder(templates):
        raise typer.BadParameter(f"{common.printable(str(templates))} is not a folder", param_hint="'--templates'")
    user_dirs = tuple(common.display_path(Path(d)) for d in user_template_dirs(templates, Path.cwd()))

    folder = common.folder()
    refs = list(paths or [])
    files = []
    if not refs:  # every meeting of the folder, each listed as found there
        files = meeting_files(folder)
        if not files:
            raise common.no_meetings()
    if to_stdout and len(refs or files) != 1:
        raise typer.BadParameter("'-o -' writes one meeting to stdout: give exactly one PATH", param_hint="'-o'")

    root = Path(output) if output and not to_stdout else Path("build")
    failed: list[str] = []
    files_written = 0
    stale: list[str] = []
    shown_folder = common.display_path(folder) if refs else ""
    for ref in refs:
        try:
            files += expand(ref, folder, shown_folder)
        except UnknownMeetingId:
            raise  # the command line is wrong: egmplan.cli.main reports it (exit 2)
        except MeetingNotFound as exc:
            common.stderr(f"egmplan: error: {exc}")
            failed.append(ref)
            continue
    jobs = list(zip(files, common.display_paths(files)))
    total = len(jobs) + len(failed)
    if to_stdout and total != 1:
        raise typer.BadParameter("'-o -' writes one meeting to stdout: give exactly one PATH", param_hint="'-o'")
    same_id: dict[str, list[str]] = {}
    for path, shown in jobs:
        same_id.setdefault(path.stem, []).append(shown)
    clashes = {stem: shown for stem, shown in same_id.items() if len(shown) > 1}
    if clashes and not to_stdout:
        stem, shown = sorted(clashes.items())[0]
        raise typer.BadParameter(f"{' and '.join(shown)} would both be built into {root / stem}/; "
                                 "build them separately with -o", param_hint="PATH")
    if not quiet:
        for exporter in skipped:
            common.stderr(f"egmplan: note: no {exporter.name}: {exporter.missing()}")
    progress = _Progress(len(jobs), enabled=not quiet and not to_stdout and not check and sys.stderr.isatty())
    workers = 1 if to_stdout else min(os.cpu_count() or 1, 4)

    def waiting(folder: Path) -> None:
        progress.echo(f"egmplan: waiting for another egmplan writing to {common.display_path(folder)}/")

    builds = build_meetings(jobs, tuple(chosen), templates=tuple(user_dirs), source_date_epoch=epoch,
                            workers=workers, languages=ORIGINAL if to_stdout and asked is None else asked,
                            allow_untranslated=allow_untranslated)
    usage_errors = 0
    meetings_written = 0
    # The folders holding new meeting folders (out/ itself, once for the whole build) are
    # synced before anything says a meeting is written, and before the command ends.
    folder_syncs = FolderSyncs()
    # A build of many meetings makes their files durable together (egmplan.output.SyncBatch).
    batch = SyncBatch.for_build() if len(jobs) >= BATCH_FROM and not check and not to_stdout else None

    def sync_folders() -> None:
        with signals_deferred():
            folder_syncs.sync()

    def finished(written: _Written, problem) -> None:
        """Say how writing one meeting ended, and count it."""
        nonlocal meetings_written, files_written
        meeting_id, sizes = written.meeting_id, written.sizes
        target = root / meeting_id
        if problem is not None:
            common.stderr(f"egmplan: error: {problem}")
            if isinstance(problem, PartialWriteError):
                common.stderr(f"egmplan: {meeting_id}: partly written: {problem.state}")
            else:
                common.stderr(f"egmplan: {meeting_id}: not built; earlier outputs are left as they were")
            failed.append(written.shown)
            progress.advance(meeting_id)
            return
        meetings_written += 1
        files_written += len(sizes)
        progress.advance(meeting_id)
        if verbose or not quiet:
            sync_folders()
        if verbose:
            for name in sorted(sizes):
                shown = common.printable(common.display_path(target / name))
                progress.echo(f"  {shown} ({sizes[name]:,} bytes)")
        if not quiet:
            names = ", ".join(registry.find(KINDS, f).filename for f in chosen)
            for language, subfolder in written.folders:
                folder = target / subfolder if subfolder else target
                shown_id = f"{meeting_id} ({language})" if subfolder else meeting_id
                progress.echo(f"{shown_id}: {names} -> {common.printable(common.display_path(folder))}/")

    last_commit = time.monotonic()

    def settle(*, now: bool) -> None:
        """Say how each meeting whose writing has ended went; first make the batch's meetings
        durable when ``now``, when it is full, or every BATCH_SECONDS (so that a long build
        shows its files as it goes and Ctrl-C never waits for a large batch)."""
        nonlocal last_commit
        if batch is None:
            return
        with signals_deferred():
            if now or not batch.takes(1) or time.monotonic() - last_commit >= BATCH_SECONDS:
                batch.commit()
                last_commit = time.monotonic()
            for staged, outcome in batch.take_done():
                finished(staged, outcome)

    # One handler for Ctrl-C and SIGTERM for the whole loop: holding them back while each meeting
    # is written (signals_deferred) then costs no system call.
    with signals_gated():
        try:
            for result in builds:
                # Errors in full; warnings in full only with -v: `egmplan validate` lists them,
                # and README's `egmplan validate && egmplan agenda build` must not print them twice.
                common.report(result.diagnostics, quiet_warnings=not verbose)
                warnings = sum(d.severity == "warning" for d in result.diagnostics)
                if warnings and not verbose and not quiet:
                    progress.echo(f"{result.meeting_id or result.shown}: {warnings} warning{'s' if warnings != 1 else ''} "
                                  f"(see: egmplan validate {result.shown})")
                if result.usage:
                    common.stderr(f"egmplan: error: {result.usage}")
                    usage_errors += 1
                for line in result.untranslated:
                    common.stderr(line)
                if result.without_style and not quiet and asked is None:
                    progress.echo(f"egmplan: note: {result.meeting_id}: not built in {', '.join(result.without_style)}: "
                                  "egmplan has no style for "
                                  f"{'it' if len(result.without_style) == 1 else 'them'} yet")
                if result.outputs is None:
                    if result.error:
                        common.stderr(f"egmplan: error: {result.error}")
                    common.stderr(f"egmplan: {result.meeting_id or result.shown}: not built; "
                                  "earlier outputs are left as they were")
                    failed.append(result.shown)
                    progress.advance(result.shown)
                    continue
                outputs = result.outputs
                meeting_id = result.meeting_id
                target = root / meeting_id
                if to_stdout:
                    data = next(iter(outputs.values()))
                    stream = getattr(sys.stdout, "buffer", None)
                    if stream is not None:
                        sys.stdout.flush()
                        stream.write(data)
                        stream.flush()
                    else:
                        sys.stdout.write(data.decode("utf-8"))
                    continue
                if check:  # the files were built, not written
                    try:
                        stale += _print_changes(compare_outputs(target, outputs, shown=common.display_path))
                    except OutputError as exc:
                        common.stderr(f"egmplan: error: {exc}")
                        failed.append(result.shown)
                    progress.advance(meeting_id)
                    continue
                with signals_deferred():  # Ctrl-C takes effect once this meeting is written (or staged) and counted
                    # What is said of the meeting once written, without its outputs (a batch holds
                    # hundreds of meetings until it commits)
                    written = _Written(result.shown, meeting_id, {name: len(data) for name, data in outputs.items()},
                                       result.folders)
                    problem = write_meeting(target, outputs, on_wait=None if quiet else waiting,
                                            folder_syncs=folder_syncs, batch=batch, tag=written)
                    if problem is not None or batch is None:
                        finished(written, problem)
                    settle(now=False)
            settle(now=True)
        except KeyboardInterrupt:
            builds.close()  # stops the workers at once
            settle(now=True)  # the meetings written as temporaries so far are kept, as if written one by one
            sync_folders()
            progress.stop()
            if check or to_stdout:
                common.stderr("egmplan: interrupted; nothing was written")
            else:
                common.stderr(f"egmplan: interrupted: {meetings_written} of {total} meeting{'s' if total != 1 else ''} "
                              f"written; the others were left as they were")
            raise typer.Exit(common.EXIT_INTERRUPTED)
        finally:
            if batch is not None:
                batch.abandon()  # nothing is left staged when the loop ends otherwise (an error)
            sync_folders()
            progress.stop()

    if check:
        checked = total - len(failed)
        if stale:
            common.stderr(f"FAILED: {len(stale)} file{'s' if len(stale) != 1 else ''} would change: {', '.join(stale)}")
        if failed:
            common.stderr(f"FAILED: {len(failed)} meeting{'s' if len(failed) != 1 else ''} not checked: "
                          f"{', '.join(failed)}")
        elif not stale and not quiet:
            common.stderr(f"up to date: {checked} meeting{'s' if checked != 1 else ''} checked")
        raise typer.Exit(common.EXIT_INPUT if stale or failed else common.EXIT_OK)

    if usage_errors:
        raise typer.Exit(common.EXIT_USAGE)
    built = total - len(failed)
    if not to_stdout and (not quiet or failed):
        summary = f"built {built} meeting{'s' if built != 1 else ''}, {files_written} file{'s' if files_written != 1 else ''}"
        if failed:
            summary += f"; {len(failed)} not built: {', '.join(failed)}"
        common.stderr(("FAILED: " if failed else "") + summary)
    raise typer.Exit(common.EXIT_INPUT if failed else common.EXIT_OK)


def _print_changes(stale) -> list[str]:
    """Print the unified diff of each stale text output and name each binary one; returns
    the paths that would change."""
    for found in stale:
        if found.binary:
            sys.stdout.write(f"Binary file {found.shown} would {'be created' if found.created else 'change'}\n")
        else:
            sys.stdout.writelines(found.diff)
    return [found.shown for found in stale]
