"""The workflow a secretariat runs in CI, in a scratch git repository with two commits:
build, --check passing, an edit making --check fail with a useful diff, diff between the
commits, and workflow annotations. Also: rebuilds are byte-identical whatever the hash seed,
the machine's time zone or the wall clock."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app

from bundled import copy_meeting

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
GIT = ["git", "-c", "user.name=Secretariat", "-c", "user.email=secretariat@example.org"]


@pytest.fixture
def scratch_repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    subprocess.run(["git", "init", "-q"], check=True)
    draft = copy_meeting(tmp_path / "meetings", "egm-2021.yaml")
    # in English only: the workflow is the subject here, not the translations (tests/test_bundled_catalogues.py)
    draft.write_text(draft.read_text(encoding="utf-8").replace("  languages: [en, fr, es]\n", ""), encoding="utf-8")
    subprocess.run([*GIT, "add", "."], check=True)
    subprocess.run([*GIT, "commit", "-qm", "First draft"], check=True)
    return tmp_path


def test_ci_workflow_in_a_scratch_repository(scratch_repo):
    meeting = scratch_repo / "meetings" / "egm-2021.yaml"
    # 1. validate and build, as the workflow in docs/ci.md does
    assert runner.invoke(app, ["validate", "--strict"]).exit_code == 0
    built = runner.invoke(app, ["agenda", "build", "-q"])
    assert (built.exit_code, built.stdout, built.stderr) == (0, "", "")
    assert sorted(p.name for p in (scratch_repo / "build").iterdir()) == [
        "egm-2021", "egm-cybercrime-2017", "egm-cybercrime-2020"]  # the draft and the series' other meetings
    assert sorted(p.name for p in (scratch_repo / "build" / "egm-2021").iterdir()) == [
        "agenda.docx", "agenda.html", "agenda.json", "agenda.md", "agenda.pdf", "agenda.txt", "orgwork.csv",
        "sittings.ics"]
    # 2. --check passes on an unchanged draft and writes nothing
    before = {p: p.stat().st_mtime_ns for p in (scratch_repo / "build").rglob("*")}
    checked = runner.invoke(app, ["agenda", "build", "--check"])
    assert (checked.exit_code, checked.stdout, checked.stderr) == (0, "", "up to date: 3 meetings checked\n")
    assert {p: p.stat().st_mtime_ns for p in (scratch_repo / "build").rglob("*")} == before
    # 3. a second commit renames an item: --check fails with a diff that shows the change
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("  - title: Other matters", "  - title: Any other business"),
                       encoding="utf-8")
    subprocess.run([*GIT, "commit", "-qam", "Rename item 4"], check=True)
    stale = runner.invoke(app, ["agenda", "build", "--check", "-f", "md", "-f", "docx"])
    assert stale.exit_code == 1
    assert stale.stderr == ("FAILED: 2 files would change: build/egm-2021/agenda.docx, build/egm-2021/agenda.md\n")
    lines = stale.stdout.splitlines()
    assert lines[0] == "Binary file build/egm-2021/agenda.docx would change"
    assert lines[1:3] == ["--- a/build/egm-2021/agenda.md", "+++ b/build/egm-2021/agenda.md"]
    assert [line for line in lines if line[:1] in "+-" and not line.startswith(("---", "+++"))] == [
        "-4. Other matters.", "+4. Any other business.",
        "-### 4. Other matters", "+### 4. Any other business",
        "-|  |  | 4 | Other matters |", "+|  |  | 4 | Any other business |",
    ]
    assert {p: p.stat().st_mtime_ns for p in (scratch_repo / "build").rglob("*")} == before
    # 4. diff between the two commits, as the revised organization of work
    changes = runner.invoke(app, ["diff", "git:HEAD~1:meetings/egm-2021.yaml", "git:HEAD:meetings/egm-2021.yaml"])
    assert changes.exit_code == 0
    assert changes.stdout.splitlines()[3:] == [
        "Agenda", "------", "",
        "- Item 4 renamed: “Other matters” → “Any other business”. (agenda[3].title)", "",
        "Organization of work", "--------------------", "",
        "- Thursday, 8 April 2021, 3–6 p.m.: no longer 4 Other matters; now 4 Any other business. "
        "(organization_of_work.2021-04-08[1])",
    ]


def test_annotations_under_github_actions(scratch_repo, monkeypatch):
    meeting = scratch_repo / "meetings" / "egm-2021.yaml"
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("timezone: Europe/Vienna", "timezone: Europe/Viena"),
                       encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    annotation = ("::error file=meetings/egm-2021.yaml,line=15,col=13::meeting.timezone: unknown time zone "
                  "'Europe/Viena'; did you mean 'Europe/Vienna'?")
    validated = runner.invoke(app, ["validate"])
    assert validated.exit_code == 1
    # The series' third meeting adds its notes (rows kept as issued), annotated the same way.
    notes = runner.invoke(app, ["validate", "meetings/egm-cybercrime-2017.yaml"])
    assert (notes.exit_code, len(notes.stdout.splitlines())) == (0, 6)
    assert validated.stdout.splitlines() == [
        "meetings/egm-2021.yaml:15:13: error: meeting.timezone: unknown time zone 'Europe/Viena'; did you mean 'Europe/Vienna'?",
        annotation, *notes.stdout.splitlines(),
    ]
    built = runner.invoke(app, ["agenda", "build"])
    assert built.exit_code == 1
    assert built.stdout.splitlines() == [annotation]
    assert sorted(p.name for p in (scratch_repo / "build").iterdir()) == ["egm-cybercrime-2017", "egm-cybercrime-2020"]


def _build_in_subprocess(folder: Path, env_extra: dict, prefix: list[str] = ()) -> dict[str, bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "GITHUB_ACTIONS")}
    env.update(env_extra)
    subprocess.run([*prefix, sys.executable, "-m", "egmplan", "agenda", "build", "-q", "-o", str(folder)],
                   cwd=ROOT, env=env, check=True)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_rebuilds_are_byte_identical_across_hash_seeds_time_zones_and_clocks(tmp_path):
    first = _build_in_subprocess(tmp_path / "a", {"PYTHONHASHSEED": "1", "TZ": "Pacific/Kiritimati"})
    second = _build_in_subprocess(tmp_path / "b", {"PYTHONHASHSEED": "4242", "TZ": "America/Los_Angeles"})
    assert len(first) == 40 and first == second  # 3 meetings, the seventh also in French and Spanish
    if shutil.which("faketime") is None:
        pytest.skip("faketime is not installed (Debian package faketime): the wall-clock part was not run")
    third = _build_in_subprocess(tmp_path / "c", {"PYTHONHASHSEED": "7"}, prefix=["faketime", "2031-06-01 12:00:00"])
    assert third == first


def test_source_date_epoch_fixes_the_dates_outputs_carry(tmp_path):
    one = _build_in_subprocess(tmp_path / "a", {"SOURCE_DATE_EPOCH": "1617696000"})
    two = _build_in_subprocess(tmp_path / "b", {"SOURCE_DATE_EPOCH": "1617696000", "PYTHONHASHSEED": "9"})
    other = _build_in_subprocess(tmp_path / "c", {"SOURCE_DATE_EPOCH": "1700000000"})
    assert one == two
    assert one["egm-cybercrime-2021/sittings.ics"] != other["egm-cybercrime-2021/sittings.ics"]
    assert b"DTSTAMP:20210406T080000Z" in one["egm-cybercrime-2021/sittings.ics"]
