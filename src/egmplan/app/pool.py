"""Forked worker processes that map a function over tasks and give the results back in order,
read by the caller's own thread.

``multiprocessing.Pool`` was used before; it costs the caller three helper threads, and one of
them (the worker handler) also waits on the result pipe, so each time a result waits there
unread it wakes and loops until the result thread has taken it: measured on a 1,000-meeting
build, 0.3-0.4 s of CPU and the main thread contending for the GIL. Here the caller reads the
results itself when it wants the next one, and no thread is started.

The messages go through plain pipes, each a length and a pickle, read into one buffer: a
bulk build's results (about 50 kB of outputs a meeting) went through
``multiprocessing.connection`` in pieces of the pipe's 64 kB, each read into a new bytes
object and copied once more, and each wait for them built a new selector: 0.1 ms of the
parent's CPU a meeting. The results pipe is made larger where the system allows
(``F_SETPIPE_SZ``, Linux), so that a worker hands over a chunk's results in one write.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any


from egmplan.errors import EgmplanError


class WorkerDied(EgmplanError):
    """A worker process ended without sending the results of the tasks it was given (killed
    by the system when memory ran out, for one)."""


class _Worker:
    def __init__(self, pid: int, tasks, results):
        self.pid = pid
        self.tasks = tasks            # the parent's end: chunks of tasks go out here
        self.results = results        # the parent's end: lists of results come back here
        self.given: deque[int] = deque()  # the chunks sent and not yet answered, oldest first


class OrderedMap:
    """``map(function, tasks)`` computed by ``workers`` forked processes, ``chunksize`` tasks
    per message, iterated in the order of ``tasks``. The workers start at once (so that they
    work while the caller does something else before asking for the first result). At most
    ``window`` chunks are handed out beyond the one the caller waits for, so that results do
    not pile up in memory while the caller is slow. A task whose function raised an exception
    raises it here, at its place. :meth:`close` before the end terminates the workers at once
    (SIGTERM). The workers ignore SIGINT: a terminal's Ctrl-C reaches the whole process group,
    and only the caller acts on it."""

    def __init__(self, function: Callable[[Any], Any], tasks: Sequence[Any], *, workers: int, chunksize: int,
                 window: int):
        self.function = function
        self.tasks = tasks
        self.chunks = [list(tasks[start:start + chunksize]) for start in range(0, len(tasks), chunksize)]
        self.window = window
        self.pool: list[_Worker] = []
        self.finished = False
        self.next_chunk = 0
        self.done: dict[int, list[tuple[bool, Any]]] = {}
        try:
            for _ in range(min(workers, len(self.chunks))):
                tasks_read, tasks_write = os.pipe()
                results_read, results_write = os.pipe()
                _enlarge(results_write)
                try:
                    pid = os.fork()
                except OSError:  # no more processes: the workers there are do the work
                    for end in (tasks_read, tasks_write, results_read, results_write):
                        os.close(end)
                    break
                if pid == 0:  # the worker: never returns
                    _serve(function, tasks_read, results_write,
                           [tasks_write, results_read, *(end for w in self.pool for end in (w.tasks, w.results))])
                os.close(tasks_read)
                os.close(results_write)
                self.pool.append(_Worker(pid, tasks_write, results_read))
            self.forked = bool(self.pool)
            self._hand_out(0)
        except BaseException:
            self.close()
            raise

    def __iter__(self) -> Iterator[Any]:
        if not self.forked:  # no worker could start: the work is done here
            yield from map(self.function, self.tasks)
            self.finished = True
            return
        try:
            for index in range(len(self.chunks)):
                self._hand_out(index)
                while index not in self.done:
                    self._collect(None)
                for succeeded, value in self.done.pop(index):
                    if not succeeded:
                        raise value
                    yield value
                    self._collect(0)  # take what is ready, so that a worker never waits to send its results
            self.finished = True
        finally:
            self.close()

    def _hand_out(self, waited_for: int) -> None:
        for worker in self.pool:
            # two chunks each: one in work, one waiting, so that a worker never waits for us
            while (len(worker.given) < 2 and self.next_chunk < len(self.chunks)
                   and self.next_chunk <= waited_for + self.window):
                _send(worker.tasks, self.chunks[self.next_chunk])
                worker.given.append(self.next_chunk)
                self.next_chunk += 1

    def _collect(self, timeout: float | None) -> None:
        import select

        busy = {worker.results: worker for worker in self.pool if worker.given}
        ready = select.poll()
        for end in busy:
            ready.register(end, select.POLLIN)
        for end, _event in ready.poll(None if timeout is None else timeout * 1000):
            worker = busy[end]
            try:
                answered = _receive(end)
            except (EOFError, OSError):
                raise WorkerDied(f"worker process {worker.pid} ended unexpectedly") from None
            self.done[worker.given.popleft()] = answered

    def close(self) -> None:
        """Stop the workers: at once when the results are not all taken, else when they are
        done. Idempotent."""
        pool, self.pool = self.pool, []
        for worker in pool:
            if self.finished:
                try:
                    _send(worker.tasks, None)
                except OSError:
                    pass
            else:
                try:
                    os.kill(worker.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for worker in pool:
            os.close(worker.tasks)
            os.close(worker.results)
            try:
                os.waitpid(worker.pid, 0)
            except ChildProcessError:
                pass


PIPE_SIZE = 1 << 20  # Linux's default most for a user's pipe (/proc/sys/fs/pipe-max-size)


def _enlarge(end: int) -> None:
    try:
        import fcntl

        fcntl.fcntl(end, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except (ImportError, AttributeError, OSError):  # not Linux, or over the user's limit: the default size
        pass


_LENGTH = 8  # bytes of a message's length, before its pickle


def _send(end: int, message) -> None:
    """``message`` pickled, after its length; raises what pickling raises before anything is
    written."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    pieces = [len(data).to_bytes(_LENGTH, "little"), memoryview(data)]
    while pieces:
        written = os.writev(end, pieces)
        while pieces and written >= len(pieces[0]):
            written -= len(pieces[0])
            pieces.pop(0)
        if pieces and written:
            pieces[0] = pieces[0][written:]


def _receive(end: int):
    """The next message; EOFError when the other end is closed before or within it."""
    length = int.from_bytes(_read_exactly(end, _LENGTH), "little")
    return pickle.loads(_read_exactly(end, length))


def _read_exactly(end: int, size: int) -> bytearray:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = os.readv(end, [view[got:]])
        if count == 0:
            raise EOFError
        got += count
    return buffer


def _serve(function, tasks: int, results: int, others: list[int]) -> None:
    """A worker's life: build each chunk it receives and send back the results, until told to
    stop or the parent is gone. Leaves by ``os._exit``, so that nothing of the parent (exit
    handlers, buffered output) runs or is written twice."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        for end in others:  # the other ends: so that an end closed elsewhere is seen here
            os.close(end)
        while True:
            try:
                chunk = _receive(tasks)
            except EOFError:  # the parent is gone
                break
            if chunk is None:
                break
            answers = []
            for task in chunk:
                try:
                    answers.append((True, function(task)))
                except Exception as exc:  # raised in the parent, at its place
                    answers.append((False, exc))
            try:
                _send(results, answers)
            except BrokenPipeError:  # the parent is gone
                break
            except Exception as exc:  # a result or an exception that cannot be pickled
                _send(results, [(False, RuntimeError(f"a result could not be sent back: {exc!r}"))] * len(chunk))
    except BaseException:
        code = 1
    finally:
        os._exit(code)
