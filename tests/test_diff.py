"""`egmplan diff`: the changes between two drafts, in the secretariat's words."""

import subprocess
from pathlib import Path

from typer.testing import CliRunner

from egmplan.cli.main import app

runner = CliRunner()
ORIGINAL = Path(__file__).resolve().parent.parent / "meetings" / "egm-cybercrime-2021.yaml"


def _revised(tmp_path: Path) -> Path:
    text = ORIGINAL.read_text(encoding="utf-8")
    text = text.replace("  - title: Other matters", "  - title: Any other business")
    text = text.replace('    - {start: "15:00", end: "18:00"}', '    - {start: "15:00", end: "17:30"}')
    path = tmp_path / "revised.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_diff_lists_renamed_items_moved_sittings_and_changed_rows(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _revised(tmp_path)
    result = runner.invoke(app, ["diff", str(ORIGINAL), "revised.yaml"])
    assert result.exit_code == 0, result.output
    title = f"Changes from {ORIGINAL} to revised.yaml"
    assert result.stdout.splitlines()[:3] == [title, "=" * len(title), ""]
    assert result.stdout.splitlines()[3:] == [
        "Agenda",
        "------",
        "",
        "- Item 4 renamed: “Other matters” → “Any other business”.",
        "",
        "Sittings",
        "--------",
        "",
        "- Sitting moved: Tuesday, 6 April 2021, 3–6 p.m. → 3–5.30 p.m.",
        "- Sitting moved: Wednesday, 7 April 2021, 3–6 p.m. → 3–5.30 p.m.",
        "- Sitting moved: Thursday, 8 April 2021, 3–6 p.m. → 3–5.30 p.m.",
        "",
        "Organization of work",
        "--------------------",
        "",
        "- Thursday, 8 April 2021, 3–5.30 p.m.: no longer 4 Other matters; now 4 Any other business.",
    ]


def test_diff_of_identical_drafts_says_so(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["diff", "egm-cybercrime-2021", "egm-cybercrime-2021"])
    assert result.stdout.splitlines()[3:] == ["No changes."]


def test_diff_markdown_keeps_user_text_inert(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = ORIGINAL.read_text(encoding="utf-8").replace("  - title: Other matters", "  - title: <b>Other</b> *matters*")
    (tmp_path / "hostile.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["diff", "--format", "md", str(ORIGINAL), "hostile.yaml"])
    assert "- Item 4 renamed: “Other matters” → “\\<b\\>Other\\</b\\> \\*matters\\*”." in result.stdout.splitlines()


def test_diff_reads_drafts_from_git(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], check=True)
    (tmp_path / "meetings").mkdir()
    target = tmp_path / "meetings" / "m.yaml"
    target.write_text(ORIGINAL.read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "first"], check=True)
    target.write_text(_revised(tmp_path).read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["diff", "git:HEAD:meetings/m.yaml", "meetings/m.yaml"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Changes from git:HEAD:meetings/m.yaml to meetings/m.yaml"
    assert "- Item 4 renamed: “Other matters” → “Any other business”." in result.stdout.splitlines()


def test_diff_of_an_invalid_draft_reports_its_errors(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["diff", "tests/corpus/bad-enum.yaml", "egm-cybercrime-2021"])
    assert result.exit_code == 1
    assert result.stderr == (
        "tests/corpus/bad-enum.yaml:5:11: error: meeting.format: expected one of in-person, hybrid, online, "
        "got hybrd; did you mean 'hybrid'?\n"
    )
