"""Word output before and after each change, side by side with python-docx writing the same
document (``bench/floor_docx.py``), in one run: wall and CPU time of whole processes.

    .venv/bin/python bench/word_timing.py REV [REV ...]            # e.g. main word~2 word~1 word
    .venv/bin/python bench/word_timing.py --instructions main word # also callgrind instruction counts
    .venv/bin/python bench/word_timing.py --large 20000 main word   # one large meeting, against Markdown

Each revision's ``src/`` is taken from git (``git archive``) and run with ``python -m egmplan``
on ``PYTHONPATH``, with this environment's python-docx and lxml. The runs are interleaved
round by round (revisions, then the floor), so load from other processes falls on all of
them alike; medians are reported. CPU time is user + system time of the process and of the
worker processes it waited for (``wait4``): on a shared machine it moves far less than the
wall time. ``--instructions`` counts instructions under ``valgrind --tool=callgrind`` (over
fewer meetings: about 50 times slower), which is repeatable to a fraction of a per cent.
All revisions must write the same bytes (checked after the last round).

``--large N``: instead, one meeting of ``bench/generate_large.py`` with N annotation paragraphs
and N organization-of-work rows (bench/run.py's Word growth row), each revision's Word output
of it against Markdown of the same meeting by the first revision.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
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


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and the children it waited for)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, **env}, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_utime + usage.ru_stime


def instructions(command: list[str], env: dict[str, str], scratch: Path) -> int:
    """Instructions executed by the process and every process it forks (callgrind totals)."""
    folder = Path(tempfile.mkdtemp(dir=scratch))
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/cg.%p", *command],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **env}, cwd=ROOT,
                   check=True)
    total = 0
    for out in folder.glob("cg.*"):
        match = re.search(r"^(?:summary|totals): (\d+)", out.read_text(errors="replace"), re.MULTILINE)
        total += int(match.group(1)) if match else 0
    return total


def same_outputs(first: Path, second: Path) -> bool:
    files = sorted(p.relative_to(first) for p in first.rglob("*.docx"))
    return files == sorted(p.relative_to(second) for p in second.rglob("*.docx")) and all(
        filecmp.cmp(first / name, second / name, shallow=False) for name in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="+", help="git revisions to measure (before first)")
    parser.add_argument("--meetings", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions under callgrind (10 meetings)")
    parser.add_argument("--large", type=int, metavar="N",
                        help="one meeting of N paragraphs and N rows, against Markdown of it")
    args = parser.parse_args()
    if args.large:
        large(args)
        return

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        env = {"SOURCE_DATE_EPOCH": "1700000000"}
        meetings = scratch / "meetings"
        subprocess.run([PYTHON, str(BENCH / "generate.py"), str(args.meetings), str(meetings)], check=True)
        text = scratch / "text"
        subprocess.run([PYTHON, "-m", "egmplan", "agenda", "build", "-q", "-f", "txt", "-f", "csv", "-o", str(text)],
                       env={**os.environ, **env, "EGMPLAN_MEETINGS": str(meetings)}, cwd=ROOT, check=True)

        commands: dict[str, tuple[list[str], dict[str, str], Path]] = {}
        for revision in args.revisions:
            source = scratch / f"rev{len(commands)}"
            source.mkdir()
            archive = subprocess.run(["git", "archive", revision, "src"], cwd=ROOT, capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
            out = scratch / f"out{len(commands)}"
            commands[revision] = ([PYTHON, "-m", "egmplan", "agenda", "build", "-q", "-f", "docx", "-o", str(out)],
                                  {**env, "PYTHONPATH": str(source / "src"), "EGMPLAN_MEETINGS": str(meetings)}, out)
        floor_out = scratch / "floor"
        commands["floor"] = ([PYTHON, str(BENCH / "floor_docx.py"), str(text), str(floor_out)], env, floor_out)

        measured: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for round_ in range(args.repeat + 1):                  # round 0 warms the caches up
            for name, (command, command_env, out) in commands.items():
                shutil.rmtree(out, ignore_errors=True)
                result = run(command, command_env)
                if round_:
                    measured[name].append(result)
        outputs = [out for name, (_, _, out) in commands.items() if name != "floor"]
        identical = all(same_outputs(outputs[0], other) for other in outputs[1:])

        counts: dict[str, int] = {}
        if args.instructions:
            few = scratch / "few"
            few.mkdir()
            for path in sorted(meetings.iterdir())[:10]:
                shutil.copy(path, few)
            few_text = scratch / "few-text"
            few_text.mkdir()
            for path in sorted(text.iterdir())[:10]:
                shutil.copytree(path, few_text / path.name)
            for name, (command, command_env, out) in commands.items():
                shutil.rmtree(out, ignore_errors=True)
                if name == "floor":
                    command = [*command[:2], str(few_text), str(out)]
                counts[name] = instructions(command, {**command_env, "EGMPLAN_MEETINGS": str(few)}, scratch)

    floor_wall = statistics.median(w for w, _ in measured["floor"])
    floor_cpu = statistics.median(c for _, c in measured["floor"])
    print(f"{args.meetings} meetings, medians of {args.repeat} interleaved rounds; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print("| code | wall | CPU | wall ÷ floor | CPU ÷ floor |" + (" instructions (10 meetings) | ÷ floor |" if counts else ""))
    print("|---|---|---|---|---|" + ("---|---|" if counts else ""))
    for name, results in measured.items():
        wall = statistics.median(w for w, _ in results)
        cpu = statistics.median(c for _, c in results)
        row = f"| {name} | {wall:.2f} s | {cpu:.2f} s | {wall / floor_wall:.2f}× | {cpu / floor_cpu:.2f}× |"
        if counts:
            row += f" {counts[name] / 1e9:.2f} G | {counts[name] / counts['floor']:.2f}× |"
        print(row)
    print("every revision wrote the same bytes" if identical else "REVISIONS WROTE DIFFERENT BYTES")


def large(args) -> None:
    """Each revision's Word output of one large meeting against Markdown of it (the first
    revision's), interleaved round by round; CPU medians."""
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        meeting = scratch / "large.yaml"
        subprocess.run([PYTHON, str(BENCH / "generate_large.py"), str(args.large), str(args.large), str(meeting)],
                       check=True)
        env = {"SOURCE_DATE_EPOCH": "1700000000"}
        commands: dict[str, tuple[list[str], dict[str, str], Path]] = {}
        for index, revision in enumerate(args.revisions):
            source = scratch / f"rev{index}"
            source.mkdir()
            archive = subprocess.run(["git", "archive", revision, "src"], cwd=ROOT, capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
            revision_env = {**env, "PYTHONPATH": str(source / "src")}
            out = scratch / f"out{index}"
            commands[revision] = ([PYTHON, "-m", "egmplan", "agenda", "build", str(meeting), "-q", "-f", "docx",
                                   "-o", str(out)], revision_env, out)
            if index == 0:
                markdown = ([PYTHON, "-m", "egmplan", "agenda", "build", str(meeting), "-q", "-f", "md",
                             "-o", str(scratch / "md")], revision_env, scratch / "md")
        commands["Markdown"] = markdown
        measured: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for round_ in range(args.repeat + 1):                  # round 0 warms the caches up
            for name, (command, command_env, out) in commands.items():
                shutil.rmtree(out, ignore_errors=True)
                result = run(command, command_env)
                if round_:
                    measured[name].append(result)
        outputs = [out for name, (_, _, out) in commands.items() if name != "Markdown"]
        identical = all(same_outputs(outputs[0], other) for other in outputs[1:])

    markdown_cpu = statistics.median(c for _, c in measured["Markdown"])
    print(f"one meeting of {args.large} paragraphs and {args.large} rows, medians of {args.repeat} interleaved "
          f"rounds; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print("| code | wall | CPU | CPU ÷ Markdown | CPU rounds |")
    print("|---|---|---|---|---|")
    for name, results in measured.items():
        wall = statistics.median(w for w, _ in results)
        cpu = statistics.median(c for _, c in results)
        rounds = " ".join(f"{c:.2f}" for _, c in results)
        print(f"| {name} | {wall:.2f} s | {cpu:.2f} s | {cpu / markdown_cpu:.2f}× | {rounds} |")
    print("every revision wrote the same bytes" if identical else "REVISIONS WROTE DIFFERENT BYTES")


if __name__ == "__main__":
    main()
