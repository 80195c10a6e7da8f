"""``egmplan workplan``: the Expert Group's workplan for 2018–2021 as the Chair's proposal
(UNODC/CCPCJ/EG.4/2018/CRP.1) lays it out: the table, then the seven numbered annotations."""

import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "workplan"
runner = CliRunner()


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "json"])
def test_workplan_matches_golden_file(root, monkeypatch, fmt):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["workplan", "-f", fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout == (GOLDEN / f"egm-cybercrime.{fmt}").read_text(encoding="utf-8")


def test_workplan_table_reproduces_the_seed_rows_and_seven_annotations(root, monkeypatch):
    monkeypatch.chdir(root)
    text = runner.invoke(app, ["workplan", "egm-cybercrime", "-f", "md"]).stdout.splitlines()
    table = text[text.index("|---|---|---|") + 1: text.index("|---|---|---|") + 5]
    assert table == [
        "| 2018 | 4th meeting | Legislation \\& frameworks; Criminalization |",
        "| 2019 | 5th meeting | Law enforcement \\& investigations; Electronic evidence \\& criminal justice |",
        "| 2020 | 6th meeting | International cooperation; Prevention |",
        "| No later than 2021 | 7th meeting | Stocktaking meeting; Discussion of future work |",
    ]
    assert [line[:3] for line in text if line[:1].isdigit()] == ["1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "7. "]


def test_workplan_word_document_is_reproducible_and_holds_the_table(root, monkeypatch, tmp_path):
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1600000000")
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    assert runner.invoke(app, ["workplan", "-f", "docx", "-o", str(first)]).exit_code == 0
    assert runner.invoke(app, ["workplan", "-f", "docx", "-o", str(second)]).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    import docx

    document = docx.Document(io.BytesIO(first.read_bytes()))
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert rows == [
        ["Year", "Meeting", "Main topics and possible conclusions and recommendations"],
        ["2018", "4th meeting", "Legislation & frameworks;\nCriminalization"],
        ["2019", "5th meeting", "Law enforcement & investigations;\nElectronic evidence & criminal justice"],
        ["2020", "6th meeting", "International cooperation;\nPrevention"],
        ["No later than 2021", "7th meeting", "Stocktaking meeting;\nDiscussion of future work"],
    ]
    numbered = [p.text.split("\t")[0] for p in document.paragraphs if p.text[:2] in {f"{n}." for n in range(1, 8)}]
    assert numbered == ["1.", "2.", "3.", "4.", "5.", "6.", "7."]
    assert document.core_properties.identifier == "UNODC/CCPCJ/EG.4/2018/CRP.1"
    with zipfile.ZipFile(first) as package:
        assert "2020-09-13T12:26:40Z" in package.read("docProps/core.xml").decode()


def test_workplan_refuses_wrong_requests_with_messages(root, monkeypatch, tmp_path):
    monkeypatch.chdir(root)
    docx_to_stdout = runner.invoke(app, ["workplan", "-f", "docx"])
    assert (docx_to_stdout.exit_code, docx_to_stdout.stderr.splitlines()[-1]) == (
        2, "Error: Invalid value for '-o': docx is binary: give a file with -o")
    unknown = runner.invoke(app, ["workplan", "egm-cybercrim"])
    assert (unknown.exit_code, unknown.stderr) == (
        2, "egmplan: error: no series 'egm-cybercrim' in meetings (series there: egm-cybercrime)\n")
    monkeypatch.chdir(tmp_path)
    none = runner.invoke(app, ["workplan"])
    assert (none.exit_code, none.stderr) == (
        1, "egmplan: error: no series file (*.series.yaml) in meetings; see docs/series.md\n")


def test_workplan_pdf_is_reproducible_and_reads_as_the_html(root, monkeypatch, tmp_path):
    """`-f pdf` sets the HTML page (its print styles) with WeasyPrint: same bytes twice under
    SOURCE_DATE_EPOCH, dated by it, and the text of the table and the seven annotations."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (Debian poppler-utils) is needed: .ci/run installs it")
    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1600000000")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for target in (first, second):
        result = runner.invoke(app, ["workplan", "-f", "pdf", "-o", str(target)])
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()
    info = subprocess.run(["pdfinfo", "-isodates", str(first)], capture_output=True, text=True, check=True).stdout
    assert "CreationDate:    2020-09-13T12:26:40Z" in info
    text = subprocess.run(["pdftotext", "-layout", str(first), "-"], capture_output=True, text=True,
                          check=True).stdout
    words = " ".join(text.split())
    assert "UNODC/CCPCJ/EG.4/2018/CRP.1" in words
    assert "No later than 2021 7th meeting Stocktaking meeting;" in words
    assert all(f"{n}. " in text for n in range(1, 8))
