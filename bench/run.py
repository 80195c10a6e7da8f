"""egmplan's benchmark: each measurement side by side with its floor, in one run.

Run from the project root with the environment egmplan is installed in:

    .venv/bin/python bench/run.py            # full run (about 5 minutes), writes bench/RESULTS.md
    .venv/bin/python bench/run.py --quick    # fewer repetitions, prints only

Times are medians over repeated runs of whole processes (start-up included: that is what a
user waits for); peak memory is the child's maximum resident set size (``wait4``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable
EGMPLAN = [PYTHON, "-m", "egmplan"]
ENTRY = shutil.which("egmplan", path=str(Path(PYTHON).parent)) or "egmplan"
SEVENTH = ROOT / "meetings" / "egm-cybercrime-2021.yaml"
SIXTH = ROOT / "meetings" / "egm-cybercrime-2020.yaml"


# A user's installed egmplan has its compiled modules (pip writes them); a session that sets
# PYTHONDONTWRITEBYTECODE would have every child compile all of egmplan's source on each run.
CHILD_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run_once(command: list[str], env: dict | None = None, cpu: bool = False) -> tuple[float, int]:
    """Seconds (wall clock, or with ``cpu`` the CPU time the process used) and peak RSS (KiB)
    of one process, its output piped and discarded."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**CHILD_ENVIRONMENT, **(env or {})}, cwd=ROOT)
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return (usage.ru_utime + usage.ru_stime if cpu else elapsed), usage.ru_maxrss


def measure(command, repeat: int, env: dict | None = None, setup=None,
            cpu: bool = False) -> tuple[float, int]:
    """Median seconds and the largest peak RSS over ``repeat`` runs (after one warm-up).
    ``command`` is a list, or a function returning one for each run (a new output folder)."""
    def once():
        return run_once(command() if callable(command) else command, env, cpu)

    if setup:
        setup()
    once()
    times, peaks = [], []
    for _ in range(repeat):
        if setup:
            setup()
        seconds, peak = once()
        times.append(seconds)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


class FreshFolders:
    """A new, never-used output folder for each run, all removed together at the end.

    Nothing is deleted between runs: on an ext4 file system without a journal (this VM's),
    creating a file within a minute of deleting thousands makes the kernel scan past them
    (``recently_deleted`` in fs/ext4/ialloc.c), which charged up to 1 s of system time to
    whichever run came after the removal of the previous run's output. Each side writes from
    an empty folder, as a first build does."""

    def __init__(self, scratch: Path, name: str):
        self.scratch, self.name, self.count = scratch, name, 0

    def __call__(self) -> str:
        self.count += 1
        return str(self.scratch / f"{self.name}-{self.count}")


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions; do not write RESULTS.md")
    parser.add_argument("--word-only", action="store_true",
                        help="only the Word growth measurement (5); prints, does not write RESULTS.md")
    parser.add_argument("--bulk-only", action="store_true",
                        help="only the bulk builds (2); prints, does not write RESULTS.md")
    parser.add_argument("--pdf-only", action="store_true",
                        help="only the PDF measurement (6); prints, does not write RESULTS.md")
    args = parser.parse_args()
    small, large = (3, 2) if args.quick else (21, 3)
    rows: list[tuple[str, str, str, str, str]] = []
    notes: list[str] = []

    def report(name: str, ours: tuple[float, int], floor: tuple[float, int], floor_name: str, target: float):
        ratio = ours[0] / floor[0]
        verdict = "met" if ratio <= target else "NOT met"
        rows.append((name, f"{fmt(ours[0])} ({ours[1] // 1024} MB)", f"{floor_name}: {fmt(floor[0])} ({floor[1] // 1024} MB)",
                     f"{ratio:.2f}×", f"≤ {target}× {verdict}"))
        print(f"{name}: {fmt(ours[0])} vs {floor_name} {fmt(floor[0])}: {ratio:.2f}× (target ≤ {target}×, {verdict})",
              flush=True)
        return ratio

    if args.pdf_only:
        pdf_per_meeting(report, notes, small)
        print("\n".join(f"| {' | '.join(row)} |" for row in rows))
        print("\n".join(notes))
        return
    if args.bulk_only:
        with tempfile.TemporaryDirectory() as scratch:
            bulk_builds(report, notes, large, Path(scratch))
        print("\n".join(f"| {' | '.join(row)} |" for row in rows))
        print("\n".join(notes))
        return
    if args.word_only:
        word_growth(report, notes, large)
        print("\n".join(f"| {' | '.join(row)} |" for row in rows))
        print("\n".join(notes))
        return

    # 1. Start-up (issue 15's targets): real commands with their output piped, on a warm cache of
    # checked meetings (the run before each measurement fills it), against a hello-world Typer app.
    hello = measure([PYTHON, str(BENCH / "hello_typer.py")], small)
    bare = measure([PYTHON, "-c", "pass"], small)
    for name, command, target in (
            ("schedule --tz Asia/Bangkok", ["schedule", "-m", str(SEVENTH), "--tz", "Asia/Bangkok"], 1.4),
            ("validate one meeting", ["validate", str(SEVENTH)], 1.4),
            ("orgwork", ["orgwork", "-m", str(SEVENTH)], 1.4),
            ("--version", ["--version"], 1.1)):
        ours = measure([ENTRY, *command], small)
        report(f"Start-up: {name}", ours, hello, "hello-world Typer 0.28", target)
    notes.append(f"Start-up: the hello-world Typer app is {hello[0] / bare[0]:.2f}× `python -c pass` "
                 f"({fmt(bare[0])}); `bench/startup.py` measures the start-up rows in CPU time too, cold cache "
                 "and completion included.")

    # 2. Bulk build of 100 and 1,000 generated meetings, against the parse-and-render floor.
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        bulk_builds(report, notes, large, scratch)

        # Word on its own, against python-docx writing the same text and table.
        meetings = scratch / "m100"
        out, floor_out = FreshFolders(scratch, "docx100"), FreshFolders(scratch, "floordocx")
        subprocess.run([ENTRY, "agenda", "build", "-q", "-f", "txt", "-f", "csv", "-o", str(scratch / "text100")],
                       env={**os.environ, "EGMPLAN_MEETINGS": str(meetings)}, check=True)
        # Issue 15's target is CPU time (workers included): the wall time depends on a free second core.
        ours_cpu = measure(lambda: [ENTRY, "agenda", "build", "-q", "-f", "docx", "-o", out()], large,
                           env={"EGMPLAN_MEETINGS": str(meetings)}, cpu=True)
        floor_cpu = measure(lambda: [PYTHON, str(BENCH / "floor_docx.py"), str(scratch / "text100"), floor_out()],
                            large, cpu=True)
        report("Word output, 100 meetings, CPU time", ours_cpu, floor_cpu, "python-docx alone, same text and table", 1.0)

    # 3. Every zone against one zone.
    one = measure([ENTRY, "schedule", "-m", str(SEVENTH), "--tz", "Asia/Bangkok", "--format", "json"], small, cpu=True)
    every = measure([ENTRY, "schedule", "-m", str(SEVENTH), "--tz", "all", "--format", "json"], small, cpu=True)
    report("schedule --tz all --format json, CPU time", every, one, "one zone", 1.3)

    # 4. suggest with every Member State against schedule.
    suggest = measure([ENTRY, "suggest", "-m", str(SIXTH), "--participants", "member-states", "--sittings", "2",
                       "--length", "2h", "--between", "08:00-20:00"], small)
    schedule_sixth = measure([ENTRY, "schedule", "-m", str(SIXTH), "--tz", "Asia/Bangkok"], small)
    report("suggest, 193 Member States × 3 days × 15-min grid", suggest, schedule_sixth, "schedule", 1.5)

    # 5. Word output as the document grows, against Markdown of the same meeting.
    word_growth(report, notes, large)

    # 6. PDF of a meeting, against WeasyPrint setting the same HTML alone.
    pdf_per_meeting(report, notes, small)

    table = ["| measurement | egmplan (peak RSS) | floor (peak RSS) | ratio | target |", "|---|---|---|---|---|"]
    table += [f"| {' | '.join(row)} |" for row in rows]
    print("\n".join(table))
    print("\n".join(notes))
    if args.quick:
        return
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    results = BENCH / "RESULTS.md"
    # The dated sections below the table (each technique measured on its own) are kept as they are.
    earlier = results.read_text(encoding="utf-8") if results.exists() else ""
    sections = earlier[earlier.index("\n## ") + 1:] if "\n## " in earlier else ""
    results.write_text("\n".join([
        "# Benchmark results",
        "",
        f"Recorded {when} by `python bench/run.py` on {platform.node() or 'this machine'}: "
        f"{cpu}, {os.cpu_count()} cores, Linux {platform.release()}, Python {platform.python_version()}.",
        "Medians of whole-process runs (start-up included), measured side by side in one run; "
        "peak memory is the largest resident set of the process.",
        "",
        *table,
        "",
        *[f"- {note}" for note in notes],
        "",
        sections,
    ]), encoding="utf-8")
    print(f"wrote {results.relative_to(ROOT)}")


def bulk_builds(report, notes: list[str], repeat: int, scratch: Path) -> None:
    """The bulk text build of 100 and 1,000 generated meetings against the floor, in CPU time
    (workers included: the wall time depends on a free second core); the meetings stay in
    ``scratch`` (the Word row builds from the hundred)."""
    bulk = {}
    for count in (100, 1000):
        meetings = scratch / f"m{count}"
        subprocess.run([PYTHON, str(BENCH / "generate.py"), str(count), str(meetings)], check=True)
        out, floor_out = FreshFolders(scratch, f"out{count}"), FreshFolders(scratch, f"floor{count}")
        ours = measure(lambda out=out: [ENTRY, "agenda", "build", "-q", "-f", "md", "-f", "html", "-f", "txt",
                                        "-f", "json", "-o", out()], repeat,
                       env={"EGMPLAN_MEETINGS": str(meetings)}, cpu=True)
        floor = measure(lambda floor_out=floor_out, meetings=meetings: [
            PYTHON, str(BENCH / "floor_build.py"), str(meetings), floor_out()], repeat, cpu=True)
        bulk[count] = (ours, floor)
        report(f"Bulk build, {count:,} meetings (md, html, txt, json), CPU time", ours, floor,
               "PyYAML C loader + one Jinja template per output", 2.5)
    growth_ours = bulk[1000][0][0] / bulk[100][0][0]
    growth_floor = bulk[1000][1][0] / bulk[100][1][0]
    notes.append(f"Growth from 100 to 1,000 meetings: egmplan {growth_ours:.1f}× the time (floor {growth_floor:.1f}×); "
                 f"peak memory {bulk[100][0][1] // 1024} MB → {bulk[1000][0][1] // 1024} MB "
                 f"(target under 200 MB at 1,000: {'met' if bulk[1000][0][1] < 200 * 1024 else 'NOT met'}).")


def pdf_per_meeting(report, notes: list[str], repeat: int) -> None:
    """``agenda build -f pdf`` of the three bundled meetings in one process (load, check, view,
    template, WeasyPrint) against ``bench/floor_pdf.py``: WeasyPrint alone setting the same three
    HTML documents with the same options in one process. Both import WeasyPrint (about 0.55 s
    of CPU). CPU time of the process (user + system), not wall-clock time: on a shared machine
    the wall clock of a few-second run varies by ±30 %, its CPU time by a few per cent."""
    meetings = sorted((ROOT / "meetings").glob("egm-cybercrime-*.yaml"))
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        pairs = []
        for path in meetings:
            page = scratch / f"{path.stem}.html"
            subprocess.run([PYTHON, str(BENCH / "floor_pdf.py"), "prepare", str(path), str(page)], check=True)
            pairs += [str(page), str(scratch / f"{path.stem}.pdf")]
        # --lang en: the floor sets each meeting's English HTML; the seventh meeting is issued in
        # French and Spanish too, which a default build would also set.
        ours = measure([ENTRY, "agenda", "build", "-q", "-f", "pdf", "--lang", "en", "-o", str(scratch / "out"),
                        *map(str, meetings)],
                       repeat, cpu=True)
        floor = measure([PYTHON, str(BENCH / "floor_pdf.py"), "render", *pairs], repeat, cpu=True)
        report(f"PDF, the {len(meetings)} bundled meetings in one build (CPU time)", ours, floor,
               "WeasyPrint alone, same HTML and options", 1.2)
        one = measure([ENTRY, "agenda", "build", "-q", "-f", "pdf", "--lang", "en", "-o", str(scratch / "out"),
                       str(SEVENTH)],
                      repeat, cpu=True)
        one_floor = measure([PYTHON, str(BENCH / "floor_pdf.py"), "render", *pairs[-2:]], repeat, cpu=True)
        markdown = measure([ENTRY, "agenda", "build", "-q", "-f", "md", "--lang", "en", "-o", str(scratch / "md"),
                            str(SEVENTH)],
                           repeat, cpu=True)
    notes.append(f"PDF of one meeting alone (the seventh, 7 pages): {fmt(one[0])} of CPU against {fmt(one_floor[0])} "
                 f"for WeasyPrint alone ({one[0] / one_floor[0]:.2f}×); the difference is what any `agenda build` "
                 f"of one meeting costs (Typer, loading and checking, the view: `-f md` takes {fmt(markdown[0])}), "
                 f"which a build of several meetings shares.")


def word_growth(report, notes: list[str], repeat: int) -> None:
    """One meeting with 2,000 and with 20,000 annotation paragraphs and organization-of-work
    rows (``bench/generate_large.py``): Word against Markdown of the same meeting, and how
    each grows. Before Word output was made linear, 20,000 paragraphs took 39 s."""
    with tempfile.TemporaryDirectory() as scratch:
        measured = {}
        for size in (2000, 20000):
            meeting = Path(scratch) / f"large-{size}.yaml"
            subprocess.run([PYTHON, str(BENCH / "generate_large.py"), str(size), str(size), str(meeting)], check=True)
            word = measure([ENTRY, "agenda", "build", str(meeting), "-q", "-f", "docx", "-o", "-"], repeat)
            markdown = measure([ENTRY, "agenda", "build", str(meeting), "-q", "-f", "md", "-o", "-"], repeat)
            measured[size] = (word, markdown)
        word, markdown = measured[20000]
        report("Word output, 20,000 annotation paragraphs and 20,000 table rows", word, markdown,
               "Markdown of the same meeting", 3.0)
        growth_word = measured[20000][0][0] / measured[2000][0][0]
        growth_markdown = measured[20000][1][0] / measured[2000][1][0]
        notes.append(f"Word output from 2,000 to 20,000 paragraphs and rows: {growth_word:.1f}× the time "
                     f"(Markdown {growth_markdown:.1f}×; linear is at most 10×).")


if __name__ == "__main__":
    main()
