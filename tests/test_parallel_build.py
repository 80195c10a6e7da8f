"""A bulk build shares the work among processes; the results are the same bytes, in order."""

import subprocess
import sys
from pathlib import Path

import pytest

from egmplan.app.build import PARALLEL_FROM, build_meetings

ROOT = Path(__file__).resolve().parent.parent


def test_parallel_build_gives_the_same_bytes_in_the_same_order(tmp_path):
    count = PARALLEL_FROM + 4
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(count), str(tmp_path)], check=True)
    (tmp_path / "bench-00003.yaml").write_text("meeting: [broken\n", encoding="utf-8")
    jobs = [(p, p.name) for p in sorted(tmp_path.glob("*.yaml"))]
    formats = ("md", "html", "txt", "json", "docx", "ics")
    one = list(build_meetings(jobs, formats, workers=1))
    two = list(build_meetings(jobs, formats, workers=2))
    assert [b.shown for b in two] == [p.name for p in sorted(tmp_path.glob("*.yaml"))]
    assert one == two
    assert [b.outputs is None for b in two].count(True) == 1


def test_stopping_a_parallel_build_early_stops_its_workers_at_once(tmp_path):
    import signal
    import time

    count = PARALLEL_FROM * 8
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(count), str(tmp_path)], check=True)
    jobs = [(p, p.name) for p in sorted(tmp_path.glob("*.yaml"))]
    builds = build_meetings(jobs, ("md", "html", "docx"), workers=2)
    assert next(builds).shown == jobs[0][1]
    signal.alarm(30)  # a pool that cannot stop would hang here for ever
    try:
        started = time.monotonic()
        builds.close()
        took = time.monotonic() - started
    finally:
        signal.alarm(0)
    assert took < 2.0


def test_the_first_meeting_is_built_here_before_the_pool_forks(tmp_path, monkeypatch):
    # The workers inherit what building it loaded (modules, compiled templates, zones)
    # instead of each loading it again; the others are built by the pool.
    from egmplan.app import build

    count = PARALLEL_FROM + 2
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(count), str(tmp_path)], check=True)
    jobs = [(p, p.name) for p in sorted(tmp_path.glob("*.yaml"))]
    built_here = []
    original = build.build_meeting
    monkeypatch.setattr(build, "build_meeting", lambda path, shown, *a, **k: built_here.append(shown) or original(path, shown, *a, **k))
    results = list(build_meetings(jobs, ("md", "txt"), workers=2))
    assert built_here == [jobs[0][1]]  # the workers' calls are counted in their own memory
    assert [b.shown for b in results] == [name for _, name in jobs]
    assert all(b.outputs for b in results)


# --- the pool itself ---------------------------------------------------------------------------

def _slow_square(number):
    import time

    time.sleep(0.002 * (number % 5))  # uneven work: results come back out of order
    if number == 13:
        raise ValueError("thirteen")
    return number * number


def test_the_pool_gives_results_in_order_and_starts_no_thread_here():
    import threading

    from egmplan.app.pool import OrderedMap

    threads = threading.active_count()
    pool = OrderedMap(_slow_square, list(range(13)), workers=2, chunksize=2, window=2)
    results = []
    for value in pool:
        results.append(value)
        assert threading.active_count() == threads
    assert results == [n * n for n in range(13)]


def test_an_exception_in_a_worker_is_raised_at_its_place_and_stops_the_workers():
    from egmplan.app.pool import OrderedMap

    pool = OrderedMap(_slow_square, list(range(40)), workers=2, chunksize=3, window=2)
    results = []
    with pytest.raises(ValueError, match="thirteen"):
        for value in pool:
            results.append(value)
    assert results == [n * n for n in range(13)]
    assert pool.pool == []  # stopped and waited for


def _die_on_five(number):
    import os

    if number == 5:
        os._exit(9)
    return number


def test_a_worker_that_dies_is_an_error_not_a_hang():
    import signal

    from egmplan.app.pool import OrderedMap, WorkerDied

    signal.alarm(30)
    try:
        with pytest.raises(WorkerDied):
            list(OrderedMap(_die_on_five, list(range(20)), workers=2, chunksize=2, window=4))
    finally:
        signal.alarm(0)


def _large_or_unpicklable(number):
    import threading

    if number == 6:
        return threading.Lock()  # cannot be pickled
    return bytes([number]) * (3_000_000 + number)  # more than a pipe holds, even enlarged


def test_results_larger_than_a_pipe_come_back_whole_and_one_that_cannot_be_sent_is_an_error_at_its_place():
    import signal

    from egmplan.app.pool import OrderedMap

    pool = OrderedMap(_large_or_unpicklable, list(range(10)), workers=2, chunksize=2, window=2)
    results = []
    signal.alarm(60)  # a message read or written in part would hang here
    try:
        with pytest.raises(RuntimeError, match="a result could not be sent back: TypeError"):
            for value in pool:
                results.append(value)
    finally:
        signal.alarm(0)
    # 6 was sent with 7 in one chunk: neither comes back, the chunk before does, whole
    assert results == [bytes([n]) * (3_000_000 + n) for n in range(6)]
    assert pool.pool == []
