"""Series files (issue 14): the bundled series, and every mistake reported with its place."""

from datetime import date
from pathlib import Path

import pytest

from egmplan.loader.series import load_series

ROOT = Path(__file__).resolve().parent.parent
SERIES_CORPUS = ROOT / "tests" / "corpus" / "series"
CASES = sorted(SERIES_CORPUS.glob("*.series.yaml"))


@pytest.mark.parametrize("path", CASES, ids=[p.name.removesuffix(".series.yaml") for p in CASES])
def test_series_corpus_file_gets_exact_messages(path):
    result = load_series(path, path.name)
    expected = (SERIES_CORPUS / path.name.replace(".series.yaml", ".expected")).read_text(encoding="utf-8")
    assert "".join(f"{d}\n" for d in result.diagnostics) == expected
    assert result.series is None


def test_bundled_series_lists_the_seven_meetings_with_their_dates_and_reports():
    result = load_series(ROOT / "meetings" / "egm-cybercrime.series.yaml")
    assert result.diagnostics == []
    series = result.series
    assert (series.id, series.body, series.short_body) == (
        "egm-cybercrime", "Expert Group to Conduct a Comprehensive Study on Cybercrime", "Expert Group")
    assert [(m.number, m.start, m.end, m.venue, m.report, m.file.name if m.file else None) for m in series.meetings] == [
        (1, date(2011, 1, 17), date(2011, 1, 21), "Vienna", None, None),
        (2, date(2013, 2, 25), date(2013, 2, 28), "Vienna", "UNODC/CCPCJ/EG.4/2013/3", None),
        (3, date(2017, 4, 10), date(2017, 4, 13), "Vienna", "UNODC/CCPCJ/EG.4/2017/4", "egm-cybercrime-2017.yaml"),
        (4, date(2018, 4, 3), date(2018, 4, 5), "Vienna", "E/CN.15/2018/12", None),
        (5, date(2019, 3, 27), date(2019, 3, 29), "Vienna", "UNODC/CCPCJ/EG.4/2019/2", None),
        (6, date(2020, 7, 27), date(2020, 7, 29), "Vienna", "UNODC/CCPCJ/EG.4/2020/2", "egm-cybercrime-2020.yaml"),
        (7, date(2021, 4, 6), date(2021, 4, 8), "Vienna", None, "egm-cybercrime-2021.yaml"),
    ]
    assert series.meeting(6).postponed_from == (date(2020, 4, 6), date(2020, 4, 8))


def test_bundled_workplan_has_four_rows_and_seven_annotations():
    workplan = load_series(ROOT / "meetings" / "egm-cybercrime.series.yaml").series.current_workplan
    assert (workplan.first_year, workplan.last_year, workplan.adopted_at, workplan.symbol) == (
        2018, 2021, 4, "UNODC/CCPCJ/EG.4/2018/CRP.1")
    assert [(r.year, r.meeting, r.topics) for r in workplan.rows] == [
        ("2018", 4, ("Legislation & frameworks", "Criminalization")),
        ("2019", 5, ("Law enforcement & investigations", "Electronic evidence & criminal justice")),
        ("2020", 6, ("International cooperation", "Prevention")),
        ("No later than 2021", 7, ("Stocktaking meeting", "Discussion of future work")),
    ]
    assert len(workplan.annotations) == 7
    assert workplan.annotations[1].startswith("The work plan does not exclude the possibility of including other "
                                              "issues contained in the mandate of the IEG, as well as the possibility "
                                              "of defining sub-topics")


def test_sixth_meeting_file_gives_its_documents_statements_and_panellists():
    from egmplan.loader import load_meeting

    meeting = load_meeting(ROOT / "meetings" / "egm-cybercrime-2020.yaml").meeting
    assert (meeting.postponed_from, meeting.postponement_reason) == (
        (date(2020, 4, 6), date(2020, 4, 8)), "due to the impact of the COVID-19 pandemic")
    assert len(meeting.documents) == 14
    comments = meeting.documents[7]
    assert (comments.status, comments.date, comments.note[:30]) == (
        "Reproduced as received", date(2020, 6, 1), "The comments submitted within ")
    general = [(s.delegation, s.count) for s in meeting.statements if s.item is None]
    assert general == [("Australia", 1), ("China", 1), ("Dominican Republic", 1), ("Germany", 1), ("Hungary", 1),
                       ("Iraq", 1), ("New Zealand", 1), ("Paraguay", 1), ("Russian Federation", 2), ("Sri Lanka", 1)]
    assert [len([s for s in meeting.statements if s.item == n]) for n in ("2", "3")] == [11, 9]
    panel = meeting.item("3").speakers
    assert panel.names[0] == "Mr. Pedro Destino"
    assert [(p.country, p.title) for p in panel.panellists][:2] == [
        ("AO", "Challenges for Cybercrime Prevention"), ("TH", "Cybercrime: Prevention Measures")]


def test_validate_reports_a_broken_series_file_with_its_place(root, monkeypatch):
    from typer.testing import CliRunner

    from egmplan.cli.main import app

    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["validate", "tests/corpus/series/gap.series.yaml"])
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "tests/corpus/series/gap.series.yaml:6:11: error: meetings[1].file: this is meeting 3, but it is entry 2 "
        "of the list; list every meeting in order, from 1, without gaps\n",
        "FAILED: 1 file checked, 1 error, 0 warnings\n",
    )


def test_a_meeting_head_is_read_without_parsing_the_rest_of_the_file(tmp_path):
    # A series reads the other meeting files' `meeting` keys only: the rest of each file (its
    # agenda, sittings, participants) is neither parsed nor checked here; validating it does.
    from egmplan.errors import DiagnosticSink
    from egmplan.loader import yamltree
    from egmplan.loader.series import read_meeting_head

    head = (SERIES_CORPUS / "third.yaml").read_text(encoding="utf-8").split("\nsittings:")[0]
    broken = tmp_path / "broken-agenda.yaml"
    broken.write_text(head + "\nsittings: [unclosed\nagenda: {\n", encoding="utf-8")
    found, problem = read_meeting_head(broken)
    assert problem is None
    assert (found.body, found.number, found.venue) == ("Expert Group on Testing", 3, "Vienna")
    assert found == read_meeting_head(SERIES_CORPUS / "third.yaml")[0]

    sink = DiagnosticSink("broken-agenda.yaml")
    root = yamltree.parse(broken.read_text(encoding="utf-8"), sink, until_key="meeting")
    assert [key.text for key, _ in root.value] == ["meeting"] and not sink.items
    assert yamltree.parse(broken.read_text(encoding="utf-8"), sink) is None
    assert [d.message for d in sink.items][0].startswith("not valid YAML")


def test_a_head_with_a_mistake_is_still_refused():
    from egmplan.loader.series import read_meeting_head

    assert read_meeting_head(SERIES_CORPUS / "broken-head.yaml") == (None, "its 'meeting' keys have errors")
