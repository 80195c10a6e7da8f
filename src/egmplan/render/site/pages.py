"""The HTML of the site's pages. Every text is escaped; headings go h1, h2, h3 in order;
tables have header cells; the print style drops the navigation."""

from __future__ import annotations

from html import escape

from egmplan import placeholders
from egmplan.model import Meeting
from egmplan.model_series import MeetingFacts, Series
from egmplan.model_series import history

_CSS = """body{font-family:"Times New Roman",Times,serif;font-size:12pt;line-height:1.4;color:#111;max-width:46em;margin:1.5em auto;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #999}h3{font-size:1.05em}
nav{font-size:.95em;margin-bottom:1em}.announcement{border:2px solid #a00;padding:.6em .8em;background:#fff4f4}.announcement h2{margin-top:0}
.subtitle{font-size:1.1em;margin-top:0}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #666;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eee}
li{margin-bottom:.35em}.symbol,.status{white-space:nowrap}.note{font-style:italic}
a{color:#0645ad}dl{display:grid;grid-template-columns:auto 1fr;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}
@media print{nav{display:none}body{margin:0;max-width:none}a{color:inherit;text-decoration:none}th{background:none}
.announcement{background:none}@page{size:A4;margin:2cm}}"""


def _page(title: str, body: list[str]) -> str:
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        *body,
        "</body>",
        "</html>",
    ]) + "\n"


def _mandate(series: Series) -> str | None:
    if not series.mandate:
        return None
    resolution = series.established_by
    values = {"body": series.body, "short_body": series.short_body,
              "resolution": resolution.text if resolution else "",
              "resolution_title": (resolution.title or "") if resolution else ""}
    return placeholders.fill_values(series.mandate, values)


def _paragraphs(text: str) -> list[str]:
    return [f"<p>{escape(' '.join(p.split()))}</p>" for p in text.split("\n\n") if p.strip()]


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


# --- the series page ----------------------------------------------------------------------

def series_page(series: Series, style) -> str:
    from egmplan.render.site import page_folder

    words = style.WORDS
    body = ["<main>", f"<h1>{escape(series.body)}</h1>"]
    mandate = _mandate(series)
    if mandate:
        body += [f'<h2 id="mandate">{escape(words["mandate"])}</h2>', *_paragraphs(mandate)]
    body += [f'<h2 id="meetings">{escape(words["meetings"])}</h2>', "<table>",
             "<thead><tr>" + "".join(f'<th scope="col">{escape(h)}</th>' for h in (
                 words["meeting_column"], words["dates"], words["venue"], words["report"])) + "</tr></thead>",
             "<tbody>"]
    for facts in series.meetings:
        title = style.capitalize_first(f"{style.ordinal_word(facts.number)} {facts.kind}")
        body.append(
            f'<tr><th scope="row">{_link(page_folder(facts) + "/index.html", title)}</th>'
            f"<td>{escape(style.format_date_range(facts.start, facts.end))}</td>"
            f"<td>{escape(facts.venue or '')}</td><td>{escape(facts.report or '')}</td></tr>")
    body += ["</tbody>", "</table>"]
    plan = series.current_workplan
    if plan is not None:
        body += [f'<h2 id="workplan">{escape(words["workplan"])} '
                 f'{escape(style.year_range(plan.first_year, plan.last_year))}</h2>',
                 f"<p>{escape(style.workplan_adoption(plan.adopted_at, _kind(series, plan.adopted_at), series.short_body, plan.first_year, plan.last_year, plan.symbol))}</p>",
                 "<table>",
                 "<thead><tr>" + "".join(f'<th scope="col">{escape(h)}</th>' for h in (
                     words["year"], words["meeting_column"], plan.topics_heading)) + "</tr></thead>", "<tbody>"]
        for row in plan.rows:
            body.append(f'<tr><td>{escape(row.year)}</td><th scope="row">'
                        f"{escape(style.meeting_figure(row.meeting, _kind(series, row.meeting)))}</th>"
                        f"<td>{'<br>'.join(escape(t) for t in row.topics)}</td></tr>")
        body += ["</tbody>", "</table>",
                 "<p>" + ", ".join(_link(f"workplan/workplan.{ext}", name) for ext, name in (
                     ("html", "HTML"), ("docx", "Word"), ("md", "Markdown"), ("txt", "plain text"),
                     ("json", "JSON data"))) + "</p>"]
    body.append("</main>")
    return _page(series.body, body)


def _kind(series: Series, number: int) -> str:
    facts = series.meeting(number)
    return facts.kind if facts else "meeting"


# --- a meeting's page -----------------------------------------------------------------------

def meeting_page(series: Series, facts: MeetingFacts, meeting: Meeting | None, style) -> str:
    from egmplan.render.site import AGENDA_FILES

    words = style.WORDS
    title = style.meeting_title(facts.number, facts.kind, series.body)
    where = f"{facts.venue}, " if facts.venue else ""
    body = [f'<nav>{_link("../index.html", words["series_page"].format(short_body=series.short_body))}</nav>',
            "<main>", f"<h1>{escape(title)}</h1>",
            f'<p class="subtitle">{escape(where + style.format_date_range(facts.start, facts.end))}</p>']
    if facts.postponed_from:
        text = style.postponement_announcement(facts.number, facts.kind, series.short_body, (facts.start, facts.end),
                                               facts.postponed_from, facts.postponement_reason)
        body += [f'<section class="announcement" id="announcement"><h2>{escape(words["announcement"])}</h2>'
                 f"<p>{escape(text)}</p></section>"]
    mandate = _mandate(series)
    if mandate:
        body += [f'<h2 id="mandate">{escape(words["mandate"])}</h2>', *_paragraphs(mandate)]
    earlier = history(series.earlier_than(facts.number))
    if earlier:
        body += [f'<h2 id="history">{escape(words["history"])}</h2>',
                 f"<p>{escape(style.history_paragraph(earlier, series.short_body))}</p>"]
    plan = series.workplan_for(facts.number)
    if plan is not None:
        body += [f'<h2 id="workplan">{escape(words["workplan"])}</h2>',
                 f"<p>{escape(style.workplan_adoption(plan.adopted_at, _kind(series, plan.adopted_at), series.short_body, plan.first_year, plan.last_year, plan.symbol))}</p>",
                 "<ul>"]
        body += [f"<li>{escape(style.workplan_entry(row.year, row.meeting, _kind(series, row.meeting), row.topics))}</li>"
                 for row in plan.rows if row.meeting >= facts.number]
        body.append("</ul>")
    body += [f'<h2 id="dates">{escape(words["dates_and_venue"])}</h2>', "<dl>",
             f"<dt>{escape(words['dates'])}</dt><dd>{escape(style.format_date_range(facts.start, facts.end))}</dd>"]
    if facts.venue:
        body.append(f"<dt>{escape(words['venue'])}</dt><dd>{escape(facts.venue)}</dd>")
    if meeting is not None:
        body.append(f"<dt>{escape(words['format'])}</dt><dd>{escape(style.FORMAT_WORDS[meeting.format])}</dd>")
    if facts.report:
        body.append(f"<dt>{escape(words['report'])}</dt><dd>{escape(facts.report)}</dd>")
    body.append("</dl>")
    if meeting is not None:
        body += [f'<h2 id="agenda">{escape(words["agenda_files"])}</h2>', "<ul>"]
        symbol = f" ({meeting.symbol})" if meeting.symbol else ""
        body += [f"<li>{_link(name, style.FILE_WORDS[name] + (symbol if name.startswith('agenda') else ''))}</li>"
                 for name in AGENDA_FILES]
        body.append("</ul>")
        body += _documents(meeting, words, style)
        body += _statements(meeting, words, style)
        body += _panellists(meeting, words, style)
    body.append("</main>")
    return _page(title, body)


def _documents(meeting: Meeting, words, style) -> list[str]:
    if not meeting.documents:
        return []
    out = [f'<h2 id="documents">{escape(words["documents"])}</h2>', "<ul>"]
    for document in meeting.documents:
        text = _link(document.address, document.title) if document.address else escape(document.title)
        if document.symbol:
            text += f' <span class="symbol">({escape(document.symbol)})</span>'
        status = style.status_line(document.status, document.date)
        if status:
            text += f'. <span class="status">{escape(status)}</span>'
        if document.note:
            text += f'<br><span class="note">{escape(words["note"])}: {escape(" ".join(document.note.split()))}</span>'
        out.append(f"<li>{text}</li>")
    out.append("</ul>")
    return out


def _statements(meeting: Meeting, words, style) -> list[str]:
    if not meeting.statements:
        return []
    out = [f'<h2 id="statements">{escape(words["statements"])}</h2>', f"<p>{escape(words['statements_note'])}</p>"]
    groups: dict[str | None, list] = {}
    for statement in meeting.statements:
        groups.setdefault(statement.item, []).append(statement)
    order = sorted(groups, key=lambda n: (n is not None, _item_order(meeting, n)))
    for number in order:
        item = meeting.item(number) if number is not None else None
        anchor = "statements-general" if number is None else f"statements-item-{number.replace(' ', '').replace('(', '-').rstrip(')')}"
        out.append(f'<h3 id="{anchor}">{escape(style.statements_heading(number, item.title if item else None))}</h3>')
        out.append("<ul>" + "".join(f"<li>{_statement(s)}</li>" for s in groups[number]) + "</ul>")
    return out


def _item_order(meeting: Meeting, number: str | None) -> int:
    numbers = [i.number for i in meeting.all_items()]
    return numbers.index(number) if number in numbers else -1


def _statement(statement) -> str:
    """``Russian Federation 1; 2`` when it sent several, each number a link when addressed."""
    name = escape(statement.delegation)
    if statement.addresses and statement.count == 1:
        return _link(statement.addresses[0], statement.delegation)
    if statement.count == 1:
        return name
    parts = [(_link(statement.addresses[n], str(n + 1)) if n < len(statement.addresses) else str(n + 1))
             for n in range(statement.count)]
    return f"{name} {'; '.join(parts)}"


def _panellists(meeting: Meeting, words, style) -> list[str]:
    from egmplan import places

    items = [i for i in meeting.all_items() if i.speakers and i.speakers.panellists]
    if not items:
        return []
    out = [f'<h2 id="panellists">{escape(words["panellists"])}</h2>']
    for item in items:
        out.append(f"<h3>{escape(style.panel_heading(item.number, item.title))}</h3>")
        out.append("<ul>")
        for panellist in item.speakers.panellists:
            text = escape(panellist.display_name)
            if panellist.country:
                text += f" ({escape(places.country(panellist.country).name)})"
            if panellist.title:
                text += f": <cite>{escape(panellist.title)}</cite>"
            out.append(f"<li>{text}</li>")
        out.append("</ul>")
    return out
