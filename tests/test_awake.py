"""Who is awake: counts per sitting, the terminal heat table, the SVG heat map in the HTML."""

import xml.etree.ElementTree as ET
from textwrap import dedent

from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting
from egmplan.loader.participants import load_participants
from egmplan.planning.awake import who_is_awake
from egmplan.render.awake_svg import awake_svg

from conftest import MEETINGS, ROOT

runner = CliRunner()
SIXTH = str(MEETINGS / "egm-cybercrime-2020.yaml")
SAMPLE = ROOT / "participants" / "egm-cybercrime-2020-sample.yaml"


def _small(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(dedent("""\
        participants:
          - {name: Thailand, country: TH, role: member, delegates: 3}
          - {name: Mexico, country: MX, role: member, delegates: 2}
          - {name: Austria, country: AT, role: member}
        """))
    return path


def test_counts_per_sitting_of_the_sixth_meeting(tmp_path):
    meeting = load_meeting(SIXTH).meeting
    people = load_participants(_small(tmp_path)).participants
    awake = who_is_awake(meeting, people)
    # Vienna noon-2 p.m. is 5-7 a.m. in Mexico City (CDT in 2020: night) and 5-7 p.m. in Bangkok;
    # 4-6 p.m. is 9-11 p.m. in Bangkok (night) and 9-11 a.m. in Mexico City.
    assert [row.to_dict() for row in awake[:2]] == [
        {"date": "2020-07-27", "sitting": 1, "delegations": {"working": 2, "early_late": 0, "night": 1},
         "delegates": {"working": 4, "early_late": 0, "night": 2}, "night": ["Mexico"]},
        {"date": "2020-07-27", "sitting": 2, "delegations": {"working": 2, "early_late": 0, "night": 1},
         "delegates": {"working": 3, "early_late": 0, "night": 3}, "night": ["Thailand"]},
    ]
    assert len(awake) == 6


def test_schedule_table_adds_the_heat_table(tmp_path):
    result = runner.invoke(app, ["schedule", "-m", SIXTH, "--participants", str(_small(tmp_path)), "-q", "-f", "table"])
    assert result.exit_code == 0, result.output
    heat = result.stdout[result.stdout.index("Who is awake"):]
    assert [line.rstrip() for line in heat.splitlines()] == [
        "Who is awake: 3 participants, delegations (delegates) per comfort class",
        "",
        "  Date                      Sitting       working   early/late   night",
        " " + "─" * 70,
        "  Monday, 27 July 2020      noon–2 p.m.     2 (4)        0 (0)   1 (2)",
        "  Monday, 27 July 2020      4–6 p.m.        2 (3)        0 (0)   1 (3)",
        "  Tuesday, 28 July 2020     noon–2 p.m.     2 (4)        0 (0)   1 (2)",
        "  Tuesday, 28 July 2020     4–6 p.m.        2 (3)        0 (0)   1 (3)",
        "  Wednesday, 29 July 2020   noon–2 p.m.     2 (4)        0 (0)   1 (2)",
        "  Wednesday, 29 July 2020   4–6 p.m.        2 (3)        0 (0)   1 (3)",
        "",
        "At night, Monday, 27 July 2020, noon–2 p.m. (1): Mexico",
        "At night, Monday, 27 July 2020, 4–6 p.m. (1): Thailand",
        "At night, Tuesday, 28 July 2020, noon–2 p.m. (1): Mexico",
        "At night, Tuesday, 28 July 2020, 4–6 p.m. (1): Thailand",
        "At night, Wednesday, 29 July 2020, noon–2 p.m. (1): Mexico",
        "At night, Wednesday, 29 July 2020, 4–6 p.m. (1): Thailand",
    ]


def test_svg_heat_map_is_well_formed_and_in_the_schedule_html(tmp_path):
    meeting = load_meeting(SIXTH).meeting
    people = load_participants(SAMPLE).participants
    svg = awake_svg(meeting, who_is_awake(meeting, people))
    root = ET.fromstring(svg)
    cells = [e for e in root.iter("{http://www.w3.org/2000/svg}rect") if e.find("{http://www.w3.org/2000/svg}title") is not None]
    assert len(cells) == len(people) * 6
    assert cells[0].find("{http://www.w3.org/2000/svg}title").text == (
        "New Zealand (Pacific/Auckland): 22:00–00:00, night")
    out = tmp_path / "s.html"
    result = runner.invoke(app, ["schedule", "-m", SIXTH, "--participants", str(SAMPLE), "-f", "html", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert html.count('<section class="awake"') == 1
    assert svg in html
    assert html.index('<section class="awake"') < html.index("</body>")


def test_unknown_participants_file_is_an_error():
    result = runner.invoke(app, ["schedule", "-m", SIXTH, "--participants", "nobody", "-q"])
    assert result.exit_code == 1
    assert result.stderr.startswith("egmplan: error: --participants nobody: no such file")
