"""The floor for Word output: python-docx alone writes a document of the same size as
egmplan's (the same text, one paragraph per line, and the organization-of-work table)."""

import csv
import sys
from pathlib import Path

import docx


def main(built: Path, out: Path) -> None:
    for folder in sorted(p for p in built.iterdir() if p.is_dir()):
        document = docx.Document()
        for line in (folder / "agenda.txt").read_text(encoding="utf-8").splitlines():
            document.add_paragraph(line)
        rows = list(csv.reader((folder / "orgwork.csv").open(encoding="utf-8")))
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        target = out / folder.name
        target.mkdir(parents=True, exist_ok=True)
        document.save(target / "agenda.docx")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
