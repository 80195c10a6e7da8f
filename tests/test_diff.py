"""`egmplan diff`: the changes between two drafts, in the secretariat's words."""

import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app

from bundled import copy_meeting

runner = CliRunner()
MEETINGS = Path(__file__).resolve().parent.parent / "meetings"
ORIGINAL = MEETINGS / "egm-cybercrime-2021.yaml"
GIT = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]


def _edited(tmp_path: Path, name: str, *edits: tuple[str, str], source: Path = ORIGINAL,
            of: Path | None = None) -> Path:
    """``source`` edited, as ``tmp_path/name``; a draft of the bundled meeting ``of`` (by
    default ``source`` itself) with that meeting's series beside it."""
    text = source.read_text(encoding="utf-8")
    for before, after in edits:
        assert before in text, before
        text = text.replace(before, after)
    if (of or source).parent == MEETINGS:
        return copy_meeting(tmp_path, name, text=text, source=of or source)
    path = tmp_path / name  # a participants file: no series
    path.write_text(text, encoding="utf-8")
    return path


def _revised(tmp_path: Path) -> Path:
    return _edited(tmp_path, "revised.yaml", ("  - title: Other matters", "  - title: Any other business"),
                   ('    - {start: "15:00", end: "18:00"}', '    - {start: "15:00", end: "17:30"}'))


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
        "- Item 4 renamed: “Other matters” → “Any other business”. (agenda[3].title)",
        "",
        "Sittings",
        "--------",
        "",
        "- Sitting moved: Tuesday, 6 April 2021, 3–6 p.m. → 3–5.30 p.m. (sittings.default[1].end)",
        "- Sitting moved: Wednesday, 7 April 2021, 3–6 p.m. → 3–5.30 p.m. (sittings.default[1].end)",
        "- Sitting moved: Thursday, 8 April 2021, 3–6 p.m. → 3–5.30 p.m. (sittings.default[1].end)",
        "",
        "Organization of work",
        "--------------------",
        "",
        "- Thursday, 8 April 2021, 3–5.30 p.m.: no longer 4 Other matters; now 4 Any other business. "
        "(organization_of_work.2021-04-08[1])",
    ]


def test_diff_of_identical_drafts_says_so(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["diff", "egm-cybercrime-2021", "egm-cybercrime-2021"])
    assert result.stdout.splitlines()[3:] == ["No changes."]


def test_exit_code_says_whether_anything_changed(root, tmp_path, monkeypatch):
    monkeypatch.chdir(root)
    same = runner.invoke(app, ["diff", "--exit-code", "egm-cybercrime-2021", "egm-cybercrime-2021"])
    assert (same.exit_code, same.stdout.splitlines()[3:]) == (0, ["No changes."])
    revised = str(_revised(tmp_path))
    changed = runner.invoke(app, ["diff", "--exit-code", "egm-cybercrime-2021", revised])
    assert changed.exit_code == 1
    assert changed.stderr == ""
    assert runner.invoke(app, ["diff", "egm-cybercrime-2021", revised]).exit_code == 0


def test_deadline_style_and_symbol_changes_are_listed(tmp_path, monkeypatch):
    """Issue 10.3: each of these gave "No changes."."""
    monkeypatch.chdir(tmp_path)
    old = MEETINGS / "egm-cybercrime-2020.yaml"
    _edited(tmp_path, "new.yaml", ("due: 2020-07-22 COB", "due: 2020-07-21 COB"), ("time: 12h", "time: 24h"),
            ("symbol: UNODC/CCPCJ/EG.4/2020/1", "symbol: UNODC/CCPCJ/EG.4/2020/1/Rev.1"), source=old)
    result = runner.invoke(app, ["diff", str(old), "new.yaml"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[3:] == [
        "Meeting", "-------", "",
        "- Symbol changed: UNODC/CCPCJ/EG.4/2020/1 → UNODC/CCPCJ/EG.4/2020/1/Rev.1. (meeting.symbol)",
        "- Style time changed: 12h → 24h. (meeting.style.time)",
        "",
        "Deadlines", "---------", "",
        "- Deadline “Nomination of delegates who will use a speaker link” moved: Wednesday, 22 July 2020, "
        "close of business (18.00) → Tuesday, 21 July 2020, close of business (18.00). (deadlines[0].due)",
    ]


def test_a_deadline_moves_with_the_opening(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _edited(tmp_path, "old.yaml", ("  - label: Nomination of delegates who will use a speaker link\n    due: 2020-07-22 COB",
                                   "  - label: Written contributions\n    due: -2w"),
            source=MEETINGS / "egm-cybercrime-2020.yaml")
    _edited(tmp_path, "new.yaml", ("start: 2020-07-27, end: 2020-07-29", "start: 2020-07-26, end: 2020-07-29"),
            source=tmp_path / "old.yaml", of=MEETINGS / "egm-cybercrime-2020.yaml")
    result = runner.invoke(app, ["diff", "old.yaml", "new.yaml", "--format", "json"])
    changes = json.loads(result.stdout)["changes"]
    assert [(c["kind"], c["path"]) for c in changes if c["section"] == "deadlines"] == [("deadline_moved", "deadlines[0]")]
    assert [c for c in changes if c["section"] == "deadlines"][0]["before"] == ["2020-07-13", None, False]
    assert [c for c in changes if c["section"] == "deadlines"][0]["after"] == ["2020-07-12", None, False]


def test_participants_changes_name_the_delegation(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    participants = "participants:\n  - {name: Thailand, country: TH, role: member, delegates: 3}\n  - {name: Chile, country: CL, role: member}\n"
    _edited(tmp_path, "old.yaml", ("deadlines:\n", participants + "deadlines:\n"), source=MEETINGS / "egm-cybercrime-2020.yaml")
    _edited(tmp_path, "new.yaml", ("Thailand, country: TH, role: member, delegates: 3", "Thailand, country: TH, role: member, delegates: 4"),
            ("  - {name: Chile, country: CL, role: member}\n", ""), source=tmp_path / "old.yaml",
            of=MEETINGS / "egm-cybercrime-2020.yaml")
    result = runner.invoke(app, ["diff", "old.yaml", "new.yaml"])
    assert result.stdout.splitlines()[3:] == [
        "Participants", "------------", "",
        "- “Thailand”: delegates changed: 3 → 4. (participants[0].delegates)",
        "- Participants removed: “Chile”. (participants[1])",
    ]


def test_annotation_edits_show_the_changed_words(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sentence = "Under agenda item {item:recommendations}, the Expert Group may wish to consider all preliminary conclusions"
    _edited(tmp_path, "new.yaml", (sentence, "Under agenda item {item:recommendations}, the Expert Group will consider all the preliminary conclusions"))
    text = runner.invoke(app, ["diff", str(ORIGINAL), "new.yaml"]).stdout.splitlines()
    assert text[3:] == [
        "Agenda", "------", "",
        "- Item 2: annotation revised: … agenda item {item:recommendations}, the Expert Group [-may wish to-] {+will+} consider all "
        "{+the+} preliminary conclusions and recommendations resulting from … (agenda[1].annotation)",
    ]
    markdown = runner.invoke(app, ["diff", "--format", "md", str(ORIGINAL), "new.yaml"]).stdout.splitlines()
    assert markdown[2:] == [
        "## Agenda", "",
        "- Item 2: annotation revised: … agenda item {item:recommendations}, the Expert Group <del>may wish to</del> <ins>will</ins> "
        "consider all <ins>the</ins> preliminary conclusions and recommendations resulting from … `agenda[1].annotation`",
    ]


def test_changed_words_in_markdown_stay_inert(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _edited(tmp_path, "new.yaml", ("The {meeting} of the {body} will be opened",
                                   "The {meeting} of the {body} <script>x</script> will be opened"))
    markdown = runner.invoke(app, ["diff", "--format", "md", str(ORIGINAL), "new.yaml"]).stdout.splitlines()
    assert markdown[4] == ("- Item 1 (a): annotation revised: The {meeting} of the {body} <ins>\\<script\\>x\\</script\\></ins> "
                           "will be opened on {opening}. `agenda[0].items[0].annotation`")


def test_diff_markdown_keeps_user_text_inert(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _edited(tmp_path, "hostile.yaml", ("  - title: Other matters", "  - title: <b>Other</b> *matters*"))
    result = runner.invoke(app, ["diff", "--format", "md", str(ORIGINAL), "hostile.yaml"])
    assert ("- Item 4 renamed: “Other matters” → “\\<b\\>Other\\</b\\> \\*matters\\*”. `agenda[3].title`"
            in result.stdout.splitlines())


def test_json_lists_the_changes_as_data(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _revised(tmp_path)
    result = runner.invoke(app, ["diff", "--format", "json", str(ORIGINAL), "revised.yaml"])
    data = json.loads(result.stdout)
    assert (data["old"], data["new"]) == (str(ORIGINAL), "revised.yaml")
    assert data["changes"][0] == {"section": "agenda", "kind": "changed", "path": "agenda[3].title", "field": "title",
                                  "item": "4", "before": "Other matters", "after": "Any other business"}
    assert data["changes"][1] == {"section": "sittings", "kind": "sitting_moved", "path": "sittings.default[1].end",
                                  "field": "sittings", "day": "2021-04-06", "sitting": 2,
                                  "before": ["15:00", "18:00"], "after": ["15:00", "17:30"]}


def test_inserting_an_item_warns_about_numbered_rows_that_now_point_elsewhere(tmp_path, monkeypatch):
    """Issue 10.4: a numbered row keeps its number when items are renumbered."""
    monkeypatch.chdir(tmp_path)
    # The bundled file names its rows by key; this draft names the last day's rows by number.
    numbered = _edited(tmp_path, "old.yaml", ('    - ["future-work"]\n    - ["future-work", "other-matters", "report"]',
                                               '    - ["3"]\n    - ["3", "4", "5"]'))
    _edited(tmp_path, "new.yaml", ("  - title: Discussion of future work", "  - title: Election of officers\n  - title: Discussion of future work"),
            source=numbered, of=ORIGINAL)
    lines = runner.invoke(app, ["diff", "old.yaml", "new.yaml"]).stdout.splitlines()
    assert lines[3:10] == [
        "Agenda", "------", "",
        "- Item 3 added: “Election of officers”. (agenda[2])",
        "- Item 3 is now item 4: “Discussion of future work of the Expert Group”. (agenda[3])",
        "- Item 4 is now item 5: “Other matters”. (agenda[4])",
        "- Item 5 is now item 6: “Adoption of the report”. (agenda[5])",
    ]
    warnings = [line for line in lines if line.startswith("- Warning:")]
    assert warnings == [
        "- Warning: row “3” on Thursday, 8 April 2021, 10 a.m.–1 p.m. now points at item 3 “Election of officers”; "
        "it pointed at “Discussion of future work of the Expert Group”, now item 4. To keep the row on that item, "
        "write its key (future-work) instead of the number. (organization_of_work.2021-04-08[0][0])",
        "- Warning: row “3” on Thursday, 8 April 2021, 3–6 p.m. now points at item 3 “Election of officers”; "
        "it pointed at “Discussion of future work of the Expert Group”, now item 4. To keep the row on that item, "
        "write its key (future-work) instead of the number. (organization_of_work.2021-04-08[1][0])",
        "- Warning: row “4” on Thursday, 8 April 2021, 3–6 p.m. now points at item 4 “Discussion of future work of "
        "the Expert Group”; it pointed at “Other matters”, now item 5. To keep the row on that item, write its key "
        "(other-matters) instead of the number. (organization_of_work.2021-04-08[1][1])",
        "- Warning: row “5” on Thursday, 8 April 2021, 3–6 p.m. now points at item 5 “Other matters”; it pointed at "
        "“Adoption of the report”, now item 6. To keep the row on that item, write its key (report) instead of the "
        "number. (organization_of_work.2021-04-08[1][2])",
    ]


def test_rows_written_as_keys_follow_their_items_without_a_warning(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # Every row of the bundled file is written as a key; insert an item before "recommendations" (item 2).
    _edited(tmp_path, "new.yaml", ("  - key: recommendations\n", "  - title: Election of officers\n  - key: recommendations\n"))
    result = runner.invoke(app, ["diff", "--format", "json", str(ORIGINAL), "new.yaml"])
    warned = [c["path"] for c in json.loads(result.stdout)["changes"] if c.get("warning")]
    assert warned == []  # the bundled file names every row by key


def test_a_renamed_item_is_no_reason_to_warn(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _revised(tmp_path)
    result = runner.invoke(app, ["diff", "--format", "json", str(ORIGINAL), "revised.yaml"])
    assert [c for c in json.loads(result.stdout)["changes"] if c.get("warning")] == []


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    subprocess.run(["git", "init", "-q"], check=True)
    copy_meeting(tmp_path / "meetings", "m.yaml")
    subprocess.run([*GIT, "add", "."], check=True)
    subprocess.run([*GIT, "commit", "-qm", "first"], check=True)
    return tmp_path


def test_diff_reads_drafts_from_git(repo):
    (repo / "meetings" / "m.yaml").write_text(_revised(repo).read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["diff", "git:HEAD:meetings/m.yaml", "meetings/m.yaml"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Changes from git:HEAD:meetings/m.yaml to meetings/m.yaml"
    assert "- Item 4 renamed: “Other matters” → “Any other business”. (agenda[3].title)" in result.stdout.splitlines()


@pytest.mark.parametrize("ref", ["git:--output=written:meetings/m.yaml", "git:--output=written", "git:-p:meetings/m.yaml"])
def test_a_revision_cannot_be_an_option_of_git(repo, ref):
    """Issue 11: `git show --output=FILE` created or truncated any file."""
    result = runner.invoke(app, ["diff", ref, "meetings/m.yaml"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"egmplan: error: {ref!r}: a revision cannot start with '-'\n"
    assert sorted(p.name for p in repo.iterdir()) == [".git", "meetings"]


def test_a_revision_that_looks_like_an_option_after_a_path_is_still_a_revision(repo):
    """What reaches git after the refusal is read as a revision (--end-of-options), never as an option."""
    result = runner.invoke(app, ["diff", "git:HEAD~0:meetings/m.yaml", "git:HEAD:--output=written"])
    assert result.exit_code == 1
    assert result.stderr == ("egmplan: error: git:HEAD:--output=written: path '--output=written' does not exist "
                             "in 'HEAD'\n")
    assert not list(repo.glob("written*"))


@pytest.mark.parametrize("ref, code, message", [
    ("git:HEAD:meetings", 2, "git:HEAD:meetings is a tree in git, not a meeting file"),
    ("git:HEAD", 2, "'git:HEAD': expected git:REV:PATH, e.g. git:HEAD~1:meetings/m.yaml"),
    ("git:HEAD:meetings/none.yaml", 1, "git:HEAD:meetings/none.yaml: path 'meetings/none.yaml' does not exist in 'HEAD'"),
    ("git:nosuchrev:meetings/m.yaml", 1, "git:nosuchrev:meetings/m.yaml: invalid object name 'nosuchrev'."),
])
def test_a_git_reference_to_no_meeting_file_is_refused(repo, ref, code, message):
    result = runner.invoke(app, ["diff", ref, "meetings/m.yaml"])
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", f"egmplan: error: {message}\n")


def test_without_git_says_so(repo, monkeypatch):
    monkeypatch.setenv("PATH", str(repo / "no-bin"))
    result = runner.invoke(app, ["diff", "git:HEAD:meetings/m.yaml", "meetings/m.yaml"])
    assert (result.exit_code, result.stderr) == (
        1, "egmplan: error: git:HEAD:meetings/m.yaml: cannot run git: No such file or directory\n")


def test_wrong_arguments_are_refused_with_a_clear_error(tmp_path, monkeypatch):
    """Issue 11: `diff FILE FOLDER` gave a traceback; a FIFO or /dev/zero was read for ever."""
    monkeypatch.chdir(tmp_path)
    copy_meeting(tmp_path / "meetings", "m.yaml")
    os.mkfifo(tmp_path / "fifo.yaml")
    cases = [
        (["meetings/m.yaml", "meetings"], 1, "meetings:1:1: error: is a folder, not a meeting file"),
        (["meetings", "meetings/m.yaml"], 1, "meetings:1:1: error: is a folder, not a meeting file"),
        (["meetings/m.yaml", "meetings/"], 1, "meetings:1:1: error: is a folder, not a meeting file"),
        (["meetings/m.yaml", "fifo.yaml"], 1,
         "fifo.yaml:1:1: error: is a named pipe (FIFO), not a regular file; a meeting file must be a regular file"),
        (["/dev/zero", "meetings/m.yaml"], 1,
         "/dev/zero:1:1: error: is a character device, not a regular file; a meeting file must be a regular file"),
        (["meetings/m.yaml", "missing.yaml"], 1, "egmplan: error: no meeting file missing.yaml"),  # as -m
        (["meetings/m.yaml", "missing"], 2, "egmplan: error: no meeting 'missing' in meetings; known ids: egm-cybercrime-2017, egm-cybercrime-2020, m"),  # as -m
        (["meetings/m.yaml", ""], 2, "egmplan: error: an empty argument names no meeting; give a file, an id or git:REV:PATH"),
    ]
    for arguments, code, message in cases:
        result = runner.invoke(app, ["diff", *arguments])
        assert (result.exit_code, result.stdout, result.stderr) == (code, "", f"{message}\n"), arguments


def test_a_git_blob_over_the_size_limit_is_not_read(repo):
    (repo / "meetings" / "big.yaml").write_bytes(b"#" * (2 * 1024 * 1024 + 1))
    subprocess.run([*GIT, "add", "."], check=True)
    subprocess.run([*GIT, "commit", "-qm", "big"], check=True)
    result = runner.invoke(app, ["diff", "git:HEAD:meetings/big.yaml", "meetings/m.yaml"])
    assert (result.exit_code, result.stderr) == (1, "egmplan: error: git:HEAD:meetings/big.yaml: the file is "
                                                     "2,097,153 bytes; meeting files are limited to 2,097,152 bytes\n")


def test_a_bad_format_is_a_command_line_error(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["diff", "--format", "html", "egm-cybercrime-2021", "egm-cybercrime-2021"])
    assert result.exit_code == 2
    assert result.stderr == "egmplan: error: -f/--format: unknown format 'html'; choose from text, md, json\n"


def test_diff_of_an_invalid_draft_reports_its_errors(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["diff", "tests/corpus/bad-enum.yaml", "egm-cybercrime-2021"])
    assert result.exit_code == 1
    assert result.stderr == (
        "tests/corpus/bad-enum.yaml:5:11: error: meeting.format: expected one of in-person, hybrid, online, "
        "got hybrd; did you mean 'hybrid'?\n"
    )


PARTICIPANTS_SAMPLE = MEETINGS.parent / "participants" / "egm-cybercrime-2020-sample.yaml"


def test_two_participants_files_are_compared_key_by_key(tmp_path, monkeypatch):
    """Issue 10.3: a change of delegates gave "No changes."; participants files are drafts too."""
    monkeypatch.chdir(tmp_path)
    _edited(tmp_path, "new.yaml", ("{name: China, country: CN, role: member, delegates: 4}",
                                   "{name: China, country: CN, role: member, delegates: 5}"),
            ("  - {name: Ecuador, country: EC, role: member, delegates: 1}\n", ""), source=PARTICIPANTS_SAMPLE)
    result = runner.invoke(app, ["diff", "--exit-code", str(PARTICIPANTS_SAMPLE), "new.yaml"])
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout.splitlines()[3:] == [
        "Participants", "------------", "",
        "- “China”: delegates changed: 4 → 5. (participants[2].delegates)",
        "- Participants removed: “Ecuador”. (participants[5])",
    ]


def test_a_participants_file_is_not_compared_with_a_meeting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["diff", str(PARTICIPANTS_SAMPLE), str(ORIGINAL)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"egmplan: error: {PARTICIPANTS_SAMPLE} is a participants file and {ORIGINAL} a meeting "
                             "file; compare two meeting files or two participants files\n")


def test_an_invalid_participants_file_reports_its_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _edited(tmp_path, "bad.yaml", ("{name: China, country: CN, role: member, delegates: 4}",
                                   "{name: China, country: CN, role: membre, delegates: 4}"), source=PARTICIPANTS_SAMPLE)
    result = runner.invoke(app, ["diff", str(PARTICIPANTS_SAMPLE), "bad.yaml"])
    assert result.exit_code == 1
    assert result.stderr == ("bad.yaml:11:38: error: participants[2].role: expected one of member, observer, "
                             "panellist, got membre; did you mean 'member'?\n")


def test_large_agendas_are_matched_in_linear_time():
    """Items were matched by scanning every pair: 3,000 renamed items took 3.4 s of CPU, 4,000 about 6 s."""
    import time

    from egmplan.loader.load import load_meeting_text
    from egmplan.planning.diff import diff_meetings

    def meeting(word: str, order) -> str:
        items = "".join(f"  - title: Item {word} {n}\n" for n in order)
        return ("meeting: {body: Expert Group, number: 7, venue: Vienna, timezone: Europe/Vienna,\n"
                "  dates: {start: 2021-04-06, end: 2021-04-08}}\n"
                'sittings: {default: [{start: "10:00", end: "13:00"}]}\n' f"agenda:\n{items}")

    old = load_meeting_text(meeting("number", range(1, 4001)))
    new = load_meeting_text(meeting("numero", range(4000, 0, -1)))
    started = time.process_time()
    changes = diff_meetings(old.meeting, new.meeting, old.data, new.data)
    assert time.process_time() - started < 2.0
    assert len(changes) == 4000
