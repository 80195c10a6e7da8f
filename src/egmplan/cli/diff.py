"""``egmplan diff``: what changed between two drafts (a revised organization of work)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from egmplan.cli import common
from egmplan.cli.formats import format_option
from egmplan.render.registry import CHANGES


def _git_blob(ref: str) -> tuple[str, bytes, str]:
    """(name, bytes, meeting id) of ``git:REV:PATH``. A reference that is malformed, names a
    folder or starts with '-' exits 2; a revision or path git does not have exits 1."""
    import subprocess

    if ref.removeprefix("git:").startswith("-"):
        raise common.fail(f"{ref!r}: a revision cannot start with '-'", common.EXIT_USAGE)
    try:
        _, rev, path = ref.split(":", 2)
    except ValueError:
        raise common.fail(f"{ref!r}: expected git:REV:PATH, e.g. git:HEAD~1:meetings/m.yaml", common.EXIT_USAGE)
    spec = f"{rev}:{path}"

    def git(*args: str) -> subprocess.CompletedProcess:
        # --end-of-options: whatever the user typed is a revision, never an option of git's.
        try:
            return subprocess.run(["git", *args, "--end-of-options", spec], capture_output=True)
        except OSError as exc:
            raise common.fail(f"{ref}: cannot run git: {exc.strerror or exc}")

    from egmplan.loader.yamltree import MAX_BYTES

    kind = git("cat-file", "-t")
    if kind.returncode != 0:  # no such revision or path: as a missing file
        message = kind.stderr.decode(errors="replace").strip().removeprefix("fatal: ")
        raise common.fail(f"{ref}: {message or 'git could not read it'}")
    if kind.stdout.strip() != b"blob":
        raise common.fail(f"{ref} is a {kind.stdout.decode(errors='replace').strip()} in git, "
                          "not a meeting file", common.EXIT_USAGE)
    size = int(git("cat-file", "-s").stdout or 0)
    if size > MAX_BYTES:  # not read at all: as a file on disk, a meeting file has a bound
        raise common.fail(f"{ref}: the file is {size:,} bytes; meeting files are limited to {MAX_BYTES:,} bytes")
    shown = git("show")
    if shown.returncode != 0:
        raise common.fail(f"{ref}: {shown.stderr.decode(errors='replace').strip().removeprefix('fatal: ')}")
    return ref, shown.stdout, Path(path).stem


def _file(ref: str) -> Path:
    """The meeting file an argument names: an unknown id exits 2 and a missing file 1, as
    with ``-m``; a folder, a device or a FIFO is refused when read (exit 1, as ``validate``)."""
    if ref == "":
        raise common.fail("an empty argument names no meeting; give a file, an id or git:REV:PATH", common.EXIT_USAGE)
    return common.resolve(ref)


def _load_ref(ref: str):
    """(name, kind, meeting or None, converted keys) from a path, an id or ``git:REV:PATH``;
    kind is "meeting" or "participants" (a participants file); exit 1 with the draft's errors
    if it is invalid."""
    from egmplan.loader.load import load_meeting, load_meeting_bytes

    if ref.startswith("git:"):
        name, data, stem = _git_blob(ref)
        result = load_meeting_bytes(data, name, stem)
    else:
        path = _file(ref)
        name = common.display_path(path)
        result = load_meeting(path, name)
        data = None
        if result.meeting is None:  # perhaps a participants file: read it again, as bounded
            from egmplan.loader.yamltree import MAX_BYTES
            from egmplan.readfile import UnreadableFile, read_limited

            try:
                data = read_limited(path, MAX_BYTES, "meeting file")
            except UnreadableFile:
                pass
    if result.meeting is None and data is not None and _is_participants_file(data):
        from egmplan.errors import DiagnosticSink
        from egmplan.loader.participants import load_participants_bytes

        participants = load_participants_bytes(data, DiagnosticSink(name))
        common.report([d for d in participants.diagnostics if d.is_error])
        if participants.participants is None:
            raise typer.Exit(common.EXIT_INPUT)
        return name, "participants", None, participants.data
    common.report(result.errors)
    if result.meeting is None:
        raise typer.Exit(common.EXIT_INPUT)
    return name, "meeting", result.meeting, result.data


def _is_participants_file(data: bytes) -> bool:
    """A mapping whose only key is ``participants`` (``participants/<name>.yaml``)."""
    from egmplan.errors import DiagnosticSink
    from egmplan.loader import yamltree

    sink = DiagnosticSink("")
    text = yamltree.decode(data, sink)
    root = yamltree.parse(text, sink) if text is not None else None
    return root is not None and root.kind == "map" and [key.text for key, _value in root.value] == ["participants"]


def diff(
    old: str = typer.Argument(..., metavar="OLD", help="The earlier draft: a file, an id, or git:REV:PATH."),
    new: str = typer.Argument(..., metavar="NEW", help="The later draft: a file, an id, or git:REV:PATH."),
    output_format: str = format_option(CHANGES, default="text"),
    exit_code: bool = typer.Option(False, "--exit-code",
                                   help="Exit 1 when anything changed, 0 when nothing did (as git diff --exit-code)."),
) -> None:
    """List what changed between two drafts of a meeting, in the secretariat's words.

    Every key of the meeting file is compared; each change names its key path. Two
    participants files (participants/NAME.yaml) are compared the same way. Items
    added, removed, renamed or renumbered; changed words of annotations; sittings moved,
    added or cancelled; rows of the organization of work that print differently, and a
    warning when a row written as a number now points at another item; deadlines that
    moved; participants, style and every other key.

    Exit 0 (with --exit-code: 0 no changes, 1 changes); 1 when a draft has errors or cannot
    be read (a missing file, a folder, a FIFO; a missing git revision or path); 2 for an
    unknown id, an empty argument, a malformed git: reference or one naming a folder, and a
    revision starting with '-'.

    \b
    Example:
      egmplan diff git:HEAD~1:meetings/egm-cybercrime-2021.yaml meetings/egm-cybercrime-2021.yaml
    """
    from egmplan.planning.diff import diff_meetings, diff_participants
    from egmplan.render.changes import render_changes
    from egmplan.style import get_style

    old_name, old_kind, old_meeting, old_data = _load_ref(old)
    new_name, new_kind, new_meeting, new_data = _load_ref(new)
    if old_kind != new_kind:
        raise common.fail(f"{old_name} is a {old_kind} file and {new_name} a {new_kind} file; "
                          "compare two meeting files or two participants files", common.EXIT_USAGE)
    if new_meeting is None:
        changes = diff_participants(old_data, new_data)
        style, clock = get_style("en"), "12h"
    else:
        changes = diff_meetings(old_meeting, new_meeting, old_data, new_data)
        style, clock = get_style(new_meeting.style.language), new_meeting.style.time
    sys.stdout.write(render_changes(changes, old_name, new_name, output_format, style, clock))
    if exit_code and changes:
        raise typer.Exit(1)  # as git diff --exit-code: "there are changes", not an error
