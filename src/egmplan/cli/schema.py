"""``egmplan schema``: the JSON Schema of a meeting file, for editors and CI."""

from __future__ import annotations

import sys


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of a meeting file.

    It comes from the same definitions the loader uses. Save it and point meeting files
    at it for completion in VS Code's YAML extension:
    # yaml-language-server: $schema=meeting.schema.json

    \b
    Example:
      egmplan schema > meetings/meeting.schema.json
    """
    from egmplan.loader.describe import json_schema_text

    sys.stdout.write(json_schema_text())
