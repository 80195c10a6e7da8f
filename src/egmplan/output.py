"""Writing outputs so that nothing is lost: a file is either the old one or the new one."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, flush it to disk, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file 0600; give it the mode a plain open() would (or the old file's).
        os.fchmod(handle, _mode_for(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def remove_stale_temporaries(folder: Path, names) -> None:
    """Delete temporary files a killed earlier write of these outputs left behind
    (``.agenda.md.x1y2.tmp``); the outputs themselves are always whole."""
    if not folder.is_dir():
        return
    for name in names:
        for leftover in folder.glob(f".{name}.*.tmp"):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_all_atomic(files: dict[Path, bytes]) -> None:
    """Write several outputs; each one is replaced atomically (all were rendered before the first write)."""
    for path in sorted(files):
        write_atomic(path, files[path])


def build_timestamp(source_date_epoch: str | None, fallback: datetime | None = None) -> datetime:
    """The one instant an output may carry: ``SOURCE_DATE_EPOCH`` (reproducible-builds.org),
    else the fallback the caller derives from the input (e.g. the meeting's issue date),
    else the Unix epoch. Never the wall clock."""
    if source_date_epoch and source_date_epoch.strip().isdigit():
        return datetime.fromtimestamp(int(source_date_epoch.strip()), tz=timezone.utc)
    if fallback is not None:
        return fallback
    return datetime(1970, 1, 1, tzinfo=timezone.utc)
