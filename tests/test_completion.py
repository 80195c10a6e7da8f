"""Shell completion offers meeting ids and zone names."""

from egmplan.cli.completion import complete_meeting, complete_zone


def test_meeting_ids_complete(root, monkeypatch):
    monkeypatch.chdir(root)
    assert complete_meeting("egm-cybercrime-20") == ["egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021"]
    assert complete_meeting("egm-cybercrime-202") == ["egm-cybercrime-2020", "egm-cybercrime-2021"]


def test_zone_names_complete():
    assert complete_zone("Europe/Vi") == ["Europe/Vienna", "Europe/Vilnius"]
    assert complete_zone("asia/bang") == ["Asia/Bangkok"]
    assert complete_zone("v")[:1] == ["venue"]
