"""Nothing lost: a build killed with SIGKILL at random points leaves every output file
either the old complete one or the new complete one."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from bundled import copy_bundled

ROOT = Path(__file__).resolve().parent.parent
RUNS = 30


def _build(meetings: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "EGMPLAN_MEETINGS": str(meetings), "PYTHONHASHSEED": "0"}
    env.pop("SOURCE_DATE_EPOCH", None)
    # Every format but pdf: the PDF is written by the same all-or-nothing code, and WeasyPrint's
    # seconds per build would multiply this test's thirty builds.
    return subprocess.Popen([sys.executable, "-m", "egmplan", "agenda", "build", "-q", "-o", str(out), "-f",
                             "md,html,docx,text,json,csv,ics"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def _english_only(meetings: list[Path]) -> list[Path]:
    """The meetings in their original language alone: the writes are the subject here, and a
    retitled item would leave the seventh meeting's catalogues behind (fr, es refuse to build)."""
    for meeting in meetings:
        meeting.write_text(meeting.read_text(encoding="utf-8").replace("  languages: [en, fr, es]\n", ""),
                           encoding="utf-8")
    return meetings


def test_sigkill_at_random_points_leaves_old_or_new_files(tmp_path):
    old_meetings, new_meetings = tmp_path / "old", tmp_path / "new"
    _english_only(copy_bundled(old_meetings))
    for meeting in _english_only(copy_bundled(new_meetings)):
        text = meeting.read_text(encoding="utf-8").replace("title: Other matters", "title: Any other business")
        meeting.write_text(text, encoding="utf-8")
    # The complete old and new outputs, built without interruption.
    assert _build(old_meetings, tmp_path / "old-out").wait() == 0
    started = time.monotonic()
    assert _build(new_meetings, tmp_path / "new-out").wait() == 0
    duration = time.monotonic() - started
    old, new = _snapshot(tmp_path / "old-out"), _snapshot(tmp_path / "new-out")
    assert set(old) == set(new) and len(old) == 21
    assert sum(old[name] != new[name] for name in old) >= 9  # the rename shows in most outputs

    target = tmp_path / "out"
    shutil.copytree(tmp_path / "old-out", target)
    rng = random.Random(20210406)
    outcomes = set()
    for _ in range(RUNS):
        process = _build(new_meetings, target)
        time.sleep(rng.uniform(0, duration))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = _snapshot(target)
        assert set(now) == set(old)
        for name, data in now.items():
            assert data in (old[name], new[name]), f"{name} is neither the old nor the new file"
            outcomes.add("new" if data == new[name] and data != old[name] else "old")
        if rng.random() < 0.5:  # start again from the old outputs half of the time
            shutil.rmtree(target)
            shutil.copytree(tmp_path / "old-out", target)
    assert outcomes == {"old", "new"}  # kills landed both before and after files were replaced
    # A build that runs to the end clears what killed ones left behind.
    assert _build(new_meetings, target).wait() == 0
    assert _snapshot(target) == new
    assert sorted(p.name for p in target.rglob(".*")) == []


# --- concurrent builds of the same outputs ------------------------------------------------------

CONCURRENT_RUNS = 6


def _label(meetings: list[Path], label: str) -> None:
    """``label`` in a title of each meeting, so every output tells which build wrote it."""
    for path in meetings:
        text = path.read_text(encoding="utf-8").replace("title: Other matters", f"title: Other matters ({label})")
        path.write_text(text, encoding="utf-8")


def test_three_concurrent_builds_of_the_same_outputs_all_succeed_and_never_mix_a_meeting(tmp_path):
    labels = ["A", "B", "C"]
    for label in labels:
        _label(_english_only(copy_bundled(tmp_path / label)), label)
    complete = {}
    for label in labels:  # each build alone: the complete outputs of each variant
        assert _build(tmp_path / label, tmp_path / f"alone-{label}").wait() == 0
        complete[label] = _snapshot(tmp_path / f"alone-{label}")
    target = tmp_path / "out"
    for _ in range(CONCURRENT_RUNS):
        builds = [_build(tmp_path / label, target) for label in labels]
        assert [b.wait() for b in builds] == [0, 0, 0]
        now = _snapshot(target)
        assert set(now) == set(complete["A"])
        for meeting in {name.split("/")[0] for name in now}:
            files = {name: data for name, data in now.items() if name.startswith(meeting + "/")}
            # every file of a meeting comes from one and the same build
            assert any(files == {n: complete[label][n] for n in files} for label in labels), meeting
        assert sorted(p.name for p in target.rglob(".*")) == []  # no temporary left behind


# --- Ctrl-C during a parallel build ----------------------------------------------------------------

def test_ctrl_c_stops_a_parallel_build_at_once_and_says_what_was_written(tmp_path):
    from egmplan.app.build import PARALLEL_FROM

    count = PARALLEL_FROM * 5
    old_meetings, new_meetings = tmp_path / "old", tmp_path / "new"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(count), str(old_meetings)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.copytree(old_meetings, new_meetings)
    _label(sorted(new_meetings.glob("*.yaml")), "new")
    for folder in (old_meetings, new_meetings):
        for path in folder.glob("*.yaml"):  # the generated meetings have no "Other matters": mark a title
            path.write_text(path.read_text(encoding="utf-8").replace(
                "Agenda item 1 of", f"Agenda item 1 ({folder.name}) of"), encoding="utf-8")
    formats = ["-f", "md", "-f", "html", "-f", "docx"]
    env = {**os.environ, "EGMPLAN_MEETINGS": str(old_meetings), "PYTHONHASHSEED": "0"}
    target = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "egmplan", "agenda", "build", "-q", "-o", str(target), *formats],
                   env=env, check=True)
    old = _snapshot(target)
    assert len(old) == 3 * count

    env["EGMPLAN_MEETINGS"] = str(new_meetings)
    # A terminal's Ctrl-C goes to the whole foreground process group: the workers get it too.
    process = subprocess.Popen([sys.executable, "-m", "egmplan", "agenda", "build", "-q", "-o", str(target), *formats],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    deadline = time.monotonic() + 60
    while _snapshot(target) == old and time.monotonic() < deadline:
        time.sleep(0.02)
    interrupted = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    took = time.monotonic() - interrupted

    now = _snapshot(target)
    meetings = sorted({name.split("/")[0] for name in old})
    written = [m for m in meetings if all(now[n] != old[n] for n in now if n.startswith(m + "/"))]
    as_they_were = [m for m in meetings if all(now[n] == old[n] for n in now if n.startswith(m + "/"))]
    assert sorted(written + as_they_were) == meetings  # every meeting wholly new or wholly old
    assert 0 < len(written) < count
    assert (process.returncode, stdout, stderr) == (130, "", (
        f"egmplan: interrupted: {len(written)} of {count} meetings written; the others were left as they were\n"))
    assert took < 3.0, f"stopped {took:.1f} s after Ctrl-C"
    assert sorted(p.name for p in target.rglob(".*")) == []
