"""How egmplan grows with the meeting, each case a whole process (start-up included), output
to a file: ``schedule --tz all`` (313 zones) for 5, 50 and 500 sittings (two a weekday,
10:00-13:00 and 15:00-18:00 in Vienna), JSON and the terminal's long layout; and ``validate``,
``agenda build -f text`` and ``orgwork -f csv`` for 10, 100, 1,000 and 10,000 agenda items
(bench/generate_items.py). The cost must grow linearly.

Run: python bench/schedule_scaling.py   (best of 3 per case: wall and CPU seconds, peak memory)
Another revision: PYTHONPATH=/path/to/other/src python bench/schedule_scaling.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_items import meeting_text as items_meeting  # noqa: E402

RUNS = 3


def meeting(sittings: int) -> str:
    days, day = [], date(2021, 1, 4)
    while len(days) * 2 < sittings:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return (f"meeting:\n  body: Expert Group\n  number: 1\n  venue: Vienna\n  timezone: Europe/Vienna\n"
            f"  dates: {{start: {days[0]}, end: {days[-1]}}}\nsittings:\n  default:\n"
            '    - {start: "10:00", end: "13:00"}\n    - {start: "15:00", end: "18:00"}\n'
            "agenda:\n  - title: Opening\n")


def run(args: list[str]) -> tuple[float, float, int]:
    """Best wall seconds, best CPU seconds (user + system) and largest peak RSS (KiB) of RUNS runs."""
    best, cpu, peak = float("inf"), float("inf"), 0
    for _ in range(RUNS):
        started = time.perf_counter()
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        best = min(best, time.perf_counter() - started)
        cpu = min(cpu, usage.ru_utime + usage.ru_stime)
        peak = max(peak, usage.ru_maxrss)
        assert os.waitstatus_to_exitcode(status) == 0, args
    return best, cpu, peak


def cell(result: tuple[float, float, int]) -> str:
    wall, cpu, kib = result
    return f"{wall:6.2f} s wall {cpu:6.2f} s CPU {kib // 1024:4d} MB"


def schedules(egmplan: list[str], folder: str, out: str) -> None:
    print(f"{'sittings':>8}  {'schedule --tz all -f json':>36}  {'schedule --tz all (long table)':>36}")
    for count in (5, 50, 500):
        path = Path(folder) / f"m{count}.yaml"
        path.write_text(meeting(count + count % 2), encoding="utf-8")
        cells = [cell(run(egmplan + ["schedule", "-m", str(path), "--tz", "all", "-q", "-o", out] + extra))
                 for extra in (["-f", "json"], [])]
        print(f"{count:>8}  {cells[0]:>36}  {cells[1]:>36}", flush=True)


def items(egmplan: list[str], folder: str, built: str) -> None:
    print(f"{'items':>8}  {'validate':>36}  {'agenda build -f text':>36}  {'orgwork -f csv':>36}")
    for count in (10, 100, 1000, 10000):
        path = Path(folder) / f"egm-items-{count}.yaml"
        path.write_text(items_meeting(count), encoding="utf-8")
        cells = [cell(run(egmplan + ["validate", "-q", str(path)])),
                 cell(run(egmplan + ["agenda", "build", str(path), "-f", "text", "-q", "-o", built])),
                 cell(run(egmplan + ["orgwork", "-m", str(path), "-q", "-f", "csv"]))]
        print(f"{count:>8}  {cells[0]:>36}  {cells[1]:>36}  {cells[2]:>36}", flush=True)


def main() -> int:
    """``--items-only``: only the agenda items' rows."""
    egmplan = [sys.executable, "-m", "egmplan"]
    with tempfile.TemporaryDirectory() as folder:
        if "--items-only" not in sys.argv:
            schedules(egmplan, folder, str(Path(folder) / "out"))
            print()
        items(egmplan, folder, str(Path(folder) / "built"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
