"""``egmplan diff``: what changed between two drafts (a revised organization of work)."""

from __future__ import annotations

import subprocess
import sys

import typer

from egmplan.cli import common


def _load_ref(ref: str):
    """A meeting from a path, an id, or ``git:REV:path``; exit 1 with its errors if it is invalid."""
    from egmplan.catalog import MeetingNotFound, resolve
    from egmplan.loader.load import load_meeting_bytes

    if ref.startswith("git:"):
        try:
            _, rev, path = ref.split(":", 2)
        except ValueError:
            raise typer.BadParameter(f"expected git:REV:PATH, got {ref!r}")
        done = subprocess.run(["git", "show", f"{rev}:{path}"], capture_output=True)
        if done.returncode != 0:
            raise common.fail(f"{ref}: {done.stderr.decode(errors='replace').strip()}")
        name, data, stem = ref, done.stdout, path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    else:
        try:
            path = resolve(ref, common.folder())
        except MeetingNotFound as exc:
            raise common.fail(str(exc))
        name, stem = common.display_path(path), path.stem
        data = path.read_bytes()
    result = load_meeting_bytes(data, name, stem)
    common.report(result.errors)
    if result.meeting is None:
        raise typer.Exit(common.EXIT_INPUT)
    return name, result.meeting


def diff(
    old: str = typer.Argument(..., metavar="OLD", help="The earlier draft: a file, an id, or git:REV:PATH."),
    new: str = typer.Argument(..., metavar="NEW", help="The later draft: a file, an id, or git:REV:PATH."),
    output_format: str = typer.Option("text", "--format", help="text or md."),
) -> None:
    """List what changed between two drafts of a meeting, in the secretariat's words.

    Items added, removed or renamed; sittings moved, added or cancelled; rows of the
    organization of work that changed; dates or venue changed.

    \b
    Example:
      egmplan diff git:HEAD~1:meetings/egm-cybercrime-2021.yaml meetings/egm-cybercrime-2021.yaml
    """
    if output_format not in ("text", "md"):
        raise typer.BadParameter(f"expected text or md, got {output_format!r}", param_hint="--format")
    from egmplan.planning.diff import diff_meetings, render_changes
    from egmplan.style import get_style

    old_name, old_meeting = _load_ref(old)
    new_name, new_meeting = _load_ref(new)
    changes = diff_meetings(old_meeting, new_meeting, get_style(new_meeting.style.language))
    sys.stdout.write(render_changes(changes, old_name, new_name, output_format))
