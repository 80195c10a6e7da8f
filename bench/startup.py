"""Start-up of everyday commands against a hello-world Typer app, wall and CPU time, in one run.

    .venv/bin/python bench/startup.py              # 21 rounds, prints a Markdown table
    .venv/bin/python bench/startup.py --rounds 7   # fewer rounds
    .venv/bin/python bench/startup.py --against main --against HEAD~1   # before and after, one run

The commands run interleaved (one of each per round, in turn), so that a busy machine slows
each of them alike; each figure is the median over the rounds. CPU time is the child's user
plus system time (``wait4``): on a shared machine it moves less than wall time.
Completion is what a shell runs on each Tab (``_EGMPLAN_COMPLETE=complete_bash``). Each
command keeps its own cache of checked meetings across the rounds (warm, as on a secretariat's
machine); the "cold cache" rows empty theirs before each run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ENTRY = shutil.which("egmplan", path=str(Path(PYTHON).parent)) or "egmplan"
MEETING = str(ROOT / "meetings" / "egm-cybercrime-2021.yaml")
HELLO = [PYTHON, str(ROOT / "bench" / "hello_typer.py")]

COMMANDS: dict[str, tuple[list[str], dict[str, str], float]] = {
    "schedule --tz Asia/Bangkok": ([ENTRY, "schedule", "-m", MEETING, "--tz", "Asia/Bangkok"], {}, 1.4),
    # A city as delegates type it: the place lookup, not only the zone.
    "schedule --tz Geneva": ([ENTRY, "schedule", "-m", MEETING, "--tz", "Geneva"], {}, 1.4),
    "validate": ([ENTRY, "validate", MEETING], {}, 1.4),
    "orgwork": ([ENTRY, "orgwork", "-m", MEETING], {}, 1.4),
    "completion (schedule --tz Asia/B<Tab>)": (
        [ENTRY], {"_EGMPLAN_COMPLETE": "complete_bash", "COMP_WORDS": "egmplan schedule --tz Asia/B",
                  "COMP_CWORD": "3"}, 1.2),
    "--version": ([ENTRY, "--version"], {}, 1.1),
    # The cache of checked meetings emptied before each run: the first run on a file.
    "schedule --tz Asia/Bangkok, cold cache": ([ENTRY, "schedule", "-m", MEETING, "--tz", "Asia/Bangkok"], {}, 1.8),
    "validate, cold cache": ([ENTRY, "validate", MEETING], {}, 1.8),
}


# A user's installed egmplan has its compiled modules (pip writes them); a session that sets
# PYTHONDONTWRITEBYTECODE would have every child compile all of egmplan's source on each run.
CHILD_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one process, its output piped and discarded."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**CHILD_ENVIRONMENT, **env}, cwd=ROOT)
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return wall, usage.ru_utime + usage.ru_stime


def measure(commands: dict, rounds: int) -> dict:
    """Median wall and CPU seconds of each command, run interleaved, after one warm-up each."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for command, env in commands.values():
        run_once(command, env)
    for _ in range(rounds):
        for name, (command, env) in commands.items():
            if isinstance(name, tuple) and name[1].endswith("cold cache"):
                shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
            samples[name].append(run_once(command, env))
    return {name: (statistics.median(s[0] for s in runs), statistics.median(s[1] for s in runs))
            for name, runs in samples.items()}


def checkout(revision: str, into: Path) -> Path:
    """The ``src`` folder of a git revision, extracted (nothing in the repository changes)."""
    into.mkdir()
    archive = subprocess.run(["git", "archive", revision, "src"], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--against", metavar="REVISION", action="append", default=[],
                        help="also measure a git revision's src, interleaved in the same rounds (repeatable)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        sources = {revision: checkout(revision, scratch / f"rev{n}") for n, revision in enumerate(args.against)}
        sources["working tree"] = ROOT / "src"
        commands = {"hello-world Typer": (HELLO, {})}
        for version, source in sources.items():
            for name, (command, env, _) in COMMANDS.items():
                # A cache folder per version, kept warm across its rounds.
                cache = scratch / f"cache-{len(commands)}"
                commands[(version, name)] = (command, {**env, "PYTHONPATH": str(source), "XDG_CACHE_HOME": str(cache)})
        load = os.getloadavg()[0]
        results = measure(commands, args.rounds)
    hello_wall, hello_cpu = results.pop("hello-world Typer")
    print(f"{args.rounds} rounds; load average {load:.1f} → {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"hello-world Typer {hello_wall * 1000:.0f} ms wall, {hello_cpu * 1000:.0f} ms CPU")
    print(f"| command (output piped) | {' | '.join(sources)} | target |")
    print("|---|" + "---|" * len(sources) + "---|")
    for name, (_, _, target) in COMMANDS.items():
        cells = []
        for version in sources:
            wall, cpu = results[(version, name)]
            cells.append(f"{wall * 1000:.0f} ms {wall / hello_wall:.2f}×, CPU {cpu * 1000:.0f} ms {cpu / hello_cpu:.2f}×")
        print(f"| {name} | {' | '.join(cells)} | ≤ {target}× |")


if __name__ == "__main__":
    main()
