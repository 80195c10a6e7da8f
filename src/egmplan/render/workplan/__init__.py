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
from datetime import datetime, timezone

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
    language: str = "en"         # the style's: <html lang>, the Word file's language and direction
    direction: str = "ltr"


def build_workplan_view(series: Series, workplan: Workplan, style, generated: datetime | None = None) -> WorkplanView:
    period = style.year_range(workplan.first_year, workplan.last_year)
    kinds = {m.number: m.kind for m in series.meetings}
    words = style.WORDS
    return WorkplanView(
        series=series.id,
        body=series.body,
        title=workplan.title or style.workplan_title(series.short_body, period),
        symbol=workplan.symbol,
        period=period,
        adopted_at=workplan.adopted_at,
        table_heading=style.part_heading(1, workplan.table_heading),
        year_heading=words["year"],
        meeting_heading=words["meeting_column"],
        topics_heading=workplan.topics_heading,
        rows=tuple(WorkplanRowView(r.year, r.meeting, style.meeting_figure(r.meeting, kinds.get(r.meeting, "meeting")),
                                   r.topics) for r in workplan.rows),
        annotations_heading=style.part_heading(2, words["annotations"]),
        annotations=workplan.annotations,
        generated=generated,
        language=style.LANGUAGE,
        direction=style.DIRECTION,
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
    """One standalone HTML page with print styles (``templates/workplan.html.j2``)."""
    from egmplan.render.templates import render as render_template

    return render_template("workplan.html.j2", view=view)


def render_pdf(view: WorkplanView) -> bytes:
    """The HTML page set on A4 pages by WeasyPrint (:mod:`egmplan.render.pdf`); its date is the
    view's one instant (else the Unix epoch)."""
    from egmplan.render.pdf import from_html

    return from_html(render_html(view), view.generated or datetime(1970, 1, 1, tzinfo=timezone.utc))


def render_json(view: WorkplanView) -> str:
    from dataclasses import asdict

    data = asdict(view)
    for layout in ("generated", "language", "direction"):
        del data[layout]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
