"""How egmplan grows with the meeting, each case a whole process (start-up included), output
to a file: ``schedule --tz all`` (313 zones) for 5, 50 and 500 sittings (two a weekday,
10:00-13:00 and 15:00-18:00 in Vienna), JSON and the terminal's long layout; and ``validate``,
``agenda build -f text`` and ``orgwork -f csv`` for 10, 100, 1,000 and 10,000 agenda items
(bench/generate_items.py). The cost must grow linearly.

Run: python bench/schedule_scaling.py   (best of 3 per case: wall and CPU seconds, peak memory)
Another revision: PYTHONPATH=/path/to/other/src python bench/schedule_scaling.py
Revisions side by side: python bench/schedule_scaling.py --items-only --against main   (each case run
for every revision in turn, then the next case; the working tree's src last)

The cache of checked meetings is turned off (EGMPLAN_NO_CACHE=1): every run is the first run
on its file, as the first build of a new meeting is; ``--cache`` keeps it (each revision its own).
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
# A user's installed egmplan has its compiled modules (pip writes them); a session that sets
# PYTHONDONTWRITEBYTECODE would have every child compile all of egmplan's source on each run.
CHILD_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


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


def run(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Best wall seconds, best CPU seconds (user + system) and largest peak RSS (KiB) of RUNS runs."""
    best, cpu, peak = float("inf"), float("inf"), 0
    for _ in range(RUNS):
        started = time.perf_counter()
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL, env={**CHILD_ENVIRONMENT, **(env or {})})
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


def items(egmplan: list[str], folder: str, built: str, versions: dict[str, dict[str, str]]) -> None:
    print(f"{'items':>8}  {'version':>14}  {'validate':>36}  {'agenda build -f text':>36}  {'orgwork -f csv':>36}")
    for count in (10, 100, 1000, 10000):
        path = Path(folder) / f"egm-items-{count}.yaml"
        path.write_text(items_meeting(count), encoding="utf-8")
        for version, env in versions.items():
            cells = [cell(run(egmplan + ["validate", "-q", str(path)], env)),
                     cell(run(egmplan + ["agenda", "build", str(path), "-f", "text", "-q", "-o", built], env)),
                     cell(run(egmplan + ["orgwork", "-m", str(path), "-q", "-f", "csv"], env))]
            print(f"{count:>8}  {version:>14}  {cells[0]:>36}  {cells[1]:>36}  {cells[2]:>36}", flush=True)


def main() -> int:
    """``--items-only``: only the agenda items' rows; ``--against REV`` (repeatable): that git
    revision's src too; ``--cache``: keep the cache of checked meetings."""
    from startup import checkout

    egmplan = [sys.executable, "-m", "egmplan"]
    against = [sys.argv[i + 1] for i, arg in enumerate(sys.argv) if arg == "--against"]
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as folder:
        versions = {}
        for n, revision in enumerate(against):
            versions[revision] = {"PYTHONPATH": str(checkout(revision, Path(folder) / f"rev{n}"))}
        if against:
            versions["working tree"] = {"PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
        else:
            versions["this"] = {}
        for n, env in enumerate(versions.values()):
            if "--cache" in sys.argv:
                env["XDG_CACHE_HOME"] = str(Path(folder) / f"cache{n}")
            else:
                env["EGMPLAN_NO_CACHE"] = "1"
        if "--items-only" not in sys.argv:
            schedules(egmplan, folder, str(Path(folder) / "out"))
            print()
        items(egmplan, folder, str(Path(folder) / "built"), versions)
    after = os.getloadavg()
    print(f"load average (1, 5, 15 min) {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} -> "
          f"{after[0]:.1f} {after[1]:.1f} {after[2]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
