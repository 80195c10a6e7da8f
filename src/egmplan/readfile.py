"""Reading an input file with a bound: at most the limit plus one byte, and only a regular file.

``validate /dev/zero`` or a named pipe would otherwise read for ever (or until memory runs
out) before any size check. Every file egmplan reads as input (meeting files, participants
files, user templates) comes through :func:`read_limited`. The caller turns a
:class:`UnreadableFile` into a diagnostic or an error message.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

CHUNK = 1 << 16

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class UnreadableFile(Exception):
    """Why a file cannot be read as input; ``str()`` is the message (without the file's name)."""


def read_limited(path: str | Path, limit: int, noun: str) -> bytes:
    """The bytes of the regular file ``path``, refusing anything else and anything over ``limit``.

    ``noun`` names what the file should be ("meeting file") in the messages."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused below.
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise UnreadableFile("no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(f"is a folder, not a {noun}") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot be read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile(f"is a folder, not a {noun}")
        if not stat.S_ISREG(info.st_mode):
            what = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
            raise UnreadableFile(f"is {what}, not a regular file; a {noun} must be a regular file")
        if info.st_size > limit:
            raise UnreadableFile(f"the file is {info.st_size:,} bytes; {noun}s are limited to {limit:,} bytes")
        chunks, size = [], 0
        while size <= limit:  # a file that grows while read (or a /proc file of size 0) stops here
            try:
                chunk = os.read(handle, min(CHUNK, limit + 1 - size))
            except BlockingIOError:
                # O_NONBLOCK has no effect on a regular file on Linux (open(2)), so the descriptor
                # is left as opened (a system call fewer) unless a file system honours it.
                os.set_blocking(handle, True)
                continue
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise UnreadableFile(f"the file has more than {limit:,} bytes; {noun}s are limited to {limit:,} bytes")
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFile(f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(handle)
