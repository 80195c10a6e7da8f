"""validate warns when the sittings cannot hold the expected speaking time, and by how much."""

from textwrap import dedent

from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.app.check import check_text

runner = CliRunner()


def _meeting(items: str, organization: str, limits: str = "") -> str:
    return dedent("""\
        meeting:
          body: Expert Group
          number: 6
          venue: Vienna
          timezone: Europe/Vienna
          dates: {start: 2020-07-27, end: 2020-07-27}
        """) + limits + dedent("""\
        sittings:
          default:
            - {start: "12:00", end: "14:00"}
            - {start: "16:00", end: "18:00"}
        agenda:
        """) + items + "organization_of_work:\n  2020-07-27:\n" + organization


def _warnings(text):
    """The speaking-time warnings (a sitting given [] also gets its own "no item" warning)."""
    return [str(d) for d in check_text(text, "m.yaml").diagnostics if "no item at the sitting" not in d.message]


def test_an_item_whose_sittings_are_too_short():
    text = _meeting(
        "  - title: Opening\n"
        "  - title: International cooperation\n"
        "    speakers: {statements: 40, presentations: 7}\n",
        '    - ["1", "2"]\n    - []\n')
    assert _warnings(text) == [
        "m.yaml:14:15: warning: agenda[1].speakers: item 2 (International cooperation) expects 176 minutes of "
        "speaking time (40 statements of 3 minutes and 7 presentations of 8 minutes), but the 1 sitting that "
        "takes it last 120 minutes: 56 minutes short",
    ]


def test_enough_time_gives_no_warning_and_limits_come_from_the_file():
    items = "  - title: Panel\n    speakers: [Mr. A, Ms. B, Mr. C]\n  - title: Debate\n    speakers: {statements: 30}\n"
    organization = '    - ["1", "2"]\n    - ["2"]\n'
    assert _warnings(_meeting(items, organization)) == []
    longer = "  speaking: {statement_minutes: 5, presentation_minutes: 10}\n"
    # 3 × 10 + 30 × 5 = 180 minutes of 240: still fine.
    assert _warnings(_meeting(items, organization, longer)) == []
    organization = '    - ["1", "2"]\n    - []\n'
    assert _warnings(_meeting(items, organization, longer)) == [
        "m.yaml:14:15: warning: agenda[0].speakers: items 1 and 2 expect 180 minutes of speaking time together, "
        "but the 1 sitting that takes them last 120 minutes: 60 minutes short",
    ]


def test_items_sharing_sittings_are_checked_together():
    # Each item fits its two sittings alone (200 <= 240, 100 <= 240), but together they need 300 of 240.
    items = ("  - title: A\n    speakers: {statements: 40, presentations: 10}\n"
             "  - title: B\n    speakers: {presentations: 12}\n"
             "  - title: C\n")
    assert _warnings(_meeting(items, '    - ["1", "2"]\n    - ["1", "2", "3"]\n')) == [
        "m.yaml:13:15: warning: agenda[0].speakers: items 1 and 2 expect 296 minutes of speaking time together, but the 2 sittings "
        "that take them last 240 minutes: 56 minutes short",
    ]


def test_validate_prints_the_warning(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(_meeting("  - title: Debate\n    speakers: {statements: 50}\n", '    - ["1"]\n    - []\n'))
    result = runner.invoke(app, ["validate", str(path), "--strict"])
    assert result.exit_code == 1
    assert result.stdout == (
        f"{path}:13:15: warning: agenda[0].speakers: item 1 (Debate) expects 150 minutes of speaking time "
        "(50 statements of 3 minutes), but the 1 sitting that takes it last 120 minutes: 30 minutes short\n"
        f"{path}:17:7: warning: organization_of_work.2020-07-27[1]: no item at the sitting of 2020-07-27 (Monday), "
        "4–6 p.m.; the annex prints 'To be announced'\n")
