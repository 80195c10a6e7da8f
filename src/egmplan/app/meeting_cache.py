"""A cache of checked meetings between runs: a command that reads the same meeting file again
(``validate`` on every save, the shell's Tab, ``schedule`` then ``orgwork``) skips the loader
and the checks. It is an optimisation only: a run with the cache prints, byte for byte, what
a run without it prints.

An entry is keyed by the file's bytes, the name it is shown under, its meeting id, egmplan's
version and the modification times and sizes of its source files (a development checkout
changes without a new version), the pinned tz database and Python's version; another key is
another file, never a stale entry. A result that depends on other files is keyed by them too:
a meeting that uses ``{history}`` by the YAML files beside it, ``validate``'s result (with
what the translation catalogues lack) by the ``.po`` files beside it.

Where, and when not: the caller (the command line) chooses the folder, ``$XDG_CACHE_HOME/
egmplan/meetings`` (else ``~/.cache/egmplan/meetings``), or none (``--no-cache``,
``EGMPLAN_NO_CACHE=1``). The folder is created private (0700). It is used only when it is
a real folder owned by the user with no access for anyone else, checked when a process first
uses it (then kept open: its entries are opened in the folder checked, whatever its name
comes to mean); an entry is read only when it is a regular file owned by the user, readable
by no one else (checked on the open file, every time). Entries are pickles read by an
unpickler that builds only the model's classes, the diagnostics and the datetime and zoneinfo
types, each by its name (anything else is refused, so an entry cannot run code). A missing, unreadable, corrupt, foreign or older-format entry is a miss, never an
error; a write that fails is skipped.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import egmplan

ENVIRONMENT_VARIABLE = "EGMPLAN_NO_CACHE"
# Part of every key: a new format of entries (2: records as their class and field values)
# takes new names, so an entry of an older format is never found (a miss).
_MAGIC = b"egmplan-meeting-cache 2\n"
_folder: Path | None = None
_private: tuple[Path, int] | None = None  # the folder found private, and its descriptor (_private_folder)
_set_apart_first_check = False


def cache_folder(environ, home: Path | None) -> Path | None:
    """Where the cache is for this environment: None when turned off or nowhere to put it
    (XDG Base Directory: a relative ``XDG_CACHE_HOME`` is ignored)."""
    if environ.get(ENVIRONMENT_VARIABLE, "") not in ("", "0"):
        return None
    base = environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        if home is None:
            return None
        base = os.path.join(home, ".cache")
    return Path(base, "egmplan", "meetings")


def use(folder: Path | None, *, set_apart_first_check: bool = False) -> None:
    """Cache checked meetings in ``folder`` (None: no cache). Nothing is cached until called.
    ``set_apart_first_check``: the egmplan program's own process (see :func:`_set_apart`)."""
    global _folder, _set_apart_first_check
    _forget_folder()
    _folder = folder
    _set_apart_first_check = set_apart_first_check


# The loader's limit (egmplan.loader.yamltree.MAX_BYTES, not imported: a hit imports no loader);
# a larger file goes to the loader uncached, which refuses it in its own words.
MAX_BYTES = 2 * 1024 * 1024
MAX_CATALOGUE_BYTES = 4 * 1024 * 1024  # egmplan.loader.catalogues.MAX_CATALOGUE_BYTES, likewise


def _sha256(data: bytes = b""):
    """hashlib.sha256, from CPython's own SHA-256 module when there is one: hashlib loads
    OpenSSL (about 2 ms, more than a cache hit's own work). The standard library's random
    module takes its SHA-512 the same way. Once something else has loaded hashlib (a build's
    Jinja does), OpenSSL's: 5 us instead of 26 for a meeting file of 7 kB, the same digest."""
    hashlib = sys.modules.get("hashlib")
    if hashlib is not None:
        return hashlib.sha256(data)
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # CPython 3.12 and later
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def enabled() -> bool:
    return _folder is not None


def cached(path: Path, shown: str, check_bytes, check_path, *, catalogues: bool = False):
    """The checked meeting of the file at ``path`` shown as ``shown``: the result an earlier run
    stored for the same key, else ``check_bytes(data)`` of the bytes read (stored for the next
    run). A file that cannot be read as a meeting file goes to ``check_path()``, uncached.
    ``catalogues``: the result holds the diagnostics of the catalogues (``.po`` files) beside
    the file, which key the entry too."""
    # Not "from egmplan.readfile import ...": CPython 3.11 asks a module named so for its
    # __path__, and one without formats an AttributeError each time (0.6 us of a hit).
    import egmplan.readfile as readfile

    folder = _private_folder(_folder)  # a descriptor
    if folder is None:
        return check_path()
    try:
        data = readfile.read_limited(path, MAX_BYTES, "meeting file")
    except readfile.UnreadableFile:
        return check_path()
    key = _key(data, shown, path.stem)
    # _HISTORY in data, searched from the end: that search tries the word's first byte, "{",
    # rare in a meeting file, where `in` tries its last, "y", common in English (CPython's
    # fastsearch; 1.6 us instead of 3.7 for a file of 7 kB).
    beside = data.rfind(_HISTORY) >= 0
    suffixes = (".yaml", ".yml") if beside else ()
    if catalogues:
        suffixes += (".po",)
        key += b"\0catalogues"
    if suffixes:
        fingerprint = _beside_fingerprint(path, suffixes)
        if fingerprint is None:
            return check_bytes(data)
        key += fingerprint
    entry = _sha256(key).hexdigest()
    found = _read(folder, entry, key)
    if found is not None:
        return found
    result = _set_apart(check_bytes, data) if _set_apart_first_check else check_bytes(data)
    # A result that read other files is stored only under a key that holds them.
    if beside or not result.read_beside:
        _write(folder, entry, key, result)
    return result


def _set_apart(check, data: bytes):
    """``check(data)``, the program's first check of a meeting, with the cycle collector paused
    and what it made set apart afterwards (gc.disable, gc.freeze: documented switches), as
    egmplan.cli.main does at the end of start-up. The first check imports the loader, PyYAML,
    the planning checks and, for validate, Babel and the email package (a catalogue's header):
    tens of thousands of objects that live as long as the process, which the collector's
    passes would go over again and again (about 5 ms of a validate's 130 on an empty cache;
    pausing alone only postpones one long pass over them). Later checks run as before."""
    import gc

    global _set_apart_first_check
    _set_apart_first_check = False
    enabled = gc.isenabled()
    gc.disable()
    try:
        return check(data)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


# {history} reads the series file beside the meeting and the meeting files it lists; an
# entry of a meeting that uses it is keyed by every such file of its folder as well.
_HISTORY = b"{history"
MAX_BESIDE = 200


def _beside_fingerprint(path: Path, suffixes: tuple[str, ...]) -> bytes | None:
    """A digest of the names and bytes of every file with one of ``suffixes`` beside ``path``
    (YAML: the series files and the meeting files they list among them; ``.po``: the
    catalogues); None when there are too many to read."""
    from egmplan.readfile import UnreadableFile, read_limited

    try:
        beside = sorted(p for p in path.parent.iterdir() if p.suffix in suffixes and p.name != path.name)
    except OSError:
        return None
    if len(beside) > MAX_BESIDE:
        return None
    digest = _sha256()
    for other in beside:
        digest.update(other.name.encode("utf-8", "surrogateescape") + b"\0")
        try:
            limit = MAX_CATALOGUE_BYTES if other.suffix == ".po" else MAX_BYTES
            digest.update(_sha256(read_limited(other, limit, "file")).digest())
        except UnreadableFile:
            digest.update(b"unreadable")
    return digest.digest()


def _private_folder(folder: Path | None) -> int | None:
    """A descriptor of ``folder``, created 0700 when missing; None when it is not a real folder
    of this user's that no one else may use. Checked once a process (a bulk build asks once
    per meeting) and kept open: entries are opened in it by the descriptor, so they are in the
    folder checked even if its name is given to another folder afterwards, which a check of
    the name on every call did not ensure (a window between the check and each opening), and
    each is checked again on its open file. :func:`use` closes it, and so does a write that
    finds the folder removed: the next call makes it again."""
    global _private
    if folder is None:
        return None
    if _private is not None and _private[0] is folder:
        return _private[1]
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        try:
            descriptor = os.open(folder, flags)
        except FileNotFoundError:
            os.makedirs(folder.parent, mode=0o700, exist_ok=True)
            os.mkdir(folder, 0o700)
            descriptor = os.open(folder, flags)
    except OSError:  # a link (O_NOFOLLOW), not a folder, not allowed
        return None
    try:
        info = os.fstat(descriptor)
    except OSError:
        info = None
    if info is None or not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        os.close(descriptor)
        return None
    _forget_folder()
    _private = (folder, descriptor)
    return descriptor


def _forget_folder() -> None:
    global _private
    if _private is not None:
        descriptor, _private = _private[1], None
        try:
            os.close(descriptor)
        except OSError:
            pass


def _key(data: bytes, shown: str, meeting_id: str) -> bytes:
    import tzdata

    return b"\0".join([
        _MAGIC, _sha256(data).digest(), shown.encode("utf-8", "surrogateescape"),
        meeting_id.encode("utf-8", "surrogateescape"), egmplan.__version__.encode(), _source_fingerprint(),
        tzdata.IANA_VERSION.encode(), tzdata.__version__.encode(), sys.version.encode(),
    ])


_fingerprint: list[bytes] = []


def _source_fingerprint() -> bytes:
    """egmplan's source files: their names, sizes and modification times. Listed once per
    process: the code that runs is the code imported at start, and a bulk build asks once
    per meeting (walking the package each time cost 3 ms a meeting)."""
    if not _fingerprint:
        _fingerprint.append(_listed_sources())
    return _fingerprint[0]


def _listed_sources() -> bytes:
    package = Path(__file__).resolve().parent.parent
    found = []
    for folder, _subfolders, files in os.walk(package):
        for name in files:
            if name.endswith(".py"):
                info = os.stat(os.path.join(folder, name))
                found.append(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}")
    return _sha256("\n".join(sorted(found)).encode("utf-8", "surrogateescape")).digest()


def _model_only_unpickler(stream):
    """An unpickler that builds only what a checked meeting is made of."""
    if not _unpickler:
        _unpickler.append(_model_only_class())
    return _unpickler[0](stream)


_unpickler: list[type] = []


def _model_only_class() -> type:
    """The unpickler's class, made once a process (a bulk build reads 1,000 entries); the
    classes it allowed are kept, so that each entry's dozen look ups are a dict's."""
    import pickle

    allowed: dict[tuple[str, str], type] = {}

    class ModelOnly(pickle.Unpickler):
        def find_class(self, module: str, name: str):
            found = allowed.get((module, name))
            if found is not None:
                return found
            if (module, name) in _ALLOWED or (module == "egmplan.model" and name in _model_classes()):
                found = allowed[module, name] = super().find_class(module, name)
                return found
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a checked meeting")

    return ModelOnly


def _model_classes() -> set[str]:
    """The names of the classes egmplan.model defines (not those it imports: NamedTuple, Record)."""
    import egmplan.model as model

    return {name for name, value in vars(model).items() if isinstance(value, type) and value.__module__ == model.__name__}


_ALLOWED = frozenset({
    ("datetime", "date"), ("datetime", "time"), ("datetime", "datetime"), ("datetime", "timedelta"),
    ("datetime", "timezone"), ("zoneinfo", "ZoneInfo"),
    ("egmplan.errors", "Diagnostic"), ("egmplan.loader.result", "LoadResult"),
    # {history}: the earlier meetings of the series, each with the path of its file
    ("egmplan.model_series", "MeetingFacts"), ("pathlib", "PosixPath"), ("pathlib", "WindowsPath"),
})


def _read(folder: int, entry: str, key: bytes):
    try:
        descriptor = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0),
                             dir_fd=folder)
    except OSError:
        return None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
            return None
        # Read by the descriptor (a file object would ask again for its size and whether it is a
        # terminal), at once: an entry is written whole, then renamed into place, never changed.
        content = os.read(descriptor, info.st_size + 1)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    if len(content) != info.st_size or not content.startswith(key):
        return None
    stream = io.BytesIO(content)  # shares the bytes read: the pickle after the key is not copied
    stream.seek(len(key))
    try:
        return _model_only_unpickler(stream).load()
    except Exception:  # a corrupt or truncated entry is a miss
        return None


def _write(folder: int, entry: str, key: bytes, result) -> None:
    from egmplan.loader import LoadResult

    stored = LoadResult(result.meeting, result.diagnostics)  # what the commands read, not the file's tree
    try:
        payload = _pickled(stored)
        # A new file of this user's only, as tempfile.mkstemp makes it (0600, O_EXCL, not through
        # a link), named at random; tempfile itself would import shutil, random and the compressors.
        temporary = f".entry-{os.urandom(8).hex()}"
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                                 | getattr(os, "O_CLOEXEC", 0), 0o600, dir_fd=folder)
        except FileNotFoundError:
            _forget_folder()  # the folder was removed: made again, and checked, on the next call
            return
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(key + payload)
            os.replace(temporary, entry, src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException:
            os.unlink(temporary, dir_fd=folder)
            raise
    except Exception:  # a full disk, a model that cannot be pickled: no cache this time
        return


def _pickled(stored) -> bytes:
    """An entry's pickle of ``stored``: a record as its class called with the values of its
    fields in order (about a fifth quicker to read back than pickle's default for an object,
    its class's ``__new__``, then a dict of its fields by name put into its own, and the
    names need not be read); a zone as ZoneInfo(key), the pinned zone of that name when read
    back (the default reduction goes through getattr, which the reading side does not allow)."""
    if not _pickler:
        _pickler.append(_compact_class())
    buffer = io.BytesIO()
    _pickler[0](buffer, protocol=5).dump(stored)
    return buffer.getvalue()


_pickler: list[type] = []


def _compact_class() -> type:
    """The pickler's class of :func:`_pickled`, made once a process (a first build writes an
    entry for each meeting), with each record class's field names."""
    import pickle
    from dataclasses import fields
    from zoneinfo import ZoneInfo

    from egmplan.record import Record

    field_names: dict[type, tuple[str, ...]] = {}

    class Compact(pickle.Pickler):
        def reducer_override(self, obj):
            if isinstance(obj, Record):
                cls = type(obj)
                names = field_names.get(cls)
                if names is None:
                    names = field_names[cls] = tuple(f.name for f in fields(cls))
                values = vars(obj)
                return cls, tuple([values[name] for name in names])
            if isinstance(obj, ZoneInfo):
                return ZoneInfo, (obj.key,)
            return NotImplemented

    return Compact
