"""Which meeting a command works on without -m."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from egmplan.catalog import (Candidate, MeetingNotFound, UnknownMeetingId, bundled_folder, choose_current,
                             meeting_files, meetings_folder, resolve)
from egmplan.loader import load_meeting


def _candidates(root):
    paths = meeting_files(root / "meetings")  # not the series file beside them
    return [Candidate(p, load_meeting(p).meeting) for p in paths]


@pytest.mark.parametrize(
    "now, expected",
    [
        (datetime(2017, 1, 1, tzinfo=timezone.utc), "egm-cybercrime-2017"),      # next
        (datetime(2020, 7, 28, 12, tzinfo=timezone.utc), "egm-cybercrime-2020"),  # under way
        (datetime(2020, 7, 29, 22, 30, tzinfo=timezone.utc), "egm-cybercrime-2021"),  # 30 July in Vienna: 2020 ended
        (datetime(2020, 7, 29, 21, 30, tzinfo=timezone.utc), "egm-cybercrime-2020"),  # still 29 July in Vienna
        (datetime(2026, 11, 27, tzinfo=timezone.utc), "egm-cybercrime-2021"),     # none ahead: the last one
    ],
)
def test_choose_current_uses_the_date_at_the_venue(root, now, expected):
    assert choose_current(_candidates(root), now).meeting.id == expected


def test_resolve_by_id_and_by_path(root):
    folder = root / "meetings"
    assert resolve("egm-cybercrime-2021", folder) == folder / "egm-cybercrime-2021.yaml"
    assert resolve(str(folder / "egm-cybercrime-2020.yaml"), folder) == folder / "egm-cybercrime-2020.yaml"


def test_resolve_unknown_id_suggests(root):
    with pytest.raises(MeetingNotFound) as caught:
        resolve("egm-cybercrim-2021", root / "meetings")
    assert str(caught.value) == f"no meeting 'egm-cybercrim-2021' in {root / 'meetings'}; did you mean 'egm-cybercrime-2021'?"


def test_meetings_folder_precedence(tmp_path):
    assert meetings_folder({"EGMPLAN_MEETINGS": "/x"}, tmp_path) == Path("/x")
    assert meetings_folder({}, tmp_path) == tmp_path / "meetings"  # never the bundled example
    (tmp_path / "meetings").mkdir()
    assert meetings_folder({}, tmp_path) == tmp_path / "meetings"


def test_example_is_the_bundled_meeting_only_when_no_meeting_has_that_id(tmp_path):
    assert resolve("example", tmp_path / "meetings") == bundled_folder() / "egm-cybercrime-2021.yaml"
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "example.yaml").write_text("x")
    assert resolve("example", tmp_path / "meetings") == tmp_path / "meetings" / "example.yaml"


def test_unknown_id_in_an_empty_folder_names_the_example(tmp_path):
    with pytest.raises(UnknownMeetingId) as caught:
        resolve("egm-2027", tmp_path)
    assert str(caught.value) == (f"no meeting 'egm-2027' in {tmp_path}; "
                                 "the folder holds no meeting files ('-m example' is the bundled example)")


def test_bundled_example_is_valid():
    paths = sorted(bundled_folder().glob("*.yaml"))
    assert [p.name for p in paths] == ["egm-cybercrime-2021.yaml"]
    assert load_meeting(paths[0]).diagnostics == []


def test_bundled_example_is_the_seventh_meeting_as_in_meetings_with_its_history_written_out(root):
    """The one difference allowed: where meetings/ writes {history:N}, the example writes the
    sentence it stands for. `egmplan init --example` gives a new user this file alone, with no
    series file beside it, and {history} needs one; the meeting built from either file is the
    same (the agenda golden files are built from meetings/, test_example_builds_the_golden_agenda
    builds them from the example)."""
    from egmplan import placeholders, style
    from egmplan.loader.series import load_series
    from egmplan.model_series import history

    seventh = (root / "meetings" / "egm-cybercrime-2021.yaml").read_text(encoding="utf-8")
    series = load_series(root / "meetings" / "egm-cybercrime.series.yaml").series
    sentences = {entry.number: style.history_sentence(entry, series.short_body)
                 for entry in history(series.earlier_than(7))}
    uses = placeholders.history_uses(seventh)
    assert [(token, number) for _offset, token, number in uses] == [
        (f"{{history:{n}}}", str(n)) for n in (1, 2, 3, 4, 5)]
    written_out = seventh
    for _offset, token, number in uses:
        written_out = written_out.replace(token, sentences[int(number)], 1)
    example = (bundled_folder() / "egm-cybercrime-2021.yaml").read_text(encoding="utf-8")
    assert example == written_out


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_example_builds_the_golden_agenda(root, tmp_path, monkeypatch, fmt):
    from typer.testing import CliRunner

    from egmplan.cli.main import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["agenda", "build", "example", "-f", fmt, "-o", "-", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (root / "tests" / "golden" / "agenda" / f"egm-cybercrime-2021.{fmt}").read_text(encoding="utf-8")
