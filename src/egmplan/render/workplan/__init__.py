"""The workplan of a series as a document, in the layout of the Chair's proposal for the
workplan of the Expert Group for the period 2018–2021 (UNODC/CCPCJ/EG.4/2018/CRP.1):
part I, the table of meetings (year, meeting, main topics); part II, the numbered
annotations.

The formats are the ``workplan`` kind of :mod:`egmplan.render.registry`; each renderer
takes the :class:`WorkplanView` and returns ``str`` (``bytes`` for Word).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from egmplan.model_series import Series, Workplan


@dataclass(frozen=True)
class WorkplanRowView:
    year: str
    meeting: int
    meeting_text: str            # "4th meeting"
    topics: tuple[str, ...]


@dataclass(frozen=True)
class WorkplanView:
    """Everything a workplan document prints, worded once (``style``)."""

    series: str
    body: str
    title: str
    symbol: str | None
    period: str                  # "2018–2021"
    adopted_at: int
    table_heading: str           # "I. Provisional meeting arrangements of the expert group:"
    year_heading: str
    meeting_heading: str
    topics_heading: str
    rows: tuple[WorkplanRowView, ...]
    annotations_heading: str     # "II. Annotations"
    annotations: tuple[str, ...]
    generated: datetime | None = field(default=None, compare=False)  # the Word file's one instant


def build_workplan_view(series: Series, workplan: Workplan, style, generated: datetime | None = None) -> WorkplanView:
    period = style.year_range(workplan.first_year, workplan.last_year)
    kinds = {m.number: m.kind for m in series.meetings}
    words = style.WORDS
    return WorkplanView(
        series=series.id,
        body=series.body,
        title=workplan.title or f"Workplan of the {series.short_body} for the period {period}",
        symbol=workplan.symbol,
        period=period,
        adopted_at=workplan.adopted_at,
        table_heading=f"{style.roman(1)}. {workplan.table_heading}" if workplan.table_heading else f"{style.roman(1)}.",
        year_heading=words["year"],
        meeting_heading=words["meeting_column"],
        topics_heading=workplan.topics_heading,
        rows=tuple(WorkplanRowView(r.year, r.meeting, style.meeting_figure(r.meeting, kinds.get(r.meeting, "meeting")),
                                   r.topics) for r in workplan.rows),
        annotations_heading=f"{style.roman(2)}. {words['annotations']}",
        annotations=workplan.annotations,
        generated=generated,
    )


def render_md(view: WorkplanView) -> str:
    from egmplan.render.filters import md_cell, md_escape

    lines = [f"# {md_cell(view.title)}", ""]
    if view.symbol:
        lines += [md_escape(view.symbol), ""]
    lines += [f"## {md_cell(view.table_heading)}", "",
              f"| {md_cell(view.year_heading)} | {md_cell(view.meeting_heading)} | {md_cell(view.topics_heading)} |",
              "|---|---|---|"]
    for row in view.rows:
        lines.append(f"| {md_cell(row.year)} | {md_cell(row.meeting_text)} | "
                     f"{'; '.join(md_cell(t) for t in row.topics)} |")
    lines += ["", f"## {md_cell(view.annotations_heading)}", ""]
    for number, text in enumerate(view.annotations, start=1):
        lines += [f"{number}. {md_escape(' '.join(text.split()), line_start=False)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def render_txt(view: WorkplanView) -> str:
    from egmplan.render.filters import hanging, wrap
    from egmplan.render.plaintable import display_width

    lines = [wrap(view.title)]
    if view.symbol:
        lines.append(view.symbol)
    lines += ["", wrap(view.table_heading), ""]
    year_width = max(display_width(r.year) for r in (*view.rows, _Header(view.year_heading)))
    year_width = min(year_width, 20)
    meeting_width = max(display_width(r.meeting_text) for r in (*view.rows, _Header(view.meeting_heading)))
    topics_at = year_width + meeting_width + 4
    lines.append(f"{view.year_heading.ljust(year_width)}  {view.meeting_heading.ljust(meeting_width)}  "
                 f"{view.topics_heading}".rstrip())
    lines.append("-" * 80)
    for row in view.rows:
        year_lines = wrap(row.year, year_width).splitlines() or [""]
        topics = [f"{t};" if n < len(row.topics) - 1 else t for n, t in enumerate(row.topics)]
        topic_lines = [line for t in topics for line in wrap(t, 80 - topics_at).splitlines()]
        for n in range(max(len(year_lines), len(topic_lines))):
            year = year_lines[n] if n < len(year_lines) else ""
            meeting = row.meeting_text if n == 0 else ""
            topic = topic_lines[n] if n < len(topic_lines) else ""
            lines.append(f"{year.ljust(year_width)}  {meeting.ljust(meeting_width)}  {topic}".rstrip())
        lines.append("")
    lines += [wrap(view.annotations_heading), ""]
    for number, text in enumerate(view.annotations, start=1):
        lines += [hanging(text, f"{number}.", gap=4), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


@dataclass(frozen=True)
class _Header:
    year: str = ""

    @property
    def meeting_text(self) -> str:
        return self.year


def render_html(view: WorkplanView) -> str:
    from markupsafe import escape

    rows = "\n".join(
        f"<tr><td>{escape(r.year)}</td><td>{escape(r.meeting_text)}</td>"
        f"<td>{'<br>'.join(str(escape(t)) + (';' if n < len(r.topics) - 1 else '') for n, t in enumerate(r.topics))}</td></tr>"
        for r in view.rows
    )
    annotations = "\n".join(f"<li>{escape(' '.join(a.split()))}</li>" for a in view.annotations)
    symbol = f'<p class="symbol">{escape(view.symbol)}</p>\n' if view.symbol else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(view.title)}</title>
<style>
body {{ font-family: "Times New Roman", Times, serif; font-size: 11pt; max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.35; }}
h1 {{ font-size: 14pt; }} h2 {{ font-size: 12pt; }}
.symbol {{ text-align: right; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #000; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }}
ol li {{ margin-bottom: 0.6em; text-align: justify; }}
@media print {{ body {{ margin: 0; max-width: none; }} @page {{ size: A4; margin: 2.5cm 2cm; }} tr {{ break-inside: avoid; }} }}
</style>
</head>
<body>
<main>
{symbol}<h1>{escape(view.title)}</h1>
<h2>{escape(view.table_heading)}</h2>
<table>
<thead><tr><th scope="col">{escape(view.year_heading)}</th><th scope="col">{escape(view.meeting_heading)}</th><th scope="col">{escape(view.topics_heading)}</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h2>{escape(view.annotations_heading)}</h2>
<ol>
{annotations}
</ol>
</main>
</body>
</html>
"""


def render_json(view: WorkplanView) -> str:
    from dataclasses import asdict

    data = asdict(view)
    del data["generated"]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
