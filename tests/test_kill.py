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

ROOT = Path(__file__).resolve().parent.parent
RUNS = 30


def _build(meetings: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "EGMPLAN_MEETINGS": str(meetings), "PYTHONHASHSEED": "0"}
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.Popen([sys.executable, "-m", "egmplan", "agenda", "build", "-q", "-o", str(out)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def test_sigkill_at_random_points_leaves_old_or_new_files(tmp_path):
    old_meetings, new_meetings = tmp_path / "old", tmp_path / "new"
    for folder in (old_meetings, new_meetings):
        folder.mkdir()
    for source in sorted((ROOT / "meetings").glob("*.yaml")):
        shutil.copy(source, old_meetings / source.name)
        text = source.read_text(encoding="utf-8").replace("title: Other matters", "title: Any other business")
        (new_meetings / source.name).write_text(text, encoding="utf-8")
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
