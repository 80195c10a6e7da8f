"""egmplan suggest: the 15-minute grid, per-date offsets, scores, who pays, JSON and text."""

import json
import math
from datetime import date
from textwrap import dedent

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting, load_meeting_text
from egmplan.member_states import member_state_participants
from egmplan.model import Participant
from egmplan.planning.suggest import (_count_patterns, _ranked_patterns, parse_between, parse_duration,
                                      suggest)

from conftest import MEETINGS

runner = CliRunner()


def _meeting(venue_zone="UTC", start="2021-06-01", end="2021-06-01", extra=""):
    return dedent(f"""\
        meeting:
          body: Expert Group
          number: 1
          venue: Somewhere
          timezone: {venue_zone}
          dates: {{start: {start}, end: {end}}}
        sittings:
          default:
            - {{start: "10:00", end: "12:00"}}
        agenda:
          - title: Opening
        """) + extra


TOKYO = Participant("Japan", "member", "Asia/Tokyo", 1, "JP")
LONDON = Participant("United Kingdom", "member", "UTC", 2, "GB")


def test_parse_duration_and_between():
    assert [parse_duration(t) for t in ("2h", "90m", "90min", "1h30", "1h 30m")] == [120, 90, 90, 90, 90]
    assert parse_duration("0", zero=True) == 0
    with pytest.raises(ValueError) as bare:
        parse_duration("3")
    assert str(bare.value) == "ambiguous length '3': write 3h for hours or 3m for minutes"
    with pytest.raises(ValueError, match="expected a length like 2h, 90m or 1h30, got '9{5000}h'"):
        parse_duration("9" * 5000 + "h")
    assert [parse_between(t) for t in ("08:00-22:00", "00:00–24:00")] == [(480, 1320), (0, 1440)]
    with pytest.raises(ValueError, match="expected a length like 2h, 90m or 1h30, got '2x'"):
        parse_duration("2x")
    with pytest.raises(ValueError, match="the hours must end after they start, got '22:00-08:00'"):
        parse_between("22:00-08:00")


def test_scores_on_the_grid_weighted_by_delegates():
    meeting = load_meeting_text(_meeting()).meeting
    result = suggest(meeting, (TOKYO, LONDON), count=1, length=120, between=(8 * 60, 12 * 60), top=20)
    # Tokyo is UTC+9: a sitting starting at 08:00 UTC ends at 19:00 there; each later quarter
    # adds 15 early/late minutes (weight 1 per hour). London is always in working hours.
    assert [(c.label, c.score, c.rank) for c in result.candidates] == [
        ("08:00–10:00", 0.0, 1), ("08:15–10:15", 0.25, 2), ("08:30–10:30", 0.5, 3),
        ("08:45–10:45", 0.75, 4), ("09:00–11:00", 1.0, 5), ("09:15–11:15", 1.25, 6),
        ("09:30–11:30", 1.5, 7), ("09:45–11:45", 1.75, 8), ("10:00–12:00", 2.0, 9),
    ]
    assert result.current.rank == 9
    assert result.candidates[-1].to_dict() == {
        "sittings": [{"start": "10:00", "end": "12:00"}], "score": 2.0,
        "counts": {"working": 1, "early_late": 1, "night": 0}}


def test_night_counts_four_times_early_late_and_ties_keep_the_earlier_start():
    meeting = load_meeting_text(_meeting()).meeting
    result = suggest(meeting, (TOKYO,), count=1, length=60, between=(12 * 60, 14 * 60), top=3)
    # 12:00 UTC = 21:00 Tokyo (early/late), 13:00 = 22:00 (night, weight 4).
    assert [(c.label, c.score) for c in result.candidates] == [
        ("12:00–13:00", 1.0), ("12:15–13:15", 1.75), ("12:30–13:30", 2.5)]
    assert [p.name for p in result.candidates[1].night] == ["Japan"]


def test_each_date_has_its_own_offsets():
    # New York moves to daylight saving time on Sunday 14 March 2021, Vienna on 28 March:
    # 13:00 in Vienna is 07:00 in New York on Friday 12 March and 08:00 on Monday 15 March.
    meeting = load_meeting_text(_meeting("Europe/Vienna", "2021-03-12", "2021-03-15")).meeting
    new_york = Participant("United States of America", "member", "America/New_York", 1, "US")
    result = suggest(meeting, (new_york,), count=1, length=60, between=(13 * 60, 15 * 60), top=5)
    assert result.dates == (date(2021, 3, 12), date(2021, 3, 15))
    assert [(c.label, c.score) for c in result.candidates] == [
        ("14:00–15:00", 0.0), ("13:45–14:45", 0.25), ("13:30–14:30", 0.5), ("13:15–14:15", 0.75),
        ("13:00–14:00", 1.0)]


def test_sixth_meeting_with_all_member_states_ranks_the_seed_pattern():
    meeting = load_meeting(MEETINGS / "egm-cybercrime-2020.yaml").meeting
    result = suggest(meeting, member_state_participants(), count=2, length=120, gap=60,
                     between=(8 * 60, 20 * 60), top=1)
    assert (result.patterns, result.candidates[0].label, result.candidates[0].score) == (
        435, "12:00–14:00, 15:00–17:00", 1289.25)
    assert (result.current.label, result.current.rank, result.current.score, result.current.counts) == (
        "12:00–14:00, 16:00–18:00", 53, 1420.5, {"working": 107, "early_late": 44, "night": 42})
    two_hour_break = suggest(meeting, member_state_participants(), count=2, length=120, gap=120,
                             between=(8 * 60, 20 * 60), top=1, night_weight=10)
    assert (two_hour_break.candidates[0].label, two_hour_break.current.rank) == ("12:00–14:00, 16:00–18:00", 1)


def test_cli_json_is_the_contract(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(_meeting(extra=dedent("""\
        participants:
          - {name: Japan, country: JP, role: member}
          - {name: United Kingdom, country: GB, role: member, delegates: 2, zone: UTC}
        """)))
    result = runner.invoke(app, ["suggest", "-m", str(path), "--sittings", "2", "--length", "1h", "--break", "1h",
                                 "--between", "08:00-12:00", "--format", "json", "--top", "2"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"candidates": [
        {"sittings": [{"start": "08:00", "end": "09:00"}, {"start": "10:00", "end": "11:00"}], "score": 1.0,
         "counts": {"working": 1, "early_late": 1, "night": 0}},
        {"sittings": [{"start": "08:00", "end": "09:00"}, {"start": "10:15", "end": "11:15"}], "score": 1.0,
         "counts": {"working": 1, "early_late": 1, "night": 0}},
    ]}


def test_cli_table_says_who_pays(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(_meeting(extra="participants:\n  - {name: Japan, country: JP, role: member}\n"))
    result = runner.invoke(app, ["suggest", "-m", str(path), "--sittings", "1", "--between", "12:00-15:00",
                                 "--length", "1h", "--top", "2"])
    assert result.exit_code == 0, result.output
    assert result.stdout == dedent("""\
        Sitting times for m: Somewhere (UTC), 1 June 2021, 1 sitting day
        1 participants (1 delegates); 1 sitting of 1 hour a day, breaks of at least 1 hour, between 12:00 and 15:00
        9 patterns scored; score = delegate-hours early or late + 4 × delegate-hours at night, over all days (lower is better); counts take each delegation's worst sitting

         1. 12:00–13:00   score 1   working 0, early/late 1, night 0
            Early or late (1): Japan
         2. 12:15–13:15   score 1.75   working 0, early/late 0, night 1
            At night (1): Japan

        The meeting's own sittings (10:00–12:00) are not ranked: they are not 1 sitting of 1 hour within these hours and breaks.
        """)


def test_cli_errors():
    result = runner.invoke(app, ["suggest", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml"), "--length", "2x"])
    assert result.exit_code == 2
    assert "expected a length like 2h, 90m or 1h30, got '2x'" in result.output
    result = runner.invoke(app, ["suggest", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml"),
                                 "--participants", "member-states", "--between", "08:00-12:00"])
    assert (result.exit_code, result.stderr) == (
        1, "egmplan: error: 2 sittings of 2 hours with breaks of at least 1 hour do not fit between 08:00 and 12:00\n")
    result = runner.invoke(app, ["suggest", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml"),
                                 "--participants", "nowhere"])
    assert result.exit_code == 1
    assert result.stderr.startswith("egmplan: error: --participants nowhere: no such file (looked for nowhere, ")


def _brute_force(starts, costs, nexts, count):
    """Every pattern, scored and sorted: what the best-first search must reproduce."""
    def extend(prefix, first):
        if len(prefix) == count:
            yield prefix
            return
        for i in range(first, len(starts)):
            yield from extend(prefix + (i,), nexts[i])
    return sorted((round(sum(costs[i] for i in pattern), 6), tuple(starts[i] for i in pattern))
                  for pattern in extend((), 0))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([0.0, 0.25, 0.5, 1.0, 1.75, 2.0, 0.1, 0.2, 0.3]), min_size=1, max_size=14),
       st.integers(1, 4), st.integers(0, 3))
def test_best_first_search_is_the_sorted_enumeration(costs, count, spacing):
    """Ties included (many equal and float-inexact costs: 0.1 + 0.2 != 0.3)."""
    starts = [15 * i for i in range(len(costs))]
    nexts = [min(i + 1 + spacing, len(costs)) for i in range(len(costs))]
    expected = _brute_force(starts, costs, nexts, count)
    assert list(_ranked_patterns(starts, costs, nexts, count)) == expected
    assert _count_patterns(nexts, count) == len(expected)


def test_a_huge_pattern_space_is_searched_not_listed():
    """Five 15-minute sittings with no break over the whole day: about 60 million patterns, which
    the old search listed and sorted (minutes, gigabytes). The best-first search walks a few."""
    meeting = load_meeting(MEETINGS / "egm-cybercrime-2020.yaml").meeting
    result = suggest(meeting, member_state_participants(), count=5, length=15, gap=0, between=(0, 23 * 60 + 59),
                     top=3)
    assert result.patterns == math.comb(95, 5) == 57_940_519   # 95 quarter-hour starts, 00:00 to 23:30
    assert [c.rank for c in result.candidates] == [1, 2, 3]
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores)


def test_default_shape_is_the_meetings_own_and_its_rank_is_printed():
    result = runner.invoke(app, ["suggest", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml"),
                                 "--participants", "member-states", "--between", "08:00-20:00", "--top", "1"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1] == ("193 participants (193 delegates); 2 sittings of 2 hours a day, breaks of at least 1 hour, "
                        "between 08:00 and 20:00")
    assert "The meeting's own sittings rank 53 of 435:" in lines


def test_a_rank_beyond_the_limit_says_so(monkeypatch):
    import egmplan.planning.suggest as module

    monkeypatch.setattr(module, "RANK_LIMIT", 10)
    meeting = load_meeting(MEETINGS / "egm-cybercrime-2020.yaml").meeting
    result = suggest(meeting, member_state_participants(), count=2, length=120, gap=60,
                     between=(8 * 60, 20 * 60), top=1)
    assert result.current.rank is None
    from egmplan.render.planning_text import suggestion_text

    text = suggestion_text(meeting, result, count=2, length=120, gap=60, between=(480, 1200), night_weight=4)
    assert "The meeting's own sittings rank below the best 10 of 435:\n" in text


@pytest.mark.parametrize("args, message", [
    (["--length", "3"], "Invalid value for '--length': ambiguous length '3': write 3h for hours or 3m for minutes"),
    (["--night-weight", "nan"], "Invalid value for '--night-weight': expected a number from 0.0 to 1000.0, got nan"),
    (["--night-weight", "inf"], "Invalid value for '--night-weight': inf is not in the range 0.0<=x<=1000.0."),
    (["--top", "101"], "Invalid value for '--top': 101 is not in the range 1<=x<=100."),
])
def test_command_line_values_that_cannot_be_scored(args, message):
    result = runner.invoke(app, ["suggest", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml")] + args)
    assert result.exit_code == 2
    assert message in " ".join(line.strip("│ ").strip() for line in result.output.splitlines())
