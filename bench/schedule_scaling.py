"""How ``schedule --tz all`` grows with the meeting: 5, 50 and 500 sittings (two a weekday,
10:00-13:00 and 15:00-18:00 in Vienna), JSON and the terminal's long layout written to a
file, each as a whole process (start-up included). The cost must grow linearly.

Run: python bench/schedule_scaling.py   (best of 3 per case, wall seconds and peak memory)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

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


def run(args: list[str]) -> tuple[float, int]:
    best, peak = float("inf"), 0
    for _ in range(RUNS):
        started = time.perf_counter()
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        best = min(best, time.perf_counter() - started)
        peak = max(peak, usage.ru_maxrss)
        assert os.waitstatus_to_exitcode(status) == 0, args
    return best, peak


def main() -> int:
    egmplan = [sys.executable, "-m", "egmplan"]
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'sittings':>8}  {'json':>16}  {'table (file)':>16}")
        for count in (5, 50, 500):
            path = Path(folder) / f"m{count}.yaml"
            path.write_text(meeting(count + count % 2), encoding="utf-8")
            out = str(Path(folder) / "out")
            cells = []
            for extra in (["-f", "json"], []):
                seconds, kib = run(egmplan + ["schedule", "-m", str(path), "--tz", "all", "-q", "-o", out] + extra)
                cells.append(f"{seconds:6.2f} s {kib // 1024:4d} MB")
            print(f"{count:>8}  {cells[0]:>16}  {cells[1]:>16}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
