"""``egmplan schema``: the JSON Schema of a meeting file or a series file, for editors and CI."""

from __future__ import annotations

import sys

import typer

from egmplan.errors import printable

KINDS = ("meeting", "series")


def schema(
    kind: str = typer.Argument("meeting", metavar="[meeting|series]",
                               help="Which file: a meeting file, or a series file (*.series.yaml)."),
) -> None:
    """Print the JSON Schema (draft 2020-12) of a meeting file, or of a series file.

    It comes from the same definitions the loader uses. Save it and point meeting files
    at it for completion in VS Code's YAML extension:
    # yaml-language-server: $schema=meeting.schema.json

    \b
    Examples:
      egmplan schema > meetings/meeting.schema.json
      egmplan schema series > meetings/series.schema.json
    """
    if kind not in KINDS:
        raise typer.BadParameter(f"expected meeting or series, got {printable(kind)!r}", param_hint="KIND")
    from egmplan.loader import describe

    sys.stdout.write(describe.json_schema_text() if kind == "meeting" else describe.series_json_schema_text())
