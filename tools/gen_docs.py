"""Regenerate the documents that come from the code: docs/meeting-format.md,
docs/meeting.schema.json, docs/series.md, docs/series.schema.json and docs/cli.md, and the
table of limits in docs/checking.md.

Run: python tools/gen_docs.py   (tests/test_docs.py fails when a committed copy is stale)
"""

from pathlib import Path

from egmplan.cli import reference
from egmplan.loader.describe import (
    json_schema_text, markdown, series_json_schema_text, series_markdown, with_limits_table,
)

DOCS = Path(__file__).resolve().parent.parent / "docs"

GENERATED = {
    "meeting-format.md": markdown,
    "meeting.schema.json": json_schema_text,
    "series.md": series_markdown,
    "series.schema.json": series_json_schema_text,
    "cli.md": reference.markdown,
}


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for name, make in GENERATED.items():
        (DOCS / name).write_text(make(), encoding="utf-8")
        print(f"wrote docs/{name}")
    checking = DOCS / "checking.md"
    checking.write_text(with_limits_table(checking.read_text(encoding="utf-8")), encoding="utf-8")
    print("updated the table of limits in docs/checking.md")


if __name__ == "__main__":
    main()
