"""Load and check: a meeting file read by the loader, then the planning checks (the
warnings about a meeting that loads but looks wrong, :mod:`egmplan.planning.checks`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from egmplan.errors import DiagnosticSink
from egmplan.loader import LoadResult


def load_and_check(path: str | Path, shown: str | None = None) -> LoadResult:
    """The meeting file at ``path`` (named ``shown`` in messages), with every diagnostic."""
    from egmplan.loader import load_meeting

    return checked(load_meeting(path, shown))


def check_text(text: str, name: str = "<meeting>", meeting_id: str = "meeting") -> LoadResult:
    """A meeting file's text (e.g. one about to be written), with every diagnostic."""
    from egmplan.loader import load_meeting_text

    return checked(load_meeting_text(text, name, meeting_id))


def check_bytes(data: bytes, name: str, meeting_id: str) -> LoadResult:
    """A meeting file's bytes (e.g. a draft read from git), with every diagnostic."""
    from egmplan.loader.load import load_meeting_bytes

    return checked(load_meeting_bytes(data, name, meeting_id))


def checked(loaded: LoadResult) -> LoadResult:
    """``loaded`` with the planning checks' diagnostics among its own, sorted as the loader
    sorts them. A meeting with errors is not checked (there is none)."""
    if loaded.meeting is None:
        return loaded
    from egmplan.planning.checks import check_meeting

    found = check_meeting(loaded.meeting)
    if not found:
        return loaded
    sink = DiagnosticSink(loaded.meeting.source, [*loaded.diagnostics, *found])
    return replace(loaded, diagnostics=sink.sorted())
