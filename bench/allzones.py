"""``schedule --tz all --format json`` against the same command for one zone, wall and CPU time.

    .venv/bin/python bench/allzones.py                          # 21 rounds, the working tree
    .venv/bin/python bench/allzones.py --against main --rounds 15   # before and after, one run

Whole processes (start-up included), output piped, on the bundled seventh meeting; the commands
run interleaved (one of each per round, in turn) so that a busy machine slows each alike, and
each figure is the median over the rounds. CPU time is the child's user plus system time
(``wait4``). Each revision keeps its own cache of checked meetings, warm across the rounds.
Target (issue 15): all zones at most 1.3 times one zone.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from startup import ENTRY, MEETING, ROOT, checkout, run_once

ONE = [ENTRY, "schedule", "-m", MEETING, "--tz", "Asia/Bangkok", "--format", "json"]
ALL = [ENTRY, "schedule", "-m", MEETING, "--tz", "all", "--format", "json"]


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
        commands = {}
        for n, (version, source) in enumerate(sources.items()):
            env = {"PYTHONPATH": str(source), "XDG_CACHE_HOME": str(scratch / f"cache{n}")}
            commands[(version, "one")] = (ONE, env)
            commands[(version, "all")] = (ALL, env)
        load = os.getloadavg()
        samples = {name: [] for name in commands}
        for command, env in commands.values():
            run_once(command, env)
        for _ in range(args.rounds):
            for name, (command, env) in commands.items():
                samples[name].append(run_once(command, env))
        after = os.getloadavg()
    print(f"{args.rounds} rounds; load average (1, 5, 15 min) {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} → "
          f"{after[0]:.1f} {after[1]:.1f} {after[2]:.1f} on {os.cpu_count()} cores")
    print("| revision | one zone: wall, CPU | all zones: wall, CPU | all ÷ one: wall, CPU |")
    print("|---|---|---|---|")
    for version in sources:
        one = [statistics.median(s[i] for s in samples[(version, "one")]) for i in (0, 1)]
        every = [statistics.median(s[i] for s in samples[(version, "all")]) for i in (0, 1)]
        print(f"| {version} | {one[0] * 1000:.0f} ms, {one[1] * 1000:.0f} ms | {every[0] * 1000:.0f} ms, "
              f"{every[1] * 1000:.0f} ms | {every[0] / one[0]:.2f}×, {every[1] / one[1]:.2f}× |")


if __name__ == "__main__":
    main()
