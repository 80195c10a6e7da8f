"""The schedule as the JSON contract of issue 4 (``Schedule.to_dict``).

Indented down to one line per zone and sitting: readable, and the leaves go through the
C encoder (``json.dumps`` with ``indent`` runs in pure Python, five times slower for
``--tz all``).
"""

from __future__ import annotations

import json

EXPANDED_DEPTH = 4  # document > sittings > sitting > local > one zone's entry on one line


def _dump(value, depth: int, pad: str = "") -> str:
    if depth >= EXPANDED_DEPTH or not isinstance(value, (dict, list)) or not value:
        return json.dumps(value, ensure_ascii=False)
    inner = pad + "  "
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dump(v, depth + 1, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    items = [f"{inner}{_dump(v, depth + 1, inner)}" for v in value]
    return "[\n" + ",\n".join(items) + f"\n{pad}]"


def render(schedule) -> str:
    return _dump(schedule.to_dict(), 0) + "\n"
