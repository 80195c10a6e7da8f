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
    """The draft a path, an id or ``git:REV:PATH`` names; exit 1 with the draft's errors if
    it is invalid."""
    from egmplan.app.diff import load_draft_bytes, load_draft_file

    if ref.startswith("git:"):
        name, data, stem = _git_blob(ref)
        # {history} is read from the series file beside the file in the working tree.
        loaded = load_draft_bytes(data, name, stem, path=Path(ref.split(":", 2)[2]))
    else:
        path = _file(ref)
        loaded = load_draft_file(path, common.display_path(path))
    common.report(loaded.errors)
    if loaded.draft is None:
        raise typer.Exit(common.EXIT_INPUT)
    return loaded.draft


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
    from egmplan.app.diff import compare

    old_draft = _load_ref(old)
    new_draft = _load_ref(new)
    comparison = compare(old_draft, new_draft, output_format)  # DifferentKinds: exit 2
    sys.stdout.write(comparison.text)
    if exit_code and comparison.changes:
        raise typer.Exit(1)  # as git diff --exit-code: "there are changes", not an error
