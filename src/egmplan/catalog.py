"""Which meeting a command works on: files in the meetings folder, ids, and the current meeting.

The caller passes the environment and the current instant: the core never reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from egmplan.errors import EgmplanError

SUFFIXES = (".yaml", ".yml")


class MeetingNotFound(EgmplanError):
    """A meeting id or path names no file."""


def meetings_folder(environ: dict[str, str], cwd: Path) -> Path:
    """``$EGMPLAN_MEETINGS``, else ``./meetings``, else the bundled example."""
    if environ.get("EGMPLAN_MEETINGS"):
        return Path(environ["EGMPLAN_MEETINGS"])
    local = cwd / "meetings"
    if local.is_dir():
        return local
    return bundled_folder()


def bundled_folder() -> Path:
    return Path(str(resources.files("egmplan").joinpath("examples")))


def meeting_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())


def resolve(ref: str, folder: Path) -> Path:
    """A path as given, or an id (a file stem) in the meetings folder."""
    path = Path(ref)
    if path.suffix in SUFFIXES or "/" in ref or path.is_file():
        if path.exists():
            return path
        raise MeetingNotFound(f"no meeting file {ref}")
    for suffix in SUFFIXES:
        candidate = folder / f"{ref}{suffix}"
        if candidate.is_file():
            return candidate
    ids = [p.stem for p in meeting_files(folder)]
    import difflib

    close = difflib.get_close_matches(ref, ids, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else (f"; known ids: {', '.join(ids)}" if ids else "")
    raise MeetingNotFound(f"no meeting {ref!r} in {folder}{hint}")


@dataclass(frozen=True)
class Candidate:
    path: Path
    meeting: object  # egmplan.model.Meeting


def choose_current(candidates: list[Candidate], now: datetime) -> Candidate | None:
    """The meeting under way or next, by today's date at each venue; else the one that ended last."""
    from egmplan import tz

    upcoming, past = [], []
    for candidate in candidates:
        meeting = candidate.meeting
        today = now.astimezone(tz.get_zone(meeting.timezone)).date()
        if meeting.end >= today:
            upcoming.append((meeting.start, str(candidate.path), candidate))
        else:
            past.append((meeting.end, str(candidate.path), candidate))
    if upcoming:
        return min(upcoming, key=lambda t: t[:2])[2]
    if past:
        return max(past, key=lambda t: t[:2])[2]
    return None
