"""The schedule as one standalone HTML page; every text is escaped."""

from __future__ import annotations

from html import escape

from egmplan.render.schedule.view import build_view

_CSS = """body{font-family:system-ui,sans-serif;margin:2em;color:#111}
table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#eee}.detail{display:block;font-size:.85em;color:#444}
.working{background:#e3f4e1}.early-late{background:#fdf3cf}.night{background:#f9d9d9}
@media print{body{margin:0}th{background:none}}"""


def _css_class(comfort: str | None) -> str:
    return comfort.replace("/", "-") if comfort else ""


def render(schedule, *, layout: str | None = None) -> str:
    view = build_view(schedule, layout=layout)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(view.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(view.title)}</h1>",
        f"<p>{escape(view.subtitle)}</p>",
        f'<table class="{view.layout}">',
        "<thead><tr>" + "".join(f'<th scope="col">{escape(c)}</th>' for c in view.columns) + "</tr></thead>",
        "<tbody>",
    ]
    for row in view.rows:
        cells = []
        for cell in row:
            css = _css_class(cell.comfort)
            attribute = f' class="{css}"' if css else ""
            body = escape(cell.headline)
            details = cell.details if view.layout == "wide" else cell.detail
            if details:
                body += f'<span class="detail">{escape(details)}</span>'
            cells.append(f"<td{attribute}>{body}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>", f"<p>{escape(view.legend)}</p>"]
    if view.notes:
        out += ["<h2>Notes</h2>", "<ul>"] + [f"<li>{escape(n)}</li>" for n in view.notes] + ["</ul>"]
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
