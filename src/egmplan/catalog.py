"""Which meeting a command works on: files in the meetings folder, ids, and the current meeting.

The caller passes the environment and the current instant: the core never reads the clock.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from egmplan.errors import EXIT_USAGE, InputError

SUFFIXES = (".yaml", ".yml")
SERIES_SUFFIXES = (".series.yaml", ".series.yml")  # a body's series file (egmplan.loader.series), not a meeting
EXAMPLE = "example"  # ``-m example``: the meeting bundled with egmplan, used only when asked for
ENVIRONMENT_VARIABLE = "EGMPLAN_MEETINGS"


class MeetingNotFound(InputError):
    """A meeting path names no file, or a folder holds no meeting file."""


class UnknownMeetingId(MeetingNotFound):
    """An id names no meeting in the meetings folder: a mistake on the command line."""

    exit_code = EXIT_USAGE


def meetings_folder(environ: dict[str, str], cwd: Path) -> Path:
    """``$EGMPLAN_MEETINGS``, else ``./meetings`` (whether or not it exists: the bundled
    example is never used unless asked for)."""
    if environ.get(ENVIRONMENT_VARIABLE):
        return Path(environ[ENVIRONMENT_VARIABLE])
    return cwd / "meetings"


def no_meetings_message(shown: str, from_environment: bool) -> str:
    """Why there is nothing to work on, naming the folder looked in."""
    where = f"{shown} (from ${ENVIRONMENT_VARIABLE})" if from_environment else f"{shown} (or ${ENVIRONMENT_VARIABLE})"
    return (f"no meeting files found in {where}; start one with 'egmplan init MEETING_ID', "
            f"or try the bundled example with '-m {EXAMPLE}'")


def bundled_folder() -> Path:
    return Path(__file__).parent / "examples"  # by path: importlib.resources costs start-up


def bundled_example() -> Path:
    return meeting_files(bundled_folder())[0]


def bundled_catalogues() -> dict[str, Path]:
    """The bundled example's translation catalogues (``<id>.<language>.po`` beside it), by language."""
    stem = bundled_example().stem
    return {path.name[len(stem) + 1:-len(".po")]: path
            for path in sorted(bundled_folder().glob(f"{stem}.*.po"))}


def meeting_files(folder: Path) -> list[Path]:
    """The ``*.yaml``/``*.yml`` entries of ``folder`` but series files; none when it cannot be
    listed (:func:`folder_problem` says why)."""
    return [p for p in _yaml_entries(folder) if not is_series_file(p)]


def series_files(folder: Path) -> list[Path]:
    """The ``*.series.yaml``/``*.series.yml`` entries of ``folder``."""
    return [p for p in _yaml_entries(folder) if is_series_file(p)]


def is_series_file(path: Path) -> bool:
    return path.name.endswith(SERIES_SUFFIXES)


def _yaml_entries(folder: Path) -> list[Path]:
    try:
        if not folder.is_dir():
            return []
        # Anything but a folder: a pipe, a device or a broken link named *.yaml is reported, not skipped.
        return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and _kind(p) != "folder")
    except (OSError, ValueError, MeetingNotFound):
        return []


def folder_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot be listed ("Permission denied"), or None when it can (or is missing)."""
    try:
        if folder.is_dir():
            next(iter(folder.iterdir()), None)
    except OSError as exc:
        return exc.strerror or str(exc)
    except ValueError as exc:
        return str(exc)
    return None


def _kind(path: Path) -> str | None:
    """"folder", "file" (anything else that exists) or None when nothing is there; a name the
    system cannot even look up (too long, a NUL byte) is a :class:`MeetingNotFound`."""
    try:
        return "folder" if path.stat().st_mode & 0o170000 == 0o040000 else "file"
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP: a link that leads to itself is there, and unreadable when read
            return "file"
        raise MeetingNotFound(f"no meeting file {_shortened(str(path))}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise MeetingNotFound(f"no meeting file {_shortened(str(path))}: {exc}") from None


def _shortened(text: str, most: int = 200) -> str:
    return text if len(text) <= most else text[:most] + f"… ({len(text):,} characters)"


def looks_like_path(ref: str) -> bool:
    return Path(ref).suffix in SUFFIXES or "/" in ref or _kind(Path(ref)) is not None


def resolve(ref: str, folder: Path, shown_folder: str | None = None) -> Path:
    """A path as given, or an id (a file stem) in the meetings folder, or ``example``.

    Raises :class:`UnknownMeetingId` for an id that names nothing (with a did-you-mean),
    :class:`MeetingNotFound` for a path that does not exist."""
    path = Path(ref)
    if looks_like_path(ref):
        if _kind(path) is not None:
            return path
        raise MeetingNotFound(f"no meeting file {_shortened(ref)}")
    for suffix in SUFFIXES:
        candidate = folder / f"{ref}{suffix}"
        if _kind(candidate) == "file":
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
    raise UnknownMeetingId(f"no meeting {_shortened(ref)!r} in {shown_folder or folder}{hint}")


def expand(ref: str, folder: Path, shown_folder: str | None = None, with_series: bool = False) -> list[Path]:
    """The meeting files a command-line argument names: a folder's meeting files (and its
    series files ``with_series``), or one file."""
    path = Path(ref)
    if path.suffix not in SUFFIXES and _kind(path) == "folder":
        found = meeting_files(path) + (series_files(path) if with_series else [])
        if not found:
            problem = folder_problem(path)
            raise MeetingNotFound(f"cannot read the folder {ref}: {problem}" if problem
                                  else f"no meeting files found in {ref}")
        return found
    return [resolve(ref, folder, shown_folder)]


class Candidate(NamedTuple):
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
