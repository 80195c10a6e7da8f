"""Forked worker processes that map a function over tasks and give the results back in order,
read by the caller's own thread.

``multiprocessing.Pool`` was used before; it costs the caller three helper threads, and one of
them (the worker handler) also waits on the result pipe, so each time a result waits there
unread it wakes and loops until the result thread has taken it: measured on a 1,000-meeting
build, 0.3-0.4 s of CPU and the main thread contending for the GIL. Here the caller reads the
results itself when it wants the next one, and no thread is started.
"""

from __future__ import annotations

import os
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
        from multiprocessing.connection import Pipe

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
                tasks_read, tasks_write = Pipe(duplex=False)
                results_read, results_write = Pipe(duplex=False)
                try:
                    pid = os.fork()
                except OSError:  # no more processes: the workers there are do the work
                    for connection in (tasks_read, tasks_write, results_read, results_write):
                        connection.close()
                    break
                if pid == 0:  # the worker: never returns
                    _serve(function, tasks_read, results_write,
                           [tasks_write, results_read, *(c for w in self.pool for c in (w.tasks, w.results))])
                tasks_read.close()
                results_write.close()
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
                worker.tasks.send(self.chunks[self.next_chunk])
                worker.given.append(self.next_chunk)
                self.next_chunk += 1

    def _collect(self, timeout: float | None) -> None:
        from multiprocessing.connection import wait

        busy = {worker.results: worker for worker in self.pool if worker.given}
        for connection in wait(list(busy), timeout):
            worker = busy[connection]
            try:
                answered = connection.recv()
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
                    worker.tasks.send(None)
                except OSError:
                    pass
            else:
                try:
                    os.kill(worker.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for worker in pool:
            worker.tasks.close()
            worker.results.close()
            try:
                os.waitpid(worker.pid, 0)
            except ChildProcessError:
                pass


def _serve(function, tasks, results, others) -> None:
    """A worker's life: build each chunk it receives and send back the results, until told to
    stop or the parent is gone. Leaves by ``os._exit``, so that nothing of the parent (exit
    handlers, buffered output) runs or is written twice."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        for connection in others:  # the other ends: so that an end closed elsewhere is seen here
            connection.close()
        while True:
            try:
                chunk = tasks.recv()
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
                results.send(answers)
            except BrokenPipeError:  # the parent is gone
                break
            except Exception as exc:  # a result or an exception that cannot be pickled
                results.send([(False, RuntimeError(f"a result could not be sent back: {exc!r}"))] * len(chunk))
    except BaseException:
        code = 1
    finally:
        os._exit(code)
