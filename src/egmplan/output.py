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
import itertools
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

_OPEN_FOLDER = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


def _lock(descriptor: int, folder: Path, on_wait: Callable[[Path], None] | None) -> None:
    """An exclusive ``flock`` on an open folder; ``on_wait`` is called once if another holds it."""
    if fcntl is None:
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        if on_wait is not None:
            on_wait(folder)
        fcntl.flock(descriptor, fcntl.LOCK_EX)
    except OSError:
        pass  # a file system without locks


@contextmanager
def folder_lock(folder: Path, on_wait: Callable[[Path], None] | None = None) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``folder`` itself (no lock file is left behind). Another
    egmplan writing into the same folder waits until this one is done; ``on_wait`` is called
    once if this one has to wait."""
    descriptor = None
    if fcntl is not None:
        try:
            descriptor = os.open(folder, _OPEN_FOLDER)
        except OSError:
            descriptor = None  # an unreadable folder cannot be locked; the writes stay atomic
    try:
        if descriptor is not None:
            _lock(descriptor, folder, on_wait)
        yield
    finally:
        if descriptor is not None:
            os.close(descriptor)  # releases the lock


_TEMPORARY = re.compile(r"\.(?P<pid>[0-9]+)-[^.]+\.tmp$")


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
_gated: dict[int, object] = {}  # while signals_gated holds: each signal's handler before it
_held: list[int] = []           # the signals that came while held back under signals_gated


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold back Ctrl-C (SIGINT) and SIGTERM until the block is done, so that a set of renames
    is never cut in two; a signal that came meanwhile takes effect as the block ends. (Blocking
    the signals with a mask would not do: the kernel may hand them to another thread, a process
    pool's for one, and Python still raises in the main thread at once.) Only the main thread
    runs signal handlers, so elsewhere this does nothing. Inside :func:`signals_gated` it
    installs nothing, only marks the block."""
    if threading.current_thread() is not threading.main_thread() or _deferring:
        yield  # elsewhere nothing to do; inside another such block, that one holds them
        return
    if _gated:
        _deferring.append(True)
        try:
            yield
        finally:
            _deferring.pop()
            if _held:
                held = list(dict.fromkeys(_held))
                _held.clear()
                for signum in held:
                    _deliver(signum, None)
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


@contextmanager
def signals_gated() -> Iterator[None]:
    """Around a loop that runs :func:`signals_deferred` once an item (a build writing 1,000
    meetings): Ctrl-C and SIGTERM go through one handler installed here for the whole loop,
    which holds a signal back while a signals_deferred block runs and lets it take effect at
    once otherwise, as the handler before it would; each block then only marks itself instead
    of installing and restoring two handlers. Nothing else may change these signals' handlers
    inside the block."""
    if threading.current_thread() is not threading.main_thread() or _gated or _deferring:
        yield
        return
    for signum in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(signum)
        if handler is not None:  # None: a handler installed outside Python, left alone
            _gated[signum] = handler
            signal.signal(signum, _gate)
    try:
        yield
    finally:
        for signum, handler in _gated.items():
            signal.signal(signum, handler)
        _gated.clear()


def _gate(signum: int, frame) -> None:
    if _deferring:
        _held.append(signum)
    else:
        _deliver(signum, frame)


def _deliver(signum: int, frame) -> None:
    """Let a signal take effect as it would have without :func:`signals_gated`."""
    handler = _gated.get(signum)
    if callable(handler):
        handler(signum, frame)  # Python's default for SIGINT raises KeyboardInterrupt here
    elif handler == signal.SIG_DFL:
        signal.signal(signum, signal.SIG_DFL)
        try:
            signal.raise_signal(signum)  # SIGINT's and SIGTERM's default: the process ends
        finally:
            signal.signal(signum, _gate)


# --- writing ----------------------------------------------------------------------------------

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)

_serials = itertools.count()
_token: list[str] = []  # this process's random part of its temporaries' names, drawn once


def _next_suffix() -> str:
    """A name for the next temporary, unique in this process (its id is in the name too):
    a random part drawn once per process, then a serial number, as ``tempfile`` draws its
    names from one generator seeded once rather than from the system for each file."""
    if not _token:
        _token.append(os.urandom(4).hex())
    return f"{_token[0]}{next(_serials):x}"


def _create_temporary(prefix: str, mode: int, dir_fd: int | None = None) -> tuple[int, str]:
    """A new file ``PREFIX<name>.tmp``, created by this call alone (``O_EXCL``: never a file
    or link that was there), opened for writing; ``prefix`` is relative to the folder
    ``dir_fd`` when given. Like ``tempfile.mkstemp``, a name taken is tried again with
    another, but the mode is given to ``open`` (so the kernel applies the umask) rather than
    0o600 changed afterwards."""
    for _ in range(100):
        name = f"{prefix}{_next_suffix()}.tmp"
        try:
            return os.open(name, _CREATE, mode, dir_fd=dir_fd), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", prefix)


def _sync_folder(folder: Path, descriptor: int | None = None) -> None:
    """Flush a folder's entries to disk (through ``descriptor`` when it is open already)."""
    if descriptor is not None:
        try:
            os.fsync(descriptor)
        except OSError:
            pass
        return
    try:
        descriptor = os.open(folder, _OPEN_FOLDER)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class FolderSyncs:
    """Folders whose new entries (folders made by :func:`write_files`) are to be flushed to disk
    later, at once, instead of once per call: a build making 1,000 meeting folders in ``out/``
    flushes ``out/`` once rather than 1,000 times. :meth:`sync` must run before anything tells
    the user those folders are written; until then a crash can lose a new folder whole, which
    leaves its outputs as they were before (absent)."""

    def __init__(self) -> None:
        self.folders: set[Path] = set()

    def sync(self) -> None:
        for folder in sorted(self.folders, key=lambda f: len(f.parts), reverse=True):
            _sync_folder(folder)
        self.folders.clear()


def _missing_folders(folder: Path) -> tuple[list[Path], Path | None]:
    """The folders to make for ``folder`` (the outermost last), and the nearest existing one
    above it when that is not a folder (so nothing can be made there)."""
    missing = []
    for candidate in (folder, *folder.parents):
        try:
            mode = os.stat(candidate).st_mode
        except (FileNotFoundError, NotADirectoryError):
            missing.append(candidate)
            continue
        except OSError:
            return missing, None  # let making it report what is wrong
        return missing, (None if stat.S_ISDIR(mode) else candidate)
    return missing, None


class _Folder:
    """A folder :func:`write_files` writes into, opened once: its files are then created,
    looked up and renamed by their names in it (``dir_fd``), so that the kernel does not walk
    the whole path again for each, and it is locked and synced through the same descriptor.
    A folder that cannot be opened for reading is reached by path and not locked."""

    __slots__ = ("path", "descriptor", "absent", "made")

    def __init__(self, path: Path):
        self.path = path
        self.descriptor: int | None = None
        self.absent: bool | None = None  # None until looked at
        self.made = False                # made by this call: it holds nothing of an earlier writer

    def look(self, first: _Output) -> None:
        """Open the folder, or find it absent (to be made); ``first``, the first of its files,
        names a failure."""
        self.absent = False
        try:
            self.descriptor = os.open(self.path, _OPEN_FOLDER)
        except FileNotFoundError:
            self.absent = True
        except NotADirectoryError as exc:
            raise OutputError(first.path, _reason(first.path, exc)) from None
        except OSError:
            pass  # unreadable (or worse): each file's path then says what is wrong

    def make(self, first: _Output, created: list[Path]) -> None:
        """Make the absent folder and the folders above it that are absent too (adding them
        to ``created``), then open it."""
        try:
            try:
                os.mkdir(self.path)
            except FileNotFoundError:
                missing, blocking = _missing_folders(self.path)
                if blocking is not None:
                    raise OutputError(first.path, f"{blocking} is a file, not a folder") from None
                for folder in reversed(missing):
                    if _make(folder):
                        created.append(folder)
                        self.made = folder == self.path
            except FileExistsError:
                if not os.path.isdir(self.path):
                    raise
                # made meanwhile by another writer, who may have written files there since
            else:
                created.append(self.path)
                self.made = True
        except OSError as exc:
            raise OutputError(first.path, _reason(self.path, exc)) from None
        self.absent = False
        try:
            self.descriptor = os.open(self.path, _OPEN_FOLDER)
        except OSError:
            pass

    def close(self) -> None:
        if self.descriptor is not None:
            os.close(self.descriptor)  # releases the lock
            self.descriptor = None


def _make(folder: Path) -> bool:
    """Make a folder; False when it is there already (made by another writer, or for another
    folder of the same call)."""
    try:
        os.mkdir(folder)
    except FileExistsError:
        if not os.path.isdir(folder):
            raise
        return False
    return True


class _Output:
    """A file to write, ``name`` in its folder: what is at its target now, then its temporary
    beside the target, written and flushed to disk (:meth:`sync`), locked until it is renamed
    or discarded."""

    __slots__ = ("folder", "name", "data", "found", "descriptor", "temporary")

    def __init__(self, folder: _Folder, name: str, data: bytes):
        self.folder = folder
        self.name = name
        self.data = data
        self.found: os.stat_result | None = None  # what is at the target now
        self.descriptor: int | None = None
        self.temporary: str | None = None         # reached as the target is (:meth:`at`)

    @property
    def path(self) -> Path:
        return self.folder.path / self.name

    def at(self, name: str) -> str:
        """How a file of this folder is reached: by its name in the open folder, else by path."""
        return name if self.folder.descriptor is not None else f"{self.folder.path}/{name}"

    def look(self) -> None:
        """What is at the target; an :class:`OutputError` when it cannot take a regular file."""
        try:
            self.found = os.lstat(self.at(self.name), dir_fd=self.folder.descriptor)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise OutputError(self.path, _reason(self.path, exc)) from None
        mode = self.found.st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
            raise OutputError(self.path, _not_a_file(mode))

    def mode_to_keep(self) -> int | None:
        """The mode of the file the new one replaces (that of the file a link there points
        to); ``None`` when there is none."""
        found = self.found
        if found is None:
            return None
        if stat.S_ISLNK(found.st_mode):
            try:
                found = os.stat(self.at(self.name), dir_fd=self.folder.descriptor)
            except OSError:
                return None
        return found.st_mode & 0o7777

    def stage(self, pid: int) -> None:
        """Write the new file as a temporary beside its target. The mode kept is the old
        file's; a new file gets the mode a plain ``open()`` gives (0o666 less the umask, or the
        folder's default ACL)."""
        mode = self.mode_to_keep()
        self.descriptor, self.temporary = _create_temporary(
            self.at(f".{self.name}.{pid}-"), 0o666 if mode is None else 0o600, dir_fd=self.folder.descriptor)
        if fcntl is not None:
            try:
                fcntl.flock(self.descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                pass
        if mode is not None:
            os.fchmod(self.descriptor, mode)
        view = memoryview(self.data)
        while view:
            view = view[os.write(self.descriptor, view):]

    def sync(self) -> None:
        os.fsync(self.descriptor)

    def replace(self) -> None:
        folder = self.folder.descriptor
        os.replace(self.temporary, self.at(self.name), src_dir_fd=folder, dst_dir_fd=folder)
        self.temporary = None

    def close(self) -> None:
        """Close the written temporary, which stays for a later rename (its folder's lock keeps
        other writers away from it meanwhile)."""
        if self.descriptor is not None:
            os.close(self.descriptor)
            self.descriptor = None
        self.data = b""  # written: a batch holding hundreds of meetings need not keep their bytes

    def discard(self) -> None:
        if self.temporary is not None:
            try:
                os.unlink(self.temporary, dir_fd=self.folder.descriptor)
            except OSError:
                pass
            self.temporary = None
        if self.descriptor is not None:
            os.close(self.descriptor)
            self.descriptor = None


def write_files(files: Mapping[Path, bytes], *, on_wait: Callable[[Path], None] | None = None,
                folder_syncs: FolderSyncs | None = None) -> None:
    """Write every file or none: check every target, stage every new file (written and synced
    to disk), then rename them over their targets in the order given. Folders are created as
    needed and locked while they are written. A symbolic link at a target is replaced, never
    written through (resolve it first with :func:`resolve_link` where that is wanted).
    ``folder_syncs``: the folders holding the folders made here are synced by its owner, later
    (:class:`FolderSyncs`), rather than before this returns.

    Raises :class:`OutputError` when nothing was replaced, or :class:`PartialWriteError` (which
    files are new, which as they were) when a rename failed after others had succeeded."""
    folders: dict[Path, _Folder] = {}
    outputs: list[_Output] = []
    for path, data in files.items():
        parent = path.parent
        folder = folders.get(parent)
        if folder is None:
            folder = folders[parent] = _Folder(parent)
        outputs.append(_Output(folder, path.name or str(path), data))  # "/" has no name
    _write_all(outputs, folders, on_wait, folder_syncs)


def write_folder(folder: Path, files: Mapping[str, bytes], *, on_wait: Callable[[Path], None] | None = None,
                 folder_syncs: FolderSyncs | None = None, batch: SyncBatch | None = None,
                 tag: object = None) -> None:
    """:func:`write_files` for files named in ``folder`` (``agenda.md``, ``fr/agenda.md``).
    ``batch``: the files are checked and written as temporaries now, and synced and renamed
    over their targets when the batch commits (:class:`SyncBatch`), which reports the outcome
    under ``tag``; an :class:`OutputError` raised here means nothing of them was staged."""
    folders: dict[str, _Folder] = {}
    outputs: list[_Output] = []
    for name, data in files.items():
        within, _, base = name.rpartition("/")
        writing = folders.get(within)
        if writing is None:
            writing = folders[within] = _Folder(folder / within if within else folder)
        outputs.append(_Output(writing, base, data))
    if batch is not None and not batch.takes(len(folders)):
        batch.commit()
    _write_all(outputs, {f.path: f for f in folders.values()}, on_wait, folder_syncs, batch, tag)


def _write_all(outputs: list[_Output], folders: dict[Path, _Folder], on_wait, folder_syncs,
               batch: SyncBatch | None = None, tag: object = None) -> None:
    ordered = [folders[path] for path in sorted(folders)]
    handed_over = False
    lock_wait = on_wait
    if batch is not None:
        def lock_wait(folder: Path) -> None:  # never wait for another writer holding the batch's locks
            batch.commit()
            if on_wait is not None:
                on_wait(folder)

    try:
        created, staged = _write(outputs, ordered, lock_wait,
                                 staging_only=batch is not None and batch.takes(len(ordered)))
        if staged:
            batch.add(_StagedWrite(tag, outputs, ordered, created))
            handed_over = True
        elif batch is not None:  # written in full here (see _write): its outcome is known now
            batch.done.append((tag, None))
    finally:
        if not handed_over:
            for folder in folders.values():
                folder.close()
    if handed_over:  # the batch's flush after its renames syncs the folders made, on the same file system
        return
    # A folder made here is on disk only once the folder holding it is synced (fsync(2): syncing
    # a file does not sync the entry naming it); the written folders themselves are synced already.
    unsynced = ({f.parent for f in created} | set(created)) - folders.keys()
    if folder_syncs is not None:
        folder_syncs.folders |= unsynced
        return
    for folder in sorted(unsynced, key=lambda f: len(f.parts), reverse=True):
        _sync_folder(folder)


def _write(outputs: list[_Output], folders: list[_Folder], on_wait,
           staging_only: bool = False) -> tuple[list[Path], bool]:
    """Check, make the folders, lock, stage, sync, rename; returns the folders made, and
    whether the outputs were only staged. ``staging_only``: stop once the temporaries are
    written and closed (a :class:`SyncBatch` syncs and renames them later), the folders still
    open and locked; not when a folder could not be opened (it is reached by path, unlocked:
    its files are written here, in full)."""
    for output in outputs:
        folder = output.folder
        if folder.absent is None:
            folder.look(output)
        if not folder.absent:  # a folder still to be made holds nothing yet
            output.look()
    created: list[Path] = []  # folders made here: removed again when nothing is written
    try:
        for folder in folders:
            if folder.absent:
                folder.make(next(o for o in outputs if o.folder is folder), created)
        for folder in folders:  # in one order (by path) for every writer: none waits for another in a circle
            if folder.descriptor is not None:
                _lock(folder.descriptor, folder.path, on_wait)
        for folder in folders:
            if not folder.made:  # a folder made just now holds no temporaries
                remove_stale_temporaries(folder.path, [o.name for o in outputs if o.folder is folder])
        staged = False
        try:
            if staging_only and all(folder.descriptor is not None for folder in folders):
                _stage(outputs)
                for output in outputs:
                    output.close()
                staged = True
            else:
                _stage_and_replace(outputs, folders)
        finally:
            if not staged:
                for output in outputs:
                    output.discard()
    except PartialWriteError:
        raise
    except OutputError:
        for folder in sorted(created, key=lambda f: len(f.parts), reverse=True):
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty (or already gone): leave it
        raise
    return created, staged


def _stage_and_replace(outputs: list[_Output], folders: list[_Folder]) -> None:
    # Every file written, then every one flushed to disk (the flushes then find the others'
    # data on its way), then every rename: still each file synced before any replaces its target.
    _stage(outputs)
    for output in outputs:
        try:
            output.sync()
        except OSError as exc:
            raise OutputError(output.path, _reason(output.path, exc)) from None
    with signals_deferred():
        _replace(outputs)
    for folder in folders:
        _sync_folder(folder.path, folder.descriptor)


def _stage(outputs: list[_Output]) -> None:
    pid = os.getpid()
    for output in outputs:
        try:
            output.stage(pid)
        except OSError as exc:
            raise OutputError(output.path, _reason(output.path, exc)) from None


def _replace(outputs: list[_Output]) -> None:
    """Rename each temporary over its target, in order; a failure after the first rename is a
    :class:`PartialWriteError` saying which files are new."""
    for position, output in enumerate(outputs):
        try:
            output.replace()
        except OSError as exc:
            reason = _reason(output.path, exc)
            if not position:
                raise OutputError(output.path, reason) from None
            raise PartialWriteError(output.path, reason, [o.path for o in outputs[:position]],
                                    [o.path for o in outputs[position:]]) from None


# --- many folders made durable at once ------------------------------------------------------

class _StagedWrite:
    """One :func:`write_folder` call's temporaries, written and closed, waiting in a
    :class:`SyncBatch` with its folders open and locked."""

    __slots__ = ("tag", "outputs", "folders", "created")

    def __init__(self, tag: object, outputs: list[_Output], folders: list[_Folder], created: list[Path]):
        self.tag, self.outputs, self.folders, self.created = tag, outputs, folders, created

    def replace(self) -> OutputError | None:
        try:
            _replace(self.outputs)
        except OutputError as exc:
            return exc
        return None

    def abandon(self) -> None:
        """Remove the temporaries and the folders made for them: the targets stay as they were."""
        for output in self.outputs:
            output.discard()
        for folder in sorted(self.created, key=lambda f: len(f.parts), reverse=True):
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty (or already gone): leave it

    def close(self) -> None:
        for output in self.outputs:
            output.discard()  # a temporary not renamed (a failed rename) is removed
        for folder in self.folders:
            folder.close()  # releases the lock


class SyncBatch:
    """Many meetings' files made durable together, for a build of many meetings.

    Each meeting's files are written as temporaries beside their targets, the folders locked
    (:func:`write_folder` with ``batch``); :meth:`commit` then flushes them to disk with one
    ``syncfs(2)`` per file system, renames every temporary over its target, and flushes again
    for the renames. The order that keeps every file the old one or the new one after a crash
    is the same as :func:`write_files`'s, every new file on disk before any rename, but one
    flush serves hundreds of files instead of an ``fsync`` for each file and folder: the disk
    gets its writes together and one cache flush (measured in bench/RESULTS.md, issue 15).
    The same technique as git's ``core.fsyncMethod=batch``.

    Only where the C library has ``syncfs`` (Linux): :meth:`for_build` is None elsewhere, and
    the files are written one meeting at a time as before. A batch holds at most half the
    process's allowed open files (each meeting's folders stay open, locked); it commits
    before that, before this process would wait for another's lock (so two egmplan never wait
    for each other in a circle), and when the caller says. The outcome of each meeting,
    None or the :class:`OutputError` it met, is in :attr:`done`, under the ``tag`` given to
    :func:`write_folder`. Nothing of a meeting is renamed when the first flush fails."""

    def __init__(self, syncfs: Callable[[int], None], capacity: int):
        self._syncfs = syncfs
        self.capacity = capacity          # folders the batch may hold open at once
        self.staged: list[_StagedWrite] = []
        self.held = 0                     # folders held open by the staged writes
        self.done: list[tuple[object, OutputError | None]] = []

    @classmethod
    def for_build(cls) -> SyncBatch | None:
        syncfs = _syncfs_function()
        if syncfs is None:
            return None
        capacity = min(_MAX_HELD, _open_files_allowed() // 2)
        return cls(syncfs, capacity) if capacity >= 8 else None

    def takes(self, folders: int) -> bool:
        """Whether a write into this many folders fits beside those held now."""
        return self.held + folders <= self.capacity

    def add(self, write: _StagedWrite) -> None:
        self.staged.append(write)
        self.held += len(write.folders)

    def commit(self) -> None:
        """Flush, rename, flush: each staged meeting's outcome goes to :attr:`done`."""
        staged, self.staged, self.held = self.staged, [], 0
        if not staged:
            return
        with signals_deferred():
            try:
                problem = self._flush(staged, renamed=False)
                if problem is not None:
                    for write in staged:
                        write.abandon()
                        self.done.append((write.tag, OutputError(write.outputs[0].path, problem)))
                    return
                for write in staged:
                    self.done.append((write.tag, write.replace()))
                self._flush(staged, renamed=True)  # a failure here is ignored, as _sync_folder's is
            finally:
                for write in staged:
                    write.close()

    def abandon(self) -> None:
        """Remove every staged temporary (Ctrl-C): the staged meetings stay as they were."""
        staged, self.staged, self.held = self.staged, [], 0
        for write in staged:
            write.abandon()
            write.close()

    def take_done(self) -> list[tuple[object, OutputError | None]]:
        done, self.done = self.done, []
        return done

    def _flush(self, staged: list[_StagedWrite], *, renamed: bool) -> str | None:
        """``syncfs`` once for each file system holding a staged folder; the reason of the
        first failure (Linux reports a write that failed since the last sync, from 5.8). A
        file system that cannot do it (EINVAL, ENOSYS, EOPNOTSUPP) gets what a single write
        does instead: an ``fsync`` of each temporary before the renames, of each folder after."""
        synced: set[int] = set()
        for write in staged:
            for folder in write.folders:
                try:
                    device = os.fstat(folder.descriptor).st_dev
                    if device in synced:
                        continue
                    if self._syncfs is not None:
                        try:
                            self._syncfs(folder.descriptor)
                            synced.add(device)
                            continue
                        except OSError as exc:
                            if exc.errno not in _SYNCFS_UNSUPPORTED:
                                raise
                            self._syncfs = None
                    _fsync_each(write, folder, renamed)
                except OSError as exc:
                    return exc.strerror or str(exc)
        return None


# syncfs(2) errors that say the file system cannot do it, not that a write failed
_SYNCFS_UNSUPPORTED = frozenset(getattr(errno, name) for name in ("EINVAL", "ENOSYS", "EOPNOTSUPP", "ENOTSUP")
                                if hasattr(errno, name))


def _fsync_each(write: _StagedWrite, folder: _Folder, renamed: bool) -> None:
    """A staged folder flushed as a single write flushes it: before the renames, each of its
    temporaries (opened again by name in the folder); after them, the folder itself."""
    if renamed:
        _sync_folder(folder.path, folder.descriptor)
        return
    for output in write.outputs:
        if output.folder is folder and output.temporary is not None:
            descriptor = os.open(output.temporary, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0), dir_fd=folder.descriptor)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)


_MAX_HELD = 512  # folders a SyncBatch holds open at most: about 500 meetings per flush


def _open_files_allowed() -> int:
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return 256
    return soft if soft != resource.RLIM_INFINITY else 1 << 20


def _syncfs_function() -> Callable[[int], None] | None:
    """``syncfs(2)`` of the C library (Linux: the os module has no binding), raising OSError
    as ``os.fsync`` does; None where there is none."""
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (ImportError, OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int

    def syncfs(descriptor: int) -> None:
        if function(descriptor) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))

    return syncfs


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
