"""The application layer (egmplan.app): each use case on the bundled meetings and the broken-file
corpus, compared whole; the loader alone no longer runs the planning checks or the zone hints."""

import os
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from egmplan.app import build, check, diff, writeback
from egmplan.catalog import meeting_files
from egmplan.errors import DiagnosticSink, OutputError
from egmplan.loader import load_meeting
from egmplan.loader.participants import load_participants_text
from egmplan.planning.checks import check_meeting
from egmplan.render.build import render_outputs

from bundled import copy_bundled
from conftest import MEETINGS

CORPUS = Path(__file__).parent / "corpus"
BUNDLED = meeting_files(MEETINGS)  # not the series file beside them
EPOCH = "1600000000"


# --- load and check ------------------------------------------------------------------------

@pytest.mark.parametrize("path", BUNDLED + sorted(CORPUS.glob("*.yaml")), ids=lambda p: p.stem)
def test_load_and_check_is_the_loader_then_the_planning_checks(path):
    loaded = load_meeting(path, path.name)
    checked = check.load_and_check(path, path.name)
    assert checked.meeting == loaded.meeting
    if loaded.zone_refusals or loaded.meeting is None:
        assert [(d.line, d.column, d.path) for d in checked.diagnostics] == \
            [(d.line, d.column, d.path) for d in loaded.diagnostics]
        return
    expected = DiagnosticSink(path.name, [*loaded.diagnostics, *check_meeting(loaded.meeting)]).sorted()
    assert checked.diagnostics == expected


def test_the_loader_alone_gives_no_planning_warning():
    path = CORPUS / "item-never-scheduled.yaml"
    assert load_meeting(path, path.name).diagnostics == []
    assert [str(d) for d in check.load_and_check(path, path.name).diagnostics] == [
        "item-never-scheduled.yaml:16:5: warning: agenda[1]: item 2 (Other matters) is never scheduled "
        "in the organization of work"]


def test_the_loader_says_a_wrong_zone_plainly_and_the_use_case_says_what_was_meant():
    path = CORPUS / "timezone-geneva-city.yaml"
    loaded = load_meeting(path, path.name)
    assert [str(d) for d in loaded.diagnostics] == [
        "timezone-geneva-city.yaml:5:13: error: meeting.timezone: unknown time zone 'Geneva'"]
    assert [(r.refused.text, r.venue, r.days, r.participant) for r in loaded.zone_refusals] == [
        ("Geneva", "Geneva", (date(2025, 4, 8),), False)]
    checked = check.load_and_check(path, path.name)
    assert [str(d) for d in checked.diagnostics] == [
        "timezone-geneva-city.yaml:5:13: error: meeting.timezone: 'Geneva' names a city, not a time zone; "
        "did you mean 'Europe/Zurich' (Geneva, Switzerland)?"]
    assert checked.diagnostics[0].suggestion == "Europe/Zurich"


PARTICIPANTS = "participants:\n  - {name: Japan, country: JP, role: member, zone: JST}\n"


def test_a_participants_zone_is_explained_by_the_use_case_only():
    days = (date(2025, 4, 8), date(2025, 4, 9), date(2025, 4, 10))
    assert [str(d) for d in load_participants_text(PARTICIPANTS, "p.yaml", days).diagnostics] == [
        "p.yaml:2:52: error: participants[0].zone: unknown time zone 'JST'"]
    assert [str(d) for d in check.check_participants_text(PARTICIPANTS, "p.yaml", days).diagnostics] == [
        "p.yaml:2:52: error: participants[0].zone: 'JST' is a time-zone abbreviation, not a zone; "
        "Asia/Tokyo (Japan) is on JST (UTC+09:00) on 8–10 April 2025; did you mean 'Asia/Tokyo'?"]


def test_check_text_and_check_bytes_give_what_load_and_check_gives():
    path = CORPUS / "row-reason.yaml"
    expected = check.load_and_check(path, "row-reason.yaml")
    text = path.read_text(encoding="utf-8")
    assert check.check_text(text, "row-reason.yaml", "row-reason") == expected
    assert check.check_bytes(text.encode("utf-8"), "row-reason.yaml", "row-reason") == expected


def test_the_current_meeting_skips_files_with_errors(tmp_path):
    (tmp_path / "a-broken.yaml").write_bytes((CORPUS / "timezone-unknown.yaml").read_bytes())
    assert [p.name for p in copy_bundled(tmp_path)] == [p.name for p in BUNDLED]
    files = meeting_files(tmp_path)
    current = check.current_meeting(files, str, datetime(2020, 7, 1, tzinfo=timezone.utc))
    assert (current.chosen.meeting.id, current.skipped) == ("egm-cybercrime-2020", (tmp_path / "a-broken.yaml",))
    assert check.current_meeting(files[:1], str, datetime(2020, 7, 1, tzinfo=timezone.utc)).chosen is None


def test_the_loader_imports_nothing_from_planning_nor_the_zone_hints():
    """Loading every bundled meeting and every corpus file (wrong zones included) needs neither."""
    files = [str(p) for p in BUNDLED + sorted(CORPUS.glob("*.yaml"))]
    code = ("import sys\nfrom egmplan.loader import load_meeting\n"
            "from egmplan.loader.participants import load_participants_text\n"
            "for path in sys.argv[1:]:\n    load_meeting(path)\n"
            f"load_participants_text({PARTICIPANTS!r})\n"
            "print(sorted(m for m in sys.modules if m.startswith(('egmplan.planning', 'egmplan.zonehints', "
            "'egmplan.app', 'egmplan.render', 'egmplan.cli'))))")
    done = subprocess.run([sys.executable, "-c", code, *files], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


# --- build outputs -------------------------------------------------------------------------

@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_build_meeting_renders_the_checked_meeting(path):
    built = build.build_meeting(path, path.name, ("md", "json", "ics"), source_date_epoch=EPOCH,
                                languages=build.ORIGINAL)  # what render_outputs gives: the original language
    checked = check.load_and_check(path, path.name)
    assert (built.shown, built.meeting_id, built.diagnostics, built.error) == \
        (path.name, path.stem, tuple(checked.diagnostics), None)
    assert built.outputs == render_outputs(checked.meeting, ("md", "json", "ics"),
                                           generated=datetime.fromtimestamp(int(EPOCH), timezone.utc))


def test_build_meeting_of_a_file_with_errors_has_no_outputs():
    path = CORPUS / "timezone-geneva-city.yaml"
    built = build.build_meeting(path, "g.yaml", ("md",))
    assert (built.meeting_id, built.outputs, built.diagnostics) == \
        (None, None, tuple(check.load_and_check(path, "g.yaml").diagnostics))


def test_write_meeting_writes_every_file_and_compare_finds_nothing_stale(tmp_path):
    path = MEETINGS / "egm-cybercrime-2021.yaml"
    outputs = build.build_meeting(path, path.name, ("md", "docx"), source_date_epoch=EPOCH).outputs
    assert sorted(outputs) == ["agenda.docx", "agenda.md", "es/agenda.docx", "es/agenda.md", "fr/agenda.docx",
                               "fr/agenda.md"]
    target = tmp_path / "egm-cybercrime-2021"
    assert build.write_meeting(target, outputs) is None
    assert {str(p.relative_to(target)): p.read_bytes() for p in target.rglob("*") if p.is_file()} == outputs
    assert build.compare_outputs(target, outputs) == []


def test_compare_outputs_gives_each_text_files_diff_and_names_binary_ones(tmp_path):
    target = tmp_path / "m"
    target.mkdir()
    (target / "agenda.md").write_bytes(b"one\ntwo\n")
    outputs = {"agenda.md": b"one\nthree", "agenda.docx": b"PK", "agenda.txt": b"same\n"}
    (target / "agenda.txt").write_bytes(b"same\n")
    stale = build.compare_outputs(target, outputs, shown=lambda p: p.name)
    assert stale == [
        build.StaleFile("agenda.docx", created=True, binary=True, diff=()),
        build.StaleFile("agenda.md", created=False, binary=False, diff=(
            "--- a/agenda.md\n", "+++ b/agenda.md\n", "@@ -1,2 +1,2 @@\n", " one\n", "-two\n",
            "+three\n\\ No newline at end of file\n")),
    ]


def test_write_meeting_refuses_a_linked_folder_and_writes_nothing(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    problem = build.write_meeting(tmp_path / "link", {"agenda.md": b"x"})
    assert isinstance(problem, OutputError)
    assert str(problem) == f"cannot write {tmp_path / 'link'}: it is a symbolic link; remove it and build again"
    assert os.listdir(tmp_path / "real") == []


def test_compare_outputs_refuses_a_folder_where_a_file_goes(tmp_path):
    (tmp_path / "agenda.md").mkdir(parents=True)
    with pytest.raises(OutputError):
        build.compare_outputs(tmp_path, {"agenda.md": b"x"})


# --- plan and write back -------------------------------------------------------------------

ESTIMATES = {"1 (a)": 10, "1 (b)": 10, "2": 280, "3": 280, "4": 20, "5": 120}


def _sixth(tmp_path) -> Path:
    path = tmp_path / "egm-cybercrime-2020.yaml"
    path.write_bytes((MEETINGS / "egm-cybercrime-2020.yaml").read_bytes())
    return path


def test_plan_reproduces_the_seed_organization_of_work():
    meeting = check.load_and_check(MEETINGS / "egm-cybercrime-2020.yaml").meeting
    planned = writeback.plan(meeting, estimates=ESTIMATES, min_split=30)
    assert planned.allocation.plans() == meeting.organization
    assert [i.estimated_minutes for i in planned.meeting.all_items()] == [None, 10, 10, 280, 280, 20, 120]


@pytest.mark.parametrize(("estimates", "pins", "given", "message"), [
    ({"9": 10}, [], "estimate", "'9' is no agenda item of egm-cybercrime-2020"),
    (ESTIMATES, [("1 (z)", "last")], "pin", "'1 (z)' is no agenda item of egm-cybercrime-2020"),
])
def test_plan_names_which_reference_is_unknown(estimates, pins, given, message):
    meeting = check.load_and_check(MEETINGS / "egm-cybercrime-2020.yaml").meeting
    with pytest.raises(writeback.UnknownReference) as caught:
        writeback.plan(meeting, estimates=estimates, pins=pins, min_split=30)
    assert (caught.value.given, str(caught.value)) == (given, message)


def test_write_back_rewrites_the_block_and_keeps_the_previous_file(tmp_path):
    path = _sixth(tmp_path)
    original = path.read_bytes()
    meeting = check.load_and_check(path, str(path)).meeting
    planned = writeback.plan(meeting, estimates={**ESTIMATES, "5": 60}, pins=[("5", "last")], min_split=30)
    written = writeback.write_back(planned)
    assert written == writeback.WrittenBack(path, tmp_path / "egm-cybercrime-2020.yaml.bak")
    assert written.backup.read_bytes() == original
    assert check.load_and_check(path, str(path)).meeting.organization == planned.allocation.plans()


def test_write_back_refuses_a_file_that_would_not_give_the_plan(tmp_path):
    path = _sixth(tmp_path)
    meeting = check.load_and_check(path, str(path)).meeting
    planned = writeback.plan(meeting, estimates=ESTIMATES, min_split=30)
    changed = path.read_text(encoding="utf-8").replace("  venue: Vienna\n", "  venue: Vienna\n  venu: Vienna\n")
    path.write_text(changed, encoding="utf-8")  # edited since it was loaded
    with pytest.raises(writeback.WriteBackError) as caught:
        writeback.write_back(planned)
    assert str(caught.value) == f"{path}: the rewritten file would not give this plan; nothing written"
    assert [d.path for d in caught.value.diagnostics] == ["meeting.venu"]
    assert path.read_text(encoding="utf-8") == changed
    assert not path.with_name(path.name + ".bak").exists()


def test_write_back_refuses_a_file_it_cannot_rewrite(tmp_path):
    path = _sixth(tmp_path)
    meeting = check.load_and_check(path, str(path)).meeting
    planned = writeback.plan(meeting, estimates=ESTIMATES, min_split=30)
    path.write_text("{meeting: {}}\n", encoding="utf-8")
    with pytest.raises(writeback.WriteBackError) as caught:
        writeback.write_back(planned)
    assert str(caught.value) == f"{path}: the file is not a block mapping; cannot rewrite one of its blocks"
    assert caught.value.diagnostics == ()


# --- diff ----------------------------------------------------------------------------------

def test_diff_of_a_draft_with_itself_has_no_changes():
    path = MEETINGS / "egm-cybercrime-2021.yaml"
    loaded = diff.load_draft_file(path, "m.yaml")
    assert (loaded.errors, loaded.draft.kind, loaded.draft.meeting.id) == ((), "meeting", "egm-cybercrime-2021")
    comparison = diff.compare(loaded.draft, loaded.draft, "json")
    assert comparison.changes == []


def test_diff_of_two_bundled_meetings_is_what_the_command_prints(monkeypatch):
    from typer.testing import CliRunner

    from egmplan.cli.main import app

    monkeypatch.chdir(MEETINGS.parent)
    old, new = "meetings/egm-cybercrime-2020.yaml", "meetings/egm-cybercrime-2021.yaml"
    comparison = diff.compare(diff.load_draft_file(Path(old), old).draft,
                              diff.load_draft_file(Path(new), new).draft, "md")
    assert len(comparison.changes) > 10
    assert CliRunner().invoke(app, ["diff", "--format", "md", old, new]).stdout == comparison.text


def test_diff_reads_a_participants_file_and_refuses_to_compare_it_with_a_meeting(tmp_path):
    people = tmp_path / "p.yaml"
    people.write_text("participants:\n  - {name: Switzerland, country: CH, role: member, zone: Europe/Guernsy}\n",
                      encoding="utf-8")
    loaded = diff.load_draft_file(people, "p.yaml")
    assert loaded.draft is None
    assert [str(d) for d in loaded.errors] == [
        "p.yaml:2:58: error: participants[0].zone: unknown time zone 'Europe/Guernsy'; "
        "did you mean 'Europe/Zurich' (Switzerland)?"]
    people.write_text(PARTICIPANTS.replace("zone: JST", "zone: Asia/Tokyo"), encoding="utf-8")
    participants = diff.load_draft_file(people, "p.yaml").draft
    assert (participants.kind, participants.meeting) == ("participants", None)
    meeting = diff.load_draft_file(MEETINGS / "egm-cybercrime-2021.yaml", "m.yaml").draft
    with pytest.raises(diff.DifferentKinds) as caught:
        diff.compare(participants, meeting, "text")
    assert str(caught.value) == ("p.yaml is a participants file and m.yaml a meeting file; "
                                 "compare two meeting files or two participants files")


def test_a_draft_from_git_with_errors_has_them_explained():
    data = (CORPUS / "timezone-geneva-city.yaml").read_bytes()
    loaded = diff.load_draft_bytes(data, "git:HEAD:g.yaml", "g")
    assert loaded.draft is None
    assert [str(d) for d in loaded.errors] == [
        "git:HEAD:g.yaml:5:13: error: meeting.timezone: 'Geneva' names a city, not a time zone; "
        "did you mean 'Europe/Zurich' (Geneva, Switzerland)?"]
