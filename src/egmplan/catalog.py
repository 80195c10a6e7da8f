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
EXAMPLE = "example"  # ``-m example``: the meeting bundled with egmplan, used only when asked for
ENVIRONMENT_VARIABLE = "EGMPLAN_MEETINGS"


class MeetingNotFound(EgmplanError):
    """A meeting path names no file, or a folder holds no meeting file."""


class UnknownMeetingId(MeetingNotFound):
    """An id names no meeting in the meetings folder: a mistake on the command line."""


def meetings_folder(environ: dict[str, str], cwd: Path) -> Path:
    """``$EGMPLAN_MEETINGS``, else ``./meetings`` (whether or not it exists: the bundled
    example is never used unless asked for)."""
    if environ.get(ENVIRONMENT_VARIABLE):
        return Path(environ[ENVIRONMENT_VARIABLE])
    return cwd / "meetings"


def no_meetings_message(folder: Path, shown: str, from_environment: bool) -> str:
    """Why there is nothing to work on, naming the folder looked in."""
    where = f"{shown} (from ${ENVIRONMENT_VARIABLE})" if from_environment else f"{shown} (or ${ENVIRONMENT_VARIABLE})"
    return (f"no meeting files found in {where}; start one with 'egmplan init MEETING_ID', "
            f"or try the bundled example with '-m {EXAMPLE}'")


def bundled_folder() -> Path:
    return Path(str(resources.files("egmplan").joinpath("examples")))


def bundled_example() -> Path:
    return meeting_files(bundled_folder())[0]


def meeting_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    # Anything but a folder: a pipe, a device or a broken link named *.yaml is reported, not skipped.
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and not p.is_dir())


def looks_like_path(ref: str) -> bool:
    return Path(ref).suffix in SUFFIXES or "/" in ref or Path(ref).exists()


def resolve(ref: str, folder: Path, shown_folder: str | None = None) -> Path:
    """A path as given, or an id (a file stem) in the meetings folder, or ``example``.

    Raises :class:`UnknownMeetingId` for an id that names nothing (with a did-you-mean),
    :class:`MeetingNotFound` for a path that does not exist."""
    path = Path(ref)
    if looks_like_path(ref):
        if path.exists():
            return path
        raise MeetingNotFound(f"no meeting file {ref}")
    for suffix in SUFFIXES:
        candidate = folder / f"{ref}{suffix}"
        if candidate.exists() and not candidate.is_dir():
            return candidate
    if ref == EXAMPLE:
        return bundled_example()
    ids = [p.stem for p in meeting_files(folder)]
    import difflib

    close = difflib.get_close_matches(ref, ids + [EXAMPLE], n=1, cutoff=0.6)
    if close:
        hint = f"; did you mean {close[0]!r}?"
    elif ids:
        hint = f"; known ids: {', '.join(ids)}"
    else:
        hint = f"; the folder holds no meeting files ('-m {EXAMPLE}' is the bundled example)"
    raise UnknownMeetingId(f"no meeting {ref!r} in {shown_folder or folder}{hint}")


def expand(ref: str, folder: Path, shown_folder: str | None = None) -> list[Path]:
    """The meeting files a command-line argument names: a folder's meeting files, or one file."""
    path = Path(ref)
    if path.is_dir() and Path(ref).suffix not in SUFFIXES:
        found = meeting_files(path)
        if not found:
            raise MeetingNotFound(f"no meeting files found in {ref}")
        return found
    return [resolve(ref, folder, shown_folder)]


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
