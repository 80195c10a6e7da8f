"""CSV exporter: the organization-of-work rows with the JSON contract's columns."""

from __future__ import annotations

from egmplan.render import csvtext

COLUMNS = ("date", "sitting", "start", "end", "time", "item", "title", "continued", "track")


def render(view) -> str:
    """One line per row; every row carries its full date, sitting and time (no blank
    cells: a spreadsheet sorts and filters them). ``continued`` is ``true``/``false``."""
    return csvtext.write(COLUMNS, (
        (
            row.date,
            "" if row.sitting is None else row.sitting,
            row.start or "",
            row.end or "",
            row.time,
            row.item,
            row.title,
            "true" if row.continued else "false",
            row.track or "",
        )
        for row in view.table.rows
    ))
