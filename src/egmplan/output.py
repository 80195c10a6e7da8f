"""Writing outputs so that nothing is lost: every output is the old file or the new one.

:func:`write_files` writes a set of files in two steps: every new file is first written
and flushed to disk as a temporary file beside its target (``.agenda.md.<pid>-x1y2.tmp``),
then each temporary is renamed over its target. A target that cannot take a regular file
(a folder, a FIFO, a device, a path under a file) is refused before anything is written.
While writing, the folder is locked (``flock`` on the folder itself), so that two egmplan
processes writing the same outputs take turns instead of mixing their files; temporaries
a killed writer left behind are removed, never those of a writer still running.

Every failure is an :class:`OutputError` ("cannot write PATH: reason"); the CLI turns it
into a message and exit code 1.
"""

from __future__ import annotations

import errno
import os
import re
import signal
import stat
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, time, timezone
from pathlib import Path

from egmplan.errors import OutputError, PartialWriteError, SourceDateEpochError

try:  # POSIX; elsewhere writes are still atomic, only not locked
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None


# --- what a target is -----------------------------------------------------------------------

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def _not_a_file(mode: int) -> str:
    name = _kind(mode)
    return "it is a folder, not a file" if name == "a folder" else f"it is {name}, not a regular file"


def _blocking_ancestor(path: Path) -> Path | None:
    """The nearest existing ancestor of ``path`` when it is not a folder (so nothing can be
    created under it)."""
    for parent in path.parents:
        try:
            mode = os.stat(parent).st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError:
            return None  # let the write itself report it
        return None if stat.S_ISDIR(mode) else parent
    return None


def _dangling_link(path: Path) -> Path | None:
    """``path`` or its nearest ancestor that is a symbolic link to nothing: creating a folder
    there fails with "File exists"."""
    for parent in (path, *path.parents):
        if os.path.islink(parent) and not os.path.exists(parent):
            return parent
    return None


def _reason(path: Path, exc: OSError) -> str:
    """The reason an operation on ``path`` failed, in words that point at the culprit."""
    if exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.ENOENT):
        ancestor = _blocking_ancestor(path)
        if ancestor is not None:
            return f"{ancestor} is a file, not a folder"
        dangling = _dangling_link(path)
        if dangling is not None:
            return f"{dangling} is a link to {os.readlink(dangling)}, which does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder, not a file"
    return exc.strerror or str(exc)


def check_target(path: Path, _folders_checked: set[Path] | None = None) -> None:
    """Raise :class:`OutputError` unless a regular file can be put at ``path``: it is absent,
    a regular file or a symbolic link (which a write replaces), and nothing above it is a file.
    (``_folders_checked``: the folders whose ancestors were found to be folders already.)"""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(path, _reason(path, exc)) from None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise OutputError(path, _not_a_file(mode))
    if _folders_checked is not None and path.parent in _folders_checked:
        return
    ancestor = _blocking_ancestor(path)
    if ancestor is not None:
        raise OutputError(path, f"{ancestor} is a file, not a folder")
    if _folders_checked is not None:
        _folders_checked.add(path.parent)


def resolve_link(path: Path) -> Path:
    """The file a symbolic link at ``path`` leads to (``path`` itself when it is no link), for
    files the user names directly: writing one replaces the file the link points to."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def read_existing(path: Path) -> bytes | None:
    """An earlier output's bytes, ``None`` when there is none. Only regular files are read:
    a FIFO or device is refused without being opened for long (never blocks)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(path, _reason(path, exc), "check") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise OutputError(path, _not_a_file(mode), "check")
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            return stream.read()
    except OSError as exc:
        raise OutputError(path, _reason(path, exc), "check") from None
    finally:
        os.close(descriptor)


# --- locks, temporaries and signals -----------------------------------------------------------

@contextmanager
def folder_lock(folder: Path, on_wait: Callable[[Path], None] | None = None) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``folder`` itself (no lock file is left behind). Another
    egmplan writing into the same folder waits until this one is done; ``on_wait`` is called
    once if this one has to wait."""
    descriptor = None
    if fcntl is not None:
        try:
            descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            descriptor = None  # an unreadable folder cannot be locked; the writes stay atomic
    try:
        if descriptor is not None:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait is not None:
                    on_wait(folder)
                fcntl.flock(descriptor, fcntl.LOCK_EX)
            except OSError:
                pass  # a file system without locks
        yield
    finally:
        if descriptor is not None:
            os.close(descriptor)  # releases the lock


_TEMPORARY = re.compile(r"\.(?P<pid>[0-9]+)-[^.]+\.tmp$")


def _temporary_prefix(name: str) -> str:
    return f".{name}.{os.getpid()}-"


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid > 0
    return True


def remove_stale_temporaries(folder: Path, names: Iterable[str]) -> list[Path]:
    """Delete the temporary files of these outputs that a killed writer left behind; returns
    them. A temporary is removed only when its writer is gone: the process whose id it carries
    no longer runs, and no process holds its lock (writers lock their temporaries while they
    write them)."""
    removed: list[Path] = []
    try:
        listed = sorted(entry.name for entry in os.scandir(folder))  # one listing for every name
    except OSError:  # absent, not a folder, unreadable: nothing to clean
        return removed
    for name in names:
        # The names the glob ".NAME.*.tmp" matches: ".NAME." then anything, then ".tmp".
        prefix = f".{name}."
        for leftover_name in listed:
            if not (leftover_name.startswith(prefix) and leftover_name.endswith(".tmp")
                    and len(leftover_name) >= len(prefix) + 4):
                continue
            leftover = folder / leftover_name
            found = _TEMPORARY.search(leftover_name[len(name) + 1:])
            if found and _process_exists(int(found["pid"])):
                continue
            if _remove_if_unlocked(leftover):
                removed.append(leftover)
    return removed


def _remove_if_unlocked(path: Path) -> bool:
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return False
        if fcntl is not None:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # its writer is still at work
        try:
            os.unlink(path)
        except FileNotFoundError:
            return False
        return True
    finally:
        os.close(descriptor)


_deferring: list[bool] = []  # non-empty while signals_deferred holds them (main thread only)


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold back Ctrl-C (SIGINT) and SIGTERM until the block is done, so that a set of renames
    is never cut in two; a signal that came meanwhile takes effect as the block ends. (Blocking
    the signals with a mask would not do: the kernel may hand them to another thread, a process
    pool's for one, and Python still raises in the main thread at once.) Only the main thread
    runs signal handlers, so elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread() or _deferring:
        yield  # elsewhere nothing to do; inside another such block, that one holds them
        return
    received: list[int] = []

    def hold(signum, frame) -> None:
        received.append(signum)

    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(signum)
        if handler is not None:  # None: a handler installed outside Python, left alone
            previous[signum] = signal.signal(signum, hold)
    _deferring.append(True)
    try:
        yield
    finally:
        _deferring.pop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(received):
            signal.raise_signal(signum)


# --- writing ----------------------------------------------------------------------------------

class _Staged:
    """A new file written beside its target (flushed to disk by :meth:`sync`), locked until
    it is renamed."""

    def __init__(self, path: Path, data: bytes, umask: int):
        self.path = path
        self.temporary: str | None = None
        self.descriptor: int | None = None
        import tempfile  # here: it imports shutil, random and the compressors, which printing to stdout needs not

        self.descriptor, self.temporary = tempfile.mkstemp(prefix=_temporary_prefix(path.name), suffix=".tmp",
                                                           dir=path.parent)
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(self.descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    pass
            # mkstemp makes the file 0600; give it the mode a plain open() would (or the old file's).
            os.fchmod(self.descriptor, _mode_for(path, umask))
            view = memoryview(data)
            while view:
                view = view[os.write(self.descriptor, view):]
        except BaseException:
            self.discard()
            raise

    def sync(self) -> None:
        os.fsync(self.descriptor)

    def discard(self) -> None:
        if self.temporary is not None:
            try:
                os.unlink(self.temporary)
            except OSError:
                pass
            self.temporary = None
        self.close()

    def close(self) -> None:
        if self.descriptor is not None:
            os.close(self.descriptor)
            self.descriptor = None


def _mode_for(path: Path, umask: int) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~umask


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _sync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_files(files: Mapping[Path, bytes], *, on_wait: Callable[[Path], None] | None = None) -> None:
    """Write every file or none: check every target, stage every new file (written and synced
    to disk), then rename them over their targets in the order given. Folders are created as
    needed and locked while they are written. A symbolic link at a target is replaced, never
    written through (resolve it first with :func:`resolve_link` where that is wanted).

    Raises :class:`OutputError` when nothing was replaced, or :class:`PartialWriteError` (which
    files are new, which as they were) when a rename failed after others had succeeded."""
    paths = list(files)
    folders_checked: set[Path] = set()
    for path in paths:
        check_target(path, folders_checked)
    folders = sorted({path.parent for path in paths})
    created: list[Path] = []  # folders made here: removed again when nothing is written
    for folder in folders:
        missing = folder
        while not missing.exists() and missing != missing.parent:
            created.append(missing)
            missing = missing.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(next(p for p in paths if p.parent == folder), _reason(folder, exc)) from None
    try:
        _write_locked(files, paths, folders, on_wait)
    except PartialWriteError:
        raise
    except OutputError:
        for folder in sorted(set(created), key=lambda f: len(f.parts), reverse=True):
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty (or already gone): leave it
        raise
    # A folder made here is on disk only once the folder holding it is synced (fsync(2): syncing
    # a file does not sync the entry naming it); the written folders themselves are synced already.
    for folder in sorted(({f.parent for f in created} | set(created)) - set(folders),
                         key=lambda f: len(f.parts), reverse=True):
        _sync_folder(folder)


def _write_locked(files: Mapping[Path, bytes], paths: list[Path], folders: list[Path], on_wait) -> None:
    with _locked(folders, on_wait):
        for folder in folders:
            remove_stale_temporaries(folder, [p.name for p in paths if p.parent == folder])
        staged: list[_Staged] = []
        umask = _umask()
        try:
            # Every file written, then every one flushed to disk (the flushes then find the
            # others' data on its way), then every rename: still each file synced before any
            # replaces its target.
            for path in paths:
                try:
                    staged.append(_Staged(path, files[path], umask))
                except OSError as exc:
                    raise OutputError(path, _reason(path, exc)) from None
            for item in staged:
                try:
                    item.sync()
                except OSError as exc:
                    raise OutputError(item.path, _reason(item.path, exc)) from None
            with signals_deferred():
                _replace_all(staged)
            for folder in folders:
                _sync_folder(folder)
        finally:
            for item in staged:
                item.discard()


def _replace_all(staged: list[_Staged]) -> None:
    replaced: list[Path] = []
    for position, item in enumerate(staged):
        try:
            os.replace(item.temporary, item.path)
        except OSError as exc:
            reason = _reason(item.path, exc)
            if not replaced:
                raise OutputError(item.path, reason) from None
            raise PartialWriteError(item.path, reason, replaced, [s.path for s in staged[position:]]) from None
        item.temporary = None
        replaced.append(item.path)


@contextmanager
def _locked(folders: list[Path], on_wait) -> Iterator[None]:
    if not folders:
        yield
        return
    with folder_lock(folders[0], on_wait), _locked(folders[1:], on_wait):
        yield


def write_atomic(path: Path, data: bytes) -> None:
    """Write one file: the old one stays whole until the new one replaces it."""
    write_files({path: data})


# --- the build's one instant ------------------------------------------------------------------

# datetime's range, which every output format egmplan writes can carry: 9999-12-31T23:59:59Z.
SOURCE_DATE_EPOCH_MAX = 253402300799


def parse_source_date_epoch(value: str | None) -> datetime | None:
    """``SOURCE_DATE_EPOCH`` as an instant; ``None`` when unset or empty. Anything else than
    a whole number of seconds from 0 to :data:`SOURCE_DATE_EPOCH_MAX` (written in ASCII digits,
    as ``date +%s`` prints it) raises :class:`SourceDateEpochError`: the reproducible-builds
    specification asks a tool to fail rather than ignore a malformed value."""
    if value is None or value == "":
        return None
    if not re.fullmatch(r"[0-9]+", value):
        raise SourceDateEpochError(
            f"SOURCE_DATE_EPOCH={value if len(value) <= 40 else value[:40] + '...'!r} is not a timestamp: "
            "expected a whole number of seconds since "
            "1970-01-01 00:00:00 UTC, such as the output of 'date +%s'")
    if len(value) > len(str(SOURCE_DATE_EPOCH_MAX)) or int(value) > SOURCE_DATE_EPOCH_MAX:
        raise SourceDateEpochError(
            f"SOURCE_DATE_EPOCH={value if len(value) <= 40 else value[:40] + '...'!r} is out of range: "
            f"expected at most {SOURCE_DATE_EPOCH_MAX} (9999-12-31 23:59:59 UTC)")
    return datetime.fromtimestamp(int(value), tz=timezone.utc)


def build_timestamp(source_date_epoch: str | None, issued: date | None = None) -> datetime:
    """The one instant a meeting's outputs carry (document metadata, calendar ``DTSTAMP``):
    ``SOURCE_DATE_EPOCH`` (reproducible-builds.org), else midnight UTC of the meeting's date
    of issue, else the Unix epoch. Never the wall clock. A malformed ``SOURCE_DATE_EPOCH``
    raises :class:`SourceDateEpochError`."""
    parsed = parse_source_date_epoch(source_date_epoch)
    if parsed is not None:
        return parsed
    return datetime.combine(issued or date(1970, 1, 1), time(0), tzinfo=timezone.utc)
