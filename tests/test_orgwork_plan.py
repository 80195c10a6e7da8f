"""egmplan orgwork plan: allocation in agenda order, splits, the minimum, and --write."""

from textwrap import dedent

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.errors import PlanningError
from egmplan.loader import load_meeting, load_meeting_text
from egmplan.planning.allocate import allocate
from egmplan.planning.orgwork import organization_rows

from conftest import MEETINGS

runner = CliRunner()

ESTIMATES = [
    ("      - title: Opening of the meeting\n", "        estimated_minutes: 10\n"),
    ("      - title: Adoption of the agenda\n", "        estimated_minutes: 10\n"),
    ("  - title: International cooperation\n", "    estimated_minutes: 280\n"),
    ("  - title: Prevention\n", "    estimated_minutes: 280\n"),
    ("  - title: Other matters\n", "    estimated_minutes: 20\n"),
    ("  - title: Adoption of the report\n", "    estimated_minutes: 120\n"),
]


def _sixth_with_estimates(organization: bool = True) -> str:
    text = (MEETINGS / "egm-cybercrime-2020.yaml").read_text(encoding="utf-8")
    for line, estimate in ESTIMATES:
        text = text.replace(line, line + estimate)
    return text


def _rows(meeting):
    return [(str(r.date), r.sitting, r.item, r.title) for r in organization_rows(meeting)]


def test_estimates_reproduce_the_seed_organization_of_work():
    planned = load_meeting_text(_sixth_with_estimates()).meeting
    by_hand = load_meeting(MEETINGS / "egm-cybercrime-2020.yaml").meeting
    allocation = allocate(planned)
    assert allocation.plans() == by_hand.organization
    assert [(str(s.sitting.date), s.sitting.number, [(p.item, p.minutes) for p in s.pieces])
            for s in allocation.sittings] == [
        ("2020-07-27", 1, [("1 (a)", 10), ("1 (b)", 10), ("2", 100)]),
        ("2020-07-27", 2, [("2", 120)]),
        ("2020-07-28", 1, [("2", 60), ("3", 60)]),
        ("2020-07-28", 2, [("3", 120)]),
        ("2020-07-29", 1, [("3", 100), ("4", 20)]),
        ("2020-07-29", 2, [("5", 120)]),
    ]


def _two_hours(*minutes):
    items = "".join(f"  - {{title: Item {n}, estimated_minutes: {m}}}\n" for n, m in enumerate(minutes, start=1))
    return load_meeting_text(dedent("""\
        meeting:
          body: Expert Group
          number: 1
          venue: Vienna
          timezone: Europe/Vienna
          dates: {start: 2021-06-01, end: 2021-06-01}
        sittings:
          default:
            - {start: "10:00", end: "11:00"}
            - {start: "15:00", end: "16:00"}
        agenda:
        """) + items).meeting


def _pieces(allocation):
    return [[(p.item, p.minutes) for p in s.pieces] for s in allocation.sittings]


def test_an_item_shorter_than_the_minimum_is_never_split():
    meeting = _two_hours(50, 20, 30)
    assert _pieces(allocate(meeting, min_split=30)) == [[("1", 50)], [("2", 20), ("3", 30)]]
    assert _pieces(allocate(meeting, min_split=0)) == [[("1", 50), ("2", 10)], [("2", 10), ("3", 30)]]


def test_no_piece_starts_in_less_room_than_the_minimum():
    assert _pieces(allocate(_two_hours(55, 40), min_split=30)) == [[("1", 55)], [("2", 40)]]
    assert _pieces(allocate(_two_hours(20, 70), min_split=30)) == [[("1", 20), ("2", 40)], [("2", 30)]]


def test_missing_estimates_and_overflow_are_planning_errors():
    with pytest.raises(PlanningError, match=r"^no estimated_minutes for items 1 \(a\), 1 \(b\), 2, 3, 4 and 5; "
                                            r"give every item \(or each of its sub-items\) an estimated_minutes in the meeting file, or "
                                            r"give it on the command line: --estimate \"1 \(a\)=MINUTES\"$"):
        allocate(load_meeting(MEETINGS / "egm-cybercrime-2020.yaml").meeting)
    text = _sixth_with_estimates().replace("estimated_minutes: 120\n", "estimated_minutes: 200\n")
    with pytest.raises(PlanningError, match=r"^the items need 800 minutes but the 6 sittings hold 720; "
                                            r"item 5 and those after it do not fit$"):
        allocate(load_meeting_text(text).meeting)


def test_cli_prints_the_plan(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(_sixth_with_estimates().replace("estimated_minutes: 120\n", "estimated_minutes: 60\n"))
    result = runner.invoke(app, ["orgwork", "plan", "-m", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout == dedent("""\
        Organization of work planned for m from estimated_minutes (an item shorter than 30 minutes is never split)

        Date                     Time         Item   Title                                  Minutes
        -----------------------  -----------  -----  -------------------------------------  -------
        Monday, 27 July 2020     noon–2 p.m.  1 (a)  Opening of the meeting                      10
                                              1 (b)  Adoption of the agenda                      10
                                              2      International cooperation                  100
                                 4–6 p.m.     2      International cooperation (continued)      120
        Tuesday, 28 July 2020    noon–2 p.m.  2      International cooperation (continued)       60
                                              3      Prevention                                  60
                                 4–6 p.m.     3      Prevention (continued)                     120
        Wednesday, 29 July 2020  noon–2 p.m.  3      Prevention (continued)                     100
                                              4      Other matters                               20
                                 4–6 p.m.     5      Adoption of the report                      60

        Time left:
          Wednesday, 29 July 2020, 4–6 p.m.: 60 minutes

        m: 660 of 720 minutes planned in 6 sittings of 6 on 3 days, 60 left; split over several sittings: 2, 3.
        """)
    assert not (tmp_path / "m.yaml.bak").exists()


def test_cli_write_replaces_only_the_block_and_keeps_a_backup(tmp_path):
    original = _sixth_with_estimates().replace(
        "organization_of_work:\n  2020-07-27:\n    - [\"opening\", \"agenda\", \"cooperation\"]\n    - [\"cooperation\"]\n",
        "organization_of_work:  # to be planned\n  2020-07-27:\n    - [\"1 (a)\", \"1 (b)\", \"2\", \"3\"]\n    - [\"2\"]\n",
    ) + "# Notes kept after the block\ntracks: []\n"
    path = tmp_path / "m.yaml"
    path.write_bytes(original.encode("utf-8"))
    result = runner.invoke(app, ["orgwork", "plan", "-m", str(path), "--write"])
    assert result.exit_code == 0, result.output
    assert result.stderr == "egmplan: wrote organization_of_work to " + str(path) + " (previous file: m.yaml.bak)\n"
    assert (tmp_path / "m.yaml.bak").read_bytes() == original.encode("utf-8")
    expected_block = dedent("""\
        organization_of_work:
          2020-07-27:
            - ["opening", "agenda", "cooperation"]
            - ["cooperation"]
          2020-07-28:
            - ["cooperation", "prevention"]
            - ["prevention"]
          2020-07-29:
            - ["prevention", "other-matters"]
            - ["report"]
        """)  # items by their keys: inserting an item later renumbers nothing here
    start = original.index("organization_of_work:")
    end = original.index('    - ["report"]\n') + len('    - ["report"]\n')
    assert path.read_text(encoding="utf-8") == original[:start] + expected_block + original[end:]
    assert original[end:].endswith("# Notes kept after the block\ntracks: []\n")
    assert load_meeting(path).errors == []


def test_cli_write_appends_the_block_when_the_file_has_none(tmp_path):
    text = _sixth_with_estimates()
    text = text[:text.index("organization_of_work:")]
    path = tmp_path / "m.yaml"
    path.write_text(text)
    result = runner.invoke(app, ["orgwork", "plan", "-m", str(path), "--write", "-q"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert path.read_text().startswith(text + "\norganization_of_work:\n  2020-07-27:\n")


def test_cli_without_estimates_fails_with_the_reason():
    result = runner.invoke(app, ["orgwork", "plan", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml")])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("egmplan: error: no estimated_minutes for items 1 (a), 1 (b), 2, 3, 4 and 5; "
                             "give every item (or each of its sub-items) an estimated_minutes in the meeting file, "
                             "or give it on the command line: --estimate \"1 (a)=MINUTES\"\n")


def test_cli_estimates_on_the_command_line_reproduce_the_seed():
    args = ["orgwork", "plan", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml")]
    for estimate in ("1 (a)=10", "1(b)=10", "2=280", "3=280", "4=20", "5=120"):
        args += ["--estimate", estimate]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert [line.split("  ")[-1].strip() for line in result.stdout.splitlines()[4:-2]] == [
        "10", "10", "100", "120", "60", "60", "120", "100", "20", "120"]
    result = runner.invoke(app, args[:4] + ["--estimate", "9=10"])
    assert (result.exit_code, result.stderr) == (2, "egmplan: error: --estimate: '9' is no agenda item of egm-cybercrime-2020\n")
    result = runner.invoke(app, args[:4] + ["--estimate", "2"])
    assert result.exit_code == 2
    assert "expected ITEM=MINUTES with 1 to 99999 minutes, such as \"1 (a)=10\", got '2'" in result.output


def test_pins_take_an_item_last_or_first_on_a_date():
    meeting = _two_hours(30, 20, 40)
    assert _pieces(allocate(meeting, pins={"1": "last"})) == [[("2", 20), ("3", 40)], [("1", 30)]]
    from datetime import date

    two_days = load_meeting_text(_sixth_with_estimates()).meeting
    allocation = allocate(two_days, pins={"3": date(2020, 7, 27), "5": "last"}, min_split=0)
    assert [[(p.item, p.minutes) for p in s.pieces] for s in allocation.sittings] == [
        [("3", 120)], [("3", 120)], [("3", 40), ("1 (a)", 10), ("1 (b)", 10), ("2", 60)], [("2", 120)],
        [("2", 100), ("4", 20)], [("5", 120)]]


def test_a_pinned_item_with_sub_items_pins_each_of_them():
    meeting = load_meeting_text(_sixth_with_estimates()).meeting
    allocation = allocate(meeting, pins={"1": "last"}, min_split=0)
    assert [(p.item, p.minutes) for p in allocation.sittings[-1].pieces] == [("5", 100), ("1 (a)", 10), ("1 (b)", 10)]


@pytest.mark.parametrize("pins, message", [
    ({"5": "last", "2": "last"}, "item 2 (280 minutes) is pinned to the last sitting, which has 120 minutes"),
    ({"5": "last", "4": "last"}, "item 5 (120 minutes) is pinned to the last sitting, which has 100 minutes left"),
    ({"2": "2020-07-30"}, "item 2 is pinned to 2020-07-30, which has no sitting; the sitting days are "
                          "2020-07-27, 2020-07-28 and 2020-07-29"),
    ({"2": "2020-07-29"}, "item 2 (40 minutes more) is pinned to 2020-07-29 and does not fit in the sittings "
                          "from that date on"),
])
def test_pins_that_cannot_be_kept(pins, message):
    from datetime import date

    pins = {k: v if v == "last" else date.fromisoformat(v) for k, v in pins.items()}
    with pytest.raises(PlanningError) as failure:
        allocate(load_meeting_text(_sixth_with_estimates()).meeting, pins=pins)
    assert str(failure.value) == message


def test_cli_pin_and_quiet_summary():
    args = ["orgwork", "plan", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml"), "-q", "--pin", "5=last"]
    for estimate in ("1 (a)=10", "1(b)=10", "2=280", "3=250", "4=20", "5=60"):
        args += ["--estimate", estimate]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == ("egm-cybercrime-2020: 630 of 720 minutes planned in 6 sittings of 6 on 3 days, 90 left; "
                             "split over several sittings: 2, 3.\n")


@pytest.mark.parametrize("option, value, message", [
    ("--pin", "5=first", "expected ITEM=last or ITEM=YYYY-MM-DD, such as 5=last, got '5=first'"),
    ("--pin", "5=2020-02-30", "expected ITEM=last or ITEM=YYYY-MM-DD, such as 5=last, got '5=2020-02-30'"),
    ("--estimate", "2=" + "9" * 5000, "expected ITEM=MINUTES with 1 to 99999 minutes"),
    ("--estimate", "2=\u00b2", "expected ITEM=MINUTES with 1 to 99999 minutes"),
    ("--estimate", "2=0", "expected ITEM=MINUTES with 1 to 99999 minutes"),
])
def test_cli_values_that_are_refused(option, value, message):
    result = runner.invoke(app, ["orgwork", "plan", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml"), option, value])
    assert result.exit_code == 2
    assert message in " ".join(line.strip("│ ").strip() for line in result.output.splitlines())


def test_cli_pin_names_an_unknown_item():
    result = runner.invoke(app, ["orgwork", "plan", "-m", str(MEETINGS / "egm-cybercrime-2020.yaml"),
                                 "--estimate", "5=60", "--pin", "9=last"])
    assert (result.exit_code, result.stderr) == (2, "egmplan: error: --pin: '9' is no agenda item of egm-cybercrime-2020\n")
