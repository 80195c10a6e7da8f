"""Diff: two drafts of a meeting file (or of a participants file), loaded and compared key
by key, and the changes written in the secretariat's words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from egmplan.errors import Diagnostic, UsageError
from egmplan.model import Meeting


@dataclass(frozen=True)
class Draft:
    """One draft as loaded: ``meeting`` is None for a participants file."""

    name: str
    kind: str                       # "meeting" or "participants"
    meeting: Meeting | None
    data: object                    # the converted keys, which are compared


@dataclass(frozen=True)
class DraftLoad:
    """A draft (None when it has errors) and its errors."""

    draft: Draft | None
    errors: tuple[Diagnostic, ...]


class DifferentKinds(UsageError):
    """A meeting file compared with a participants file."""


@dataclass(frozen=True)
class Comparison:
    changes: list                   # egmplan.planning.diff changes; empty when nothing changed
    text: str                       # the changes in the format asked for


def load_draft_file(path: Path, name: str) -> DraftLoad:
    """A draft on disk: a meeting file or, when it is none, a participants file."""
    from egmplan.app.check import load_and_check

    result = load_and_check(path, name, tree=True)
    data = None
    if result.meeting is None:  # perhaps a participants file: read it again, as bounded
        from egmplan.loader.yamltree import MAX_BYTES
        from egmplan.readfile import UnreadableFile, read_limited

        try:
            data = read_limited(path, MAX_BYTES, "meeting file")
        except UnreadableFile:
            pass
    return _draft(name, result, data)


def load_draft_bytes(data: bytes, name: str, meeting_id: str, path: Path | None = None) -> DraftLoad:
    """A draft read elsewhere (from git): a meeting file; a participants file is not looked for.
    ``path``: the file in the working tree, whose series file a ``{history}`` placeholder reads."""
    from egmplan.app.check import check_bytes

    return _draft(name, check_bytes(data, name, meeting_id, path=path), None)


def _draft(name: str, result, data: bytes | None) -> DraftLoad:
    if result.meeting is None and data is not None and _is_participants_file(data):
        from egmplan.app.check import participants_checked
        from egmplan.errors import DiagnosticSink
        from egmplan.loader.participants import load_participants_bytes

        participants = participants_checked(load_participants_bytes(data, DiagnosticSink(name)))
        errors = tuple(d for d in participants.diagnostics if d.is_error)
        if participants.participants is None:
            return DraftLoad(None, errors)
        return DraftLoad(Draft(name, "participants", None, participants.data), errors)
    if result.meeting is None:
        return DraftLoad(None, tuple(result.errors))
    return DraftLoad(Draft(name, "meeting", result.meeting, result.data), tuple(result.errors))


def _is_participants_file(data: bytes) -> bool:
    """A mapping whose only key is ``participants`` (``participants/<name>.yaml``)."""
    from egmplan.errors import DiagnosticSink
    from egmplan.loader import yamltree

    sink = DiagnosticSink("")
    text = yamltree.decode(data, sink)
    root = yamltree.parse(text, sink) if text is not None else None
    return root is not None and root.kind == "map" and [key.text for key, _value in root.value] == ["participants"]


def compare(old: Draft, new: Draft, output_format: str) -> Comparison:
    """What changed from ``old`` to ``new``, written as ``output_format`` (text, md or json);
    DifferentKinds when one is a meeting file and the other a participants file."""
    from egmplan.planning.diff import diff_meetings, diff_participants
    from egmplan.render.changes import render_changes
    from egmplan.style import get_style

    if old.kind != new.kind:
        raise DifferentKinds(f"{old.name} is a {old.kind} file and {new.name} a {new.kind} file; "
                             "compare two meeting files or two participants files")
    if new.meeting is None:
        changes = diff_participants(old.data, new.data)
        style, clock = get_style("en"), "12h"
    else:
        changes = diff_meetings(old.meeting, new.meeting, old.data, new.data)
        style, clock = get_style(new.meeting.style.language), new.meeting.style.time
    return Comparison(changes, render_changes(changes, old.name, new.name, output_format, style, clock))
