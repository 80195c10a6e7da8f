"""The bulk text build in CPU time: ``agenda build -q -f md -f html -f txt -f json`` of the
1,000 meetings of ``bench/generate.py`` against ``bench/floor_build.py``, and the checks that a
faster build writes the same bytes.

    .venv/bin/python bench/bulk_cpu.py run --rounds 3 --against main   # whole processes, side by side
    .venv/bin/python bench/bulk_cpu.py profile                          # cProfile, 200 meetings in process
    .venv/bin/python bench/bulk_cpu.py parts                            # CPU per meeting of each part
    .venv/bin/python bench/bulk_cpu.py hashes manifest.txt              # SHA-256 of every output
    .venv/bin/python bench/bulk_cpu.py hashes after.txt --compare manifest.txt

``run``: each revision's ``src`` (``git archive``) and the working tree, run interleaved round by
round with the floor, so that a busy machine slows each alike; medians of the rounds. CPU time
is user + system time of the process and of the worker processes it waited for (``wait4``);
wall time is printed too, but on a shared two-core machine it depends on whether the second
core is free. egmplan runs with its cache of checked meetings turned off (``EGMPLAN_NO_CACHE``),
so that every run loads and checks every meeting as the floor parses every file; ``--cache``
adds a row with an empty cache before each run (the first build, which writes the entries),
``--warm-cache`` one with the cache filled by the warm-up run (as ``bench/run.py``'s bulk rows).
The last column is the whole machine's CPU time during the run (``/proc/stat``): it includes the
kernel threads that write dirty pages out, which a process's own CPU time does not.

``hashes``: builds the 1,000 meetings (md, html, txt, json) and the bundled meetings (every
format and language ``agenda build`` makes of them by default) and lists the SHA-256 of every
file; with ``--compare`` it fails when any differs from the manifest given.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable
ENTRY = shutil.which("egmplan", path=str(Path(PYTHON).parent)) or "egmplan"
FORMATS = ["-f", "md", "-f", "html", "-f", "txt", "-f", "json"]

# A user's installed egmplan has its compiled modules (pip writes them); a session that sets
# PYTHONDONTWRITEBYTECODE would have every child compile all of egmplan's source on each run.
CHILD_ENVIRONMENT = {name: value for name, value in os.environ.items()
                     if name not in ("PYTHONDONTWRITEBYTECODE", "EGMPLAN_NO_CACHE", "SOURCE_DATE_EPOCH")}


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall and CPU seconds (the process and the children it waited for) of one process, and
    the whole machine's CPU seconds meanwhile (Linux; 0 elsewhere): it includes the kernel's
    own threads, which write a file system's dirty pages when a process asks for a sync."""
    machine = _machine_busy()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**CHILD_ENVIRONMENT, **env}, cwd=ROOT)
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    machine = _machine_busy() - machine
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{errors.decode()}")
    return wall, usage.ru_utime + usage.ru_stime, machine


def _machine_busy() -> float:
    """Seconds every CPU of the machine has spent not idle since boot (/proc/stat)."""
    try:
        with open("/proc/stat") as stat:
            ticks = [int(field) for field in stat.readline().split()[1:9]]
    except OSError:
        return 0.0
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # less idle and iowait


def checkout(revision: str, into: Path) -> Path:
    """The ``src`` folder of a git revision, extracted (nothing in the repository changes)."""
    into.mkdir()
    archive = subprocess.run(["git", "archive", revision, "src"], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "src"


def generated(scratch: Path, count: int) -> Path:
    meetings = scratch / f"m{count}"
    if not meetings.exists():
        subprocess.run([PYTHON, str(BENCH / "generate.py"), str(count), str(meetings)], check=True)
    return meetings


def run(args) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        meetings = generated(scratch, args.count)
        sources = {revision: checkout(revision, scratch / f"rev{n}") for n, revision in enumerate(args.against)}
        sources["working tree"] = ROOT / "src"
        runs = iter(range(1_000_000))

        def fresh() -> str:
            # A new folder for each run, nothing deleted until the end: on this VM's ext4 without
            # a journal, creating files within a minute of deleting thousands makes the kernel scan
            # past them (recently_deleted in fs/ext4/ialloc.c), up to 1 s of system time charged
            # to whichever run comes next.
            return str(scratch / f"out{next(runs)}")

        commands: dict[str, tuple[list[str], dict[str, str], bool]] = {}
        for version, source in sources.items():
            env = {"PYTHONPATH": str(source), "EGMPLAN_MEETINGS": str(meetings)}
            build = [ENTRY, "agenda", "build", "-q", *FORMATS, "-o"]
            commands[version] = (build, {**env, "EGMPLAN_NO_CACHE": "1"}, False)
            if args.warm_cache:  # bench/run.py's row: the cache filled by the warm-up run
                commands[f"{version}, warm cache"] = (
                    build, {**env, "XDG_CACHE_HOME": str(scratch / f"cache-{len(commands)}")}, False)
            if args.cache:
                commands[f"{version}, empty cache"] = (build, {**env, "XDG_CACHE_HOME": str(scratch / "cache")}, True)
        commands["floor"] = ([PYTHON, str(BENCH / "floor_build.py"), str(meetings)], {}, False)
        for command, env, _ in commands.values():  # warm-up: the page cache, compiled modules
            run_once([*command, fresh()], env)
        load = os.getloadavg()
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, (command, env, empty_cache) in commands.items():
                if empty_cache:
                    shutil.rmtree(scratch / "cache", ignore_errors=True)
                samples[name].append(run_once([*command, fresh()], env))
        load_after = os.getloadavg()
    floor_cpu = statistics.median(s[1] for s in samples["floor"])
    print(f"{args.count:,} meetings, {args.rounds} rounds; load average (1, 5, 15 min) "
          f"{', '.join(f'{x:.1f}' for x in load)} → {', '.join(f'{x:.1f}' for x in load_after)} "
          f"on {os.cpu_count()} cores")
    print("| | wall | CPU | CPU against the floor | CPU per meeting | CPU of each round | machine CPU |")
    print("|---|---|---|---|---|---|---|")
    for name, runs in samples.items():
        wall, cpu, machine = (statistics.median(s[i] for s in runs) for i in (0, 1, 2))
        rounds = ", ".join(f"{s[1]:.2f}" for s in runs)
        print(f"| {name} | {wall:.2f} s | {cpu:.2f} s | {cpu / floor_cpu:.2f}× | "
              f"{cpu / args.count * 1000:.2f} ms | {rounds} | {machine:.2f} s |")


def _in_process_builds(count: int, scratch: Path):
    from egmplan.app.build import ORIGINAL, build_meeting

    meetings = sorted(generated(scratch, count).glob("*.yaml"))
    formats = ("md", "html", "txt", "json")
    return lambda: [build_meeting(path, path.name, formats, languages=ORIGINAL) for path in meetings]


def profile(args) -> None:
    import cProfile
    import pstats

    with tempfile.TemporaryDirectory() as scratch:
        build_all = _in_process_builds(args.count, Path(scratch))
        build_all()  # imports, templates, zone files
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        build_all()
        profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats(args.sort).print_stats(args.lines)


def parts(args) -> None:
    """CPU per meeting of each part, in process, best of ``--rounds``: loading and checking,
    the view, each renderer, and writing (atomically, into a scratch folder)."""
    from egmplan.app.check import load_and_check
    from egmplan.app.build import write_meeting
    from egmplan.render import registry
    from egmplan.render.build import BUILD_KINDS
    from egmplan.render.view import build_view

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        meetings = sorted(generated(scratch, args.count).glob("*.yaml"))
        exporters = [registry.find(BUILD_KINDS, name) for name in ("md", "html", "txt", "json")]
        timings: dict[str, list[float]] = {}

        def timed(name, function, items):
            started = time.process_time()
            results = [function(item) for item in items]
            timings.setdefault(name, []).append((time.process_time() - started) / len(items) * 1000)
            return results

        for _ in range(args.rounds + 1):
            loaded = timed("load and check", lambda p: load_and_check(p, p.name).meeting, meetings)
            views = timed("view", build_view, loaded)
            outputs = [{} for _ in views]
            for exporter in exporters:
                rendered = timed(exporter.name, lambda v, e=exporter: e.encode(e.render(v)), views)
                for output, data in zip(outputs, rendered):
                    output[exporter.filename] = data
            pairs = list(zip(meetings, outputs))
            timed("write", lambda pair: write_meeting(scratch / "out" / pair[0].stem, pair[1]), pairs)
    total = 0.0
    for name, values in timings.items():
        best = min(values[1:])
        total += best
        print(f"{name:16} {best:6.2f} ms CPU per meeting")
    print(f"{'total':16} {total:6.2f} ms")


def hashes(args) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        meetings = generated(scratch, 1000)
        env = {**CHILD_ENVIRONMENT, "EGMPLAN_NO_CACHE": "1"}
        subprocess.run([ENTRY, "agenda", "build", "-q", *FORMATS, "-o", str(scratch / "bulk")],
                       env={**env, "EGMPLAN_MEETINGS": str(meetings)}, cwd=ROOT, check=True)
        bundled = subprocess.run([ENTRY, "agenda", "build", "-q", "-o", str(scratch / "bundled")],
                                 env={**env, "EGMPLAN_MEETINGS": str(ROOT / "meetings")}, cwd=ROOT)
        lines = []
        for top in ("bulk", "bundled"):
            for path in sorted((scratch / top).rglob("*")):
                if path.is_file():
                    digest = hashlib.sha256(path.read_bytes()).hexdigest()
                    lines.append(f"{digest}  {path.relative_to(scratch)}")
        lines.append(f"bundled build exit code {bundled.returncode}")
    Path(args.manifest).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} files listed in {args.manifest}")
    if args.compare:
        before = Path(args.compare).read_text(encoding="utf-8").splitlines()
        if before != lines:
            changed = sorted(set(before) ^ set(lines))
            raise SystemExit("outputs differ:\n" + "\n".join(changed[:20]))
        print(f"every output identical to {args.compare}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    runs = commands.add_parser("run")
    runs.add_argument("--rounds", type=int, default=3)
    runs.add_argument("--count", type=int, default=1000)
    runs.add_argument("--against", metavar="REVISION", action="append", default=[])
    runs.add_argument("--cache", action="store_true", help="also measure with an empty cache of checked meetings")
    runs.add_argument("--warm-cache", action="store_true",
                      help="also measure with the cache of checked meetings filled (bench/run.py's bulk rows)")
    profiles = commands.add_parser("profile")
    profiles.add_argument("--count", type=int, default=200)
    profiles.add_argument("--sort", default="tottime")
    profiles.add_argument("--lines", type=int, default=40)
    part = commands.add_parser("parts")
    part.add_argument("--count", type=int, default=200)
    part.add_argument("--rounds", type=int, default=3)
    hashing = commands.add_parser("hashes")
    hashing.add_argument("manifest")
    hashing.add_argument("--compare", metavar="MANIFEST")
    args = parser.parse_args()
    {"run": run, "profile": profile, "parts": parts, "hashes": hashes}[args.command](args)


if __name__ == "__main__":
    main()
