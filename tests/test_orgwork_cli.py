"""``egmplan orgwork``: the JSON contract equals the seeds' tables row for row; other formats."""

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from meetings_with_tracks import TRACKS

ROOT = Path(__file__).resolve().parent.parent
MEETING_IDS = ["egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021"]


@pytest.fixture
def in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)


def _run(*args):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("meeting_id", MEETING_IDS)
def test_orgwork_json_rows_equal_the_seed_table(in_repo, meeting_id):
    result = _run("orgwork", "-m", meeting_id, "--format", "json")
    golden = json.loads((ROOT / "tests" / "golden" / "orgwork" / f"{meeting_id}.json").read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == golden


def test_orgwork_json_keeps_the_contract_keys(in_repo):
    data = json.loads(_run("orgwork", "-m", "egm-cybercrime-2021", "--format", "json").stdout)
    assert list(data) == ["meeting", "timezone", "rows"]
    assert data["rows"][0] == {
        "date": "2021-04-06", "sitting": 1, "start": "10:00", "end": "13:00",
        "time": "10 a.m.–1 p.m.", "item": "1 (a)", "title": "Opening of the meeting",
        "continued": False, "track": None,
    }


def test_orgwork_csv_has_one_line_per_contract_row(in_repo):
    result = _run("orgwork", "-m", "egm-cybercrime-2021", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    golden = json.loads((ROOT / "tests" / "golden" / "orgwork" / "egm-cybercrime-2021.json").read_text())["rows"]
    assert [(r["date"], r["sitting"], r["item"], r["title"]) for r in rows] == [
        (g["date"], str(g["sitting"]), g["item"], g["title"]) for g in golden
    ]


def test_orgwork_table_blanks_repeated_dates_and_times(in_repo):
    result = _run("orgwork", "-m", "egm-cybercrime-2021", "--format", "table")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Tuesday, 6 April 2021") == 1
    assert result.stdout.count("10 a.m.–1 p.m.") == 3  # once per morning sitting


def test_orgwork_md_table_for_the_merged_layout(in_repo):
    result = _run("orgwork", "-m", "egm-cybercrime-2020", "--format", "md")
    lines = result.stdout.splitlines()
    assert lines[2:6] == [
        "| Date and time | Agenda item | Title or description |",
        "| --- | --- | --- |",
        "| **Monday, 27 July** | | |",
        "| noon–2 p.m. | 1 (a) | Opening of the meeting |",
    ]


def test_orgwork_html_is_a_standalone_page(in_repo):
    result = _run("orgwork", "-m", "egm-cybercrime-2017", "--format", "html")
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert '<th scope="col" class="date">Date</th>' in result.stdout
    assert "<link" not in result.stdout and "<script" not in result.stdout


def test_orgwork_unknown_format_is_a_usage_error(in_repo):
    result = _run("orgwork", "-m", "egm-cybercrime-2021", "--format", "docx")
    assert result.exit_code == 2




@pytest.fixture
def tracks_meeting(tmp_path, monkeypatch):
    folder = tmp_path / "meetings"
    folder.mkdir()
    (folder / "cop-12.yaml").write_text(TRACKS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return "cop-12"


def test_orgwork_parallel_track_has_its_own_continued_rows(tracks_meeting):
    result = _run("orgwork", "-m", tracks_meeting, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    track = [(r["date"], r["sitting"], r["item"], r["title"]) for r in rows if r["track"]]
    assert track == [
        ("2024-10-14", 2, "1", "Central authorities"),
        ("2024-10-15", 1, "1", "Central authorities (continued)"),
        ("2024-10-15", 1, "2", "Electronic evidence"),
    ]
    assert rows[0]["time"] == "10.00–13.00"


def test_orgwork_md_prints_a_column_pair_per_track(tracks_meeting):
    lines = _run("orgwork", "-m", tracks_meeting, "--format", "md").stdout.splitlines()
    assert lines[2:7] == [
        "| Date | Time | Item | Plenary | Item | Working Group on International Cooperation |",
        "| --- | --- | --- | --- | --- | --- |",
        "| Monday, 14 October | 10.00–13.00 | 1 | Opening of the session |  |  |",
        "|  |  | 2 | General debate |  |  |",
        "|  | 15.00–18.00 | 2 | General debate (*continued*) | 1 | Central authorities |",
    ]


def test_orgwork_html_groups_track_columns_under_their_heading(tracks_meeting):
    html = _run("orgwork", "-m", tracks_meeting, "--format", "html").stdout
    assert '<th scope="colgroup" colspan="2" class="lane">Working Group on International Cooperation</th>' in html


def test_orgwork_rich_table_shows_the_track(tracks_meeting, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    result = _run("orgwork", "-m", tracks_meeting, "--format", "table")
    assert result.exit_code == 0, result.output
    assert "Working Group on International Cooperation" in result.stdout
    assert "Central authorities (continued)" in result.stdout
