"""Regenerate what comes from the PDF exporter: the golden texts tests/golden/pdf/<meeting>.txt
(pdftotext -layout of each bundled meeting's agenda.pdf) and README's picture of a PDF page,
docs/images/agenda-pdf.png (page 1 of the seventh meeting, pdftoppm at 60 dpi).

Run after a deliberate change to the PDF's layout, then look at the picture and the diff:
    .venv/bin/python tools/gen_pdf_samples.py
Needs egmplan[pdf] and poppler-utils. SOURCE_DATE_EPOCH is fixed, so the files are reproducible.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEETING_IDS = ("egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021")
EPOCH = "1617667200"  # tests/test_pdf.py builds with the same instant


def main() -> None:
    golden = ROOT / "tests" / "golden" / "pdf"
    golden.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as out:
        env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
        subprocess.run([sys.executable, "-m", "egmplan", "agenda", "build", *MEETING_IDS, "-f", "pdf", "-o", out, "-q"],
                       cwd=ROOT, env=env, check=True)
        for meeting_id in MEETING_IDS:
            pdf = Path(out) / meeting_id / "agenda.pdf"
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout
            (golden / f"{meeting_id}.txt").write_text(text, encoding="utf-8")
            print(f"wrote tests/golden/pdf/{meeting_id}.txt")
        image = ROOT / "docs" / "images" / "agenda-pdf"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        str(Path(out) / "egm-cybercrime-2021" / "agenda.pdf"), str(image)], check=True)
        print("wrote docs/images/agenda-pdf.png")


if __name__ == "__main__":
    main()
