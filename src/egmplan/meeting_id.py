"""Meeting ids: the file name of a meeting without ``.yaml``, used as a folder name under the
output folder, in calendar UIDs and in Word document properties, so it must be a safe file name.

The rule (documented in docs/checking.md): 1 to 100 characters, ASCII letters, digits, ``.``,
``_`` and ``-``, starting with a letter or a digit. ``..``, ``/``, spaces and control
characters can therefore never reach a path or a document.
"""

from __future__ import annotations

import re

PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
MAX_LENGTH = 100
RULE = "letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters"

_SAFE = re.compile(PATTERN)
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")
UID_DOMAIN = "egmplan.invalid"  # RFC 2606: a name that never clashes with a real host


def calendar_uid(meeting_id: str, stem: str) -> str:
    """The iCalendar ``UID`` of one event of a meeting, stable across re-issues (RFC 5545 3.8.4.7):
    ``egm-cybercrime-2021-20210406-1@egmplan.invalid``. Characters a meeting id cannot hold
    are replaced, should an id not checked by the loader ever reach a calendar."""
    ident = _UNSAFE_RUN.sub("-", meeting_id).strip("-") or "meeting"
    return f"{ident}-{stem}@{UID_DOMAIN}"


def problem(meeting_id: str, origin: str = "") -> str | None:
    """Why ``meeting_id`` cannot be a meeting id, or None when it can. ``origin`` says where
    the id comes from, e.g. " (the file's name)"."""
    if _SAFE.fullmatch(meeting_id):
        return None
    if not meeting_id:
        return f"the meeting id{origin} is empty; a meeting id has {RULE}"
    hint = suggestion(meeting_id)
    return (f"the meeting id {meeting_id!r}{origin} is not a safe file name; a meeting id has {RULE}"
            + (f" (e.g. {hint!r})" if hint else ""))


def suggestion(meeting_id: str) -> str | None:
    """A safe id close to ``meeting_id`` ("Réunion 2027" -> "Reunion-2027"), if any."""
    import unicodedata

    last = meeting_id.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]  # "meetings/x" -> "x"
    for suffix in (".yaml", ".yml"):
        last = last.removesuffix(suffix)
    ascii_only = unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode()
    candidate = _UNSAFE_RUN.sub("-", ascii_only.strip()).strip("-._")[:MAX_LENGTH].rstrip("-._")
    return candidate if candidate and _SAFE.fullmatch(candidate) else None
