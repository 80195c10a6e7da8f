"""The schedule as the JSON contract of issue 4 (``Schedule.to_dict``)."""

from __future__ import annotations

import json


def render(schedule) -> str:
    return json.dumps(schedule.to_dict(), indent=2, ensure_ascii=False) + "\n"
