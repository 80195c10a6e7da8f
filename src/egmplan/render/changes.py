"""The changes between two drafts as a listing: text, Markdown or JSON.

:mod:`egmplan.planning.diff` finds the changes as data; the style of the later draft's
language words them (``style.change_wording``); this module lays the listing out.
"""

from __future__ import annotations

from datetime import date, time

from egmplan import jsontext
from egmplan.planning.diff import SECTIONS, Change
from egmplan.render.filters import md_escape
from egmplan.render.wrapping import display_width


def render_changes(changes: list[Change], old_name: str, new_name: str, output_format: str, style,
                   clock: str = "12h") -> str:
    """The listing, grouped by section; each change ends with its key path."""
    if output_format == "json":
        return jsontext.dumps({"old": old_name, "new": new_name,
                               "changes": [_change_data(c, style) for c in changes]}, expanded_depth=2)
    markdown = output_format == "md"
    wording = style.change_wording(clock, markdown, md_escape if markdown else str)
    if markdown:
        lines = [f"# {wording.title(wording.user(old_name), wording.user(new_name))}", ""]
    else:
        title = wording.title(old_name, new_name)
        lines = [title, "=" * display_width(title), ""]  # underlined to its width in columns (CJK: two)
    if not changes:
        return "\n".join(lines + [wording.no_changes(), ""])
    for section in SECTIONS:
        entries = [c for c in changes if c.section == section]
        if not entries:
            continue
        heading = wording.section_title(section)
        lines += [f"## {heading}" if markdown else heading, *([] if markdown else ["-" * display_width(heading)]), ""]
        for change in entries:
            where = f"`{change.path}`" if markdown else f"({change.path})"
            lines.append(f"- {wording.sentence(change)} {where}")
        lines.append("")
    return "\n".join(lines)


def printed_rows(rows, style) -> tuple[tuple[str, str], ...]:
    """A sitting's rows of a rows_changed change as printed: (item, title worded continued)."""
    return tuple((item, title if suffix is None else style.continued_title(title, suffix))
                 for item, title, suffix in rows)


def _change_data(change: Change, style) -> dict:
    data = {"section": change.section, "kind": change.kind, "path": change.path, "field": change.field}
    for name in ("item", "track", "day", "sitting", "name", "times", "now"):
        value = getattr(change, name)
        if value is not None:
            data[name] = _json_value(value)
    before, after = change.before, change.after
    if change.kind == "rows_changed":
        before, after = printed_rows(before, style), printed_rows(after, style)
    data["before"], data["after"] = _json_value(before), _json_value(after)
    if change.words:
        data["words"] = [list(run) for run in change.words]
    if change.warning:
        data["warning"] = True
    return data


def _json_value(value):
    if isinstance(value, (date, time)):
        return value.isoformat() if isinstance(value, date) else value.strftime("%H:%M")
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return value
