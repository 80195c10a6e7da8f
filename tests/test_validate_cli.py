"""`egmplan validate` and `egmplan --version` end to end, through Typer's runner."""

import json

from typer.testing import CliRunner

from egmplan.cli.main import app

runner = CliRunner()

# The 2017 meeting reproduces its document's slips on purpose; each row says so with
# `reason:`, so validate reports each departure once, as a note, and --strict passes.
NOTES_2017 = [
    "meetings/egm-cybercrime-2017.yaml:139:16: note: organization_of_work.2017-04-11[0][1].item: "
    "kept on purpose (as issued: the document numbers this row 4 although it continues item 3): "
    "marked continued, but item 4 is first taken at this sitting; "
    "prints 'Adoption of the summaries' for item 4, whose title is 'Consideration of the draft comprehensive "
    "study of the problem of cybercrime and comments thereto, and consideration of the way forward on the "
    "draft study'; check the item number",
    "meetings/egm-cybercrime-2017.yaml:141:16: note: organization_of_work.2017-04-11[1][0].item: "
    "kept on purpose (as issued: the document prints item 4 here without (continued)): "
    "marked not continued, but item 4 was already taken at an earlier sitting",
    "meetings/egm-cybercrime-2017.yaml:144:16: note: organization_of_work.2017-04-11[1][2].item: "
    "kept on purpose (as issued: the document takes item 5 whole, its sub-items in the title): "
    "item 5 has sub-items (a)–(d) but is scheduled as a whole; schedule the sub-items, or keep this if "
    "the body takes them together",
]


def test_validate_passes_on_the_bundled_meetings(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate"])
    assert (result.exit_code, result.stdout.splitlines()) == (0, NOTES_2017)
    assert result.stderr == "OK: 4 files checked, 0 errors, 0 warnings, 3 notes\n"


def test_validate_strict_passes_on_the_bundled_meetings_notes_do_not_fail(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "--strict"])
    assert (result.exit_code, result.stderr) == (0, "OK: 4 files checked, 0 errors, 0 warnings, 3 notes\n")


def test_validate_quiet_leaves_notes_out(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "-q", "--strict"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_validate_strict_fails_on_warnings(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "--strict", "tests/corpus/item-scheduled-whole.yaml"])
    assert result.exit_code == 1
    assert result.stderr == "FAILED: 1 file checked, 0 errors, 1 warning\n"


def test_validate_github_format_prints_notes_as_notices(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "--format", "github", "tests/corpus/row-reason.yaml"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "::notice file=tests/corpus/row-reason.yaml,line=23,col=26::organization_of_work.2021-04-06[0][1].item: "
        "kept on purpose (as issued): marked continued, but item 1 (b) is first taken at this sitting"
    )


def test_validate_strict_passes_a_clean_meeting(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "--strict", "egm-cybercrime-2021"])
    assert (result.exit_code, result.stdout) == (0, "")


def test_validate_reports_errors_with_exit_1(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "tests/corpus/unknown-key.yaml"])
    assert result.exit_code == 1
    assert result.stdout == (
        "tests/corpus/unknown-key.yaml:10:8: error: sittings.default[1].strat: "
        "unknown key 'strat', did you mean 'start'?\n"
    )
    assert result.stderr == "FAILED: 1 file checked, 1 error, 0 warnings\n"


def test_validate_missing_file_is_an_input_error(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "nowhere.yaml"])
    assert (result.exit_code, result.stdout) == (1, "nowhere.yaml:1:1: error: no such file\n")


def test_validate_json_lists_every_diagnostic(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "--format", "json", "tests/corpus/bad-enum.yaml"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "files": [{
            "file": "tests/corpus/bad-enum.yaml",
            "valid": False,
            "diagnostics": [{
                "file": "tests/corpus/bad-enum.yaml", "line": 5, "column": 11, "severity": "error",
                "path": "meeting.format",
                "message": "expected one of in-person, hybrid, online, got hybrd; did you mean 'hybrid'?",
                "suggestion": "hybrid",
            }],
        }],
        "errors": 1,
        "warnings": 0,
        "notes": 0,
    }


def test_validate_github_format_prints_workflow_annotations(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "--format", "github", "tests/corpus/timezone-unknown.yaml"])
    assert result.exit_code == 1
    assert result.stdout == (
        "::error file=tests/corpus/timezone-unknown.yaml,line=5,col=13::meeting.timezone: "
        "unknown time zone 'Europe/Viena'; did you mean 'Europe/Vienna'?\n"
    )


def test_validate_under_github_actions_adds_annotations_to_text(root, monkeypatch):
    monkeypatch.chdir(root)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = runner.invoke(app, ["validate", "tests/corpus/empty.yaml"])
    assert result.stdout.splitlines() == [
        "tests/corpus/empty.yaml:1:1: error: the file is empty; a meeting file starts with 'meeting:'",
        "::error file=tests/corpus/empty.yaml,line=1,col=1::the file is empty; a meeting file starts with 'meeting:'",
    ]


def test_bad_command_line_exits_2(root, monkeypatch):
    monkeypatch.chdir(root)
    assert runner.invoke(app, ["validate", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["validate", "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["no-such-command"]).exit_code == 2


def test_version_reports_the_pinned_tz_database():
    import tzdata

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == (
        f"egmplan 0.1.0\ntz database {tzdata.IANA_VERSION} (tzdata package {tzdata.__version__}, pinned)\n"
    )


def test_validate_verbose_says_what_was_checked(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "-v", "egm-cybercrime-2021", "tests/corpus/empty.yaml"])
    assert result.stderr.splitlines() == [
        "checked meetings/egm-cybercrime-2021.yaml: egm-cybercrime-2021: 7 items and sub-items, 6 sittings, 0 warnings",
        "checked tests/corpus/empty.yaml: not usable (1 error)",
        "FAILED: 2 files checked, 1 error, 0 warnings",
    ]


def test_validate_verbose_names_the_series_file_as_a_series(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["validate", "-q", "-v"])
    assert result.stderr.splitlines() == [
        "checked meetings/egm-cybercrime-2017.yaml: egm-cybercrime-2017: 14 items and sub-items, 8 sittings, 0 warnings",
        "checked meetings/egm-cybercrime-2020.yaml: egm-cybercrime-2020: 7 items and sub-items, 6 sittings, 0 warnings",
        "checked meetings/egm-cybercrime-2021.yaml: egm-cybercrime-2021: 7 items and sub-items, 6 sittings, 0 warnings",
        "checked meetings/egm-cybercrime.series.yaml: egm-cybercrime: a series of 7 meetings, 1 workplan",
    ]


def test_agenda_build_refuses_a_series_file_with_a_message(root, monkeypatch, tmp_path):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["agenda", "build", "meetings/egm-cybercrime.series.yaml", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "meetings/egm-cybercrime.series.yaml:1:1: error: this is a series file, not a meeting file: "
        "'egmplan validate' checks it, 'egmplan site build' and 'egmplan workplan' build from it"
    )


def test_schema_prints_the_series_schema(root):
    from egmplan.loader.describe import series_json_schema_text

    result = runner.invoke(app, ["schema", "series"])
    assert (result.exit_code, result.stdout) == (0, series_json_schema_text())
    wrong = runner.invoke(app, ["schema", "serie"])
    assert wrong.exit_code == 2
