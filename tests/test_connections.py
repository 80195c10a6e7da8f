"""egmplan connections: the rule of the 2020 organization of work at its boundaries, JSON contract and text."""

import json
from textwrap import dedent

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.errors import PlanningError
from egmplan.model import Participant
from egmplan.planning.connections import allocate

from conftest import MEETINGS

runner = CliRunner()
SIXTH = str(MEETINGS / "egm-cybercrime-2020.yaml")


def _people(members, observers=0, panellists=0, delegates=4):
    return (tuple(Participant(f"M{i}", "member", "UTC", delegates) for i in range(members))
            + tuple(Participant(f"O{i}", "observer", "UTC", delegates) for i in range(observers))
            + tuple(Participant(f"P{i}", "panellist", "UTC", 1) for i in range(panellists)))


def _summary(result):
    return (result.per_member, result.per_observer, result.reduced, result.extra_round, result.total_speaking,
            result.leftover_to_panellists, result.unused)


def test_exactly_300_keeps_two_and_one_with_no_leftover():
    result = allocate(_people(140, 20, panellists=3), 300)
    assert _summary(result) == (2, 1, False, False, 300, 0, 0)
    assert [a.speaking for a in result.allocations[-3:]] == [0, 0, 0]


def test_301_reduces_everyone_to_one_and_the_leftover_goes_to_panellists():
    result = allocate(_people(140, 21, panellists=3), 300)
    # 2 × 140 + 21 = 301 > 300: one each for 161 delegations; 139 left, fewer than 161.
    assert _summary(result) == (1, 1, True, False, 161, 139, 136)
    assert [(a.speaking, a.listening) for a in result.allocations[-3:]] == [(1, 0), (1, 0), (1, 0)]
    assert (result.allocations[0].speaking, result.allocations[0].listening) == (1, 3)


def test_leftover_smaller_than_the_delegations_goes_to_panellists_in_order():
    # 2 × 100 + 1 × 20 = 220; leftover 80 < 120 delegations.
    people = _people(100, 20) + (Participant("Panel A", "panellist", "UTC", 2),
                                 Participant("Panel B", "panellist", "UTC", 1))
    result = allocate(people, 300)
    assert _summary(result) == (2, 1, False, False, 220, 80, 77)
    assert [(a.participant.name, a.speaking, a.listening) for a in result.allocations[-2:]] == [
        ("Panel A", 2, 0), ("Panel B", 1, 0)]


def test_leftover_split_one_at_a_time_when_it_is_short():
    people = _people(149) + (Participant("A", "panellist", "UTC", 2), Participant("B", "panellist", "UTC", 2))
    result = allocate(people, 300)  # 298 used; leftover 2: one each, in order
    assert [a.speaking for a in result.allocations[-2:]] == [1, 1]


def test_leftover_big_enough_gives_every_delegation_one_more_once():
    result = allocate(_people(50, 10, panellists=2), 300)
    # 2 × 50 + 10 = 110; leftover 190 >= 60: one more each (3 and 2) = 170; 130 to panellists.
    assert _summary(result) == (3, 2, False, True, 170, 130, 128)


def test_more_delegations_than_capacity_is_an_error():
    with pytest.raises(PlanningError, match="^301 delegations cannot each have a speaking connection: the capacity is 300$"):
        allocate(_people(301), 300)


def test_listening_is_the_rest_of_each_delegation_and_never_negative():
    result = allocate((Participant("Solo", "member", "UTC", 1), Participant("Big", "member", "UTC", 9)), 4)
    assert [(a.speaking, a.listening) for a in result.allocations] == [(2, 0), (2, 7)]


def _participants_file(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(dedent("""\
        participants:
          - {name: Thailand, country: TH, role: member, delegates: 3}
          - {name: Holy See, country: VA, role: observer, delegates: 1}
          - {name: "Mr. Markko Künnapu", role: panellist, zone: Europe/Tallinn}
        """))
    return str(path)


def test_cli_json_contract(tmp_path):
    result = runner.invoke(app, ["connections", "-m", SIXTH, "--participants", _participants_file(tmp_path),
                                 "--capacity", "4", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "delegations": [
            {"name": "Thailand", "role": "member", "country": "TH", "delegates": 3, "speaking": 2, "listening": 1},
            {"name": "Holy See", "role": "observer", "country": "VA", "delegates": 1, "speaking": 1, "listening": 0},
            {"name": "Mr. Markko Künnapu", "role": "panellist", "country": None, "delegates": 1, "speaking": 1,
             "listening": 0},
        ],
        "total_speaking": 3,
        "leftover_to_panellists": 1,
    }


def test_cli_table(tmp_path):
    result = runner.invoke(app, ["connections", "-m", SIXTH, "--participants", _participants_file(tmp_path),
                                 "--capacity", "3"])
    assert result.exit_code == 0, result.output
    assert result.stdout == dedent("""\
        Speaking connections for egm-cybercrime-2020: capacity 3
        Rule of the 2020 organization of work: 2 per member delegation and 1 per observer delegation: 2 × 1 + 1 × 1 = 3, within the capacity.
        Leftover to the panellists: 0; 1 panellist takes 0.

        Name                Role       Delegates  Speaking  Listening
        -------------------------------------------------------------
        Thailand            member             3         2          1
        Holy See            observer           1         1          0
        Mr. Markko Künnapu  panellist          1         0          1
        -------------------------------------------------------------
        Total speaking (member and observer delegations): 3
        Leftover to panellists: 0
        """)


def test_cli_needs_participants_and_reports_too_small_a_capacity(tmp_path):
    result = runner.invoke(app, ["connections", "-m", SIXTH])
    assert (result.exit_code, result.stderr) == (
        1, "egmplan: error: egm-cybercrime-2020 lists no participants; give --participants FILE or member-states\n")
    result = runner.invoke(app, ["connections", "-m", SIXTH, "--participants", "member-states", "--capacity", "100"])
    assert (result.exit_code, result.stderr) == (
        1, "egmplan: error: 193 delegations cannot each have a speaking connection: the capacity is 100\n")
