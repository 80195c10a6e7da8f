"""Spanish: the site's pages, the workplan, and the history of a body's meetings."""

from __future__ import annotations

from datetime import date

from egmplan.style import cldr
from egmplan.style.en import capitalize_first, roman  # the same in Spanish
from egmplan.style.es.grammar import LANGUAGE, _feminine, kind_word, of_body, ordinal_figure, ordinal_word
from egmplan.style.es.dates import format_date, format_date_range, format_date_span_text
from egmplan.style.es.agenda import _HEADINGS, _cite, meeting_phrase


# --- the history of a body's meetings ----------------------------------------------------

def history_sentence(entry, short_body: str) -> str:
    """``La primera reunión del Grupo de Expertos se celebró en Viena del 17 al 21 de enero de
    2011.``; postponed: ``La sexta reunión del Grupo de Expertos, prevista inicialmente del 6
    al 8 de abril de 2020, se celebró en Viena del 27 al 29 de julio de 2020.``"""
    where = f" en {entry.venue}" if entry.venue else ""
    article = "La" if _feminine(entry.kind) else "El"
    head = f"{article} {meeting_phrase(entry.number, entry.kind)} {of_body(short_body)}"
    held = f"se celebró{where} {format_date_span_text(entry.start, entry.end)}"
    if entry.postponed_from:
        planned = "prevista" if _feminine(entry.kind) else "previsto"
        return f"{head}, {planned} inicialmente {format_date_span_text(*entry.postponed_from)}, {held}."
    return f"{head} {held}."


def history_paragraph(entries, short_body: str) -> str:
    """The first meeting in full, the others in one sentence: ``… La segunda reunión se
    celebró del 25 al 28 de febrero de 2013, la tercera del 10 al 13 de abril de 2017 y la
    cuarta del 3 al 5 de abril de 2018.`` Empty for no entries."""
    if not entries:
        return ""
    text = history_sentence(entries[0], short_body)
    rest = []
    for index, entry in enumerate(entries[1:]):
        feminine = _feminine(entry.kind)
        article = "la" if feminine else "el"
        words = (f"{meeting_phrase(entry.number, entry.kind)} se celebró" if index == 0
                 else f"{article} {ordinal_word(entry.number, feminine=feminine)}")
        if entry.venue_changed and entry.venue:
            words += f" en {entry.venue}"
        words += f" {format_date_span_text(entry.start, entry.end)}"
        if entry.postponed_from:
            planned = "prevista" if feminine else "previsto"
            words += f" ({planned} inicialmente {format_date_span_text(*entry.postponed_from)})"
        rest.append(words)
    if rest:
        article = "La" if _feminine(entries[1].kind) else "El"
        text += f" {article} {cldr.join_and(rest, LANGUAGE)}."
    return text


# --- words of the workplan and the site's pages ------------------------------------------
# Sources and defaults: docs/languages.md, section Spanish, "The site and the workplan".

WORDS = {
    "year": "Año",
    "meeting_column": "Reunión",
    "annotations": _HEADINGS["annotations"],
    "status": "Estado",
    "note": "Nota",
    "announcement": "Anuncio",
    "mandate": "Mandato",
    "history": "Reuniones anteriores",
    "workplan": "Plan de trabajo",
    "dates_and_venue": "Fechas y lugar",
    "dates": "Fechas",
    "venue": "Lugar",
    "format": "Formato",
    "documents": "Documentos",
    "agenda_files": "Programa, organización de los trabajos y calendario",
    "statements": "Declaraciones",
    "statements_note": "Declaraciones reproducidas tal como se recibieron",
    "general_statements": "Declaraciones generales",
    "panellists": "Panelistas",
    "meetings": "Reuniones",
    "report": "Informe",
    # The body's name stays as given (no article to agree with it): "Grupo de Expertos: todas las reuniones".
    "series_page": "{short_body}: todas las reuniones",
    "meeting_page": "Página de la reunión",
}

FORMAT_WORDS = {"in-person": "presencial", "hybrid": "híbrido (presencial y en línea)", "online": "en línea"}
FILE_WORDS = {
    "agenda.html": f"{_HEADINGS['title_annotated']} (HTML)",
    "agenda.docx": f"{_HEADINGS['title_annotated']} (Word)",
    "agenda.md": f"{_HEADINGS['title_annotated']} (Markdown)",
    "agenda.txt": f"{_HEADINGS['title_annotated']} (texto sin formato)",
    "agenda.json": f"{_HEADINGS['title_annotated']} (datos JSON)",
    "orgwork.csv": "Organización de los trabajos (CSV)",
    "sittings.ics": "Sesiones (archivo de calendario)",
    "schedule.html": "Horario de las sesiones en hora local",
}


# Punctuation between the parts of a line: on site pages (a document's title and its status, a
# label and its text, a delegation's statements, a panellist's country in brackets) and between
# the items of a calendar event's title.
PUNCTUATION = {"colon": ": ", "semicolon": "; ", "full_stop": ". ", "before_open": " ", "open": "(", "close": ")"}


def part_heading(n: int, text: str | None) -> str:
    """A part heading, as in UNODC/CCPCJ/EG.4/2013/2: ``I. Introducción``."""
    return f"{roman(n)}. {text}" if text else f"{roman(n)}."


def year_range(first: int, last: int) -> str:
    """A period of years joined by an unspaced hyphen: ``2018-2021``."""
    return str(first) if first == last else f"{first}-{last}"


def meeting_figure(number: int, kind: str = "meeting") -> str:
    """A meeting in a workplan's table: ``4ª reunión``, ``4º período de sesiones``."""
    return f"{ordinal_figure(number, feminine=_feminine(kind))} {kind_word(kind)}"


def meeting_title(number: int, kind: str, body: str) -> str:
    """``Sexta reunión del Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre
    el Delito Cibernético``."""
    return f"{capitalize_first(meeting_phrase(number, kind))} {of_body(body)}"


def _the_body(name: str) -> str:
    """The body's name with its definite article: ``el Grupo de Expertos``, ``la Comisión …``
    (the article of :func:`of_body`)."""
    with_de = of_body(name)
    return "el " + with_de[4:] if with_de.startswith("del ") else with_de[3:]


def postponement_announcement(number: int, kind: str, short_body: str, dates: tuple[date, date],
                              first_dates: tuple[date, date], reason: str | None) -> str:
    """``La sexta reunión del Grupo de Expertos tuvo que aplazarse debido a las repercusiones de
    la pandemia de COVID-19 (nuevas fechas: 27 a 29 de julio de 2020; fechas originales: 6 a 8 de
    abril de 2020).`` ``reason`` is the meeting file's text, translated by its catalogue."""
    article = "La" if _feminine(kind) else "El"
    because = f" {reason}" if reason else ""
    return (f"{article} {meeting_phrase(number, kind)} {of_body(short_body)} tuvo que aplazarse{because} "
            f"(nuevas fechas: {format_date_range(*dates)}; fechas originales: {format_date_range(*first_dates)}).")


def workplan_adoption(adopted_at: int, kind: str, short_body: str, first_year: int, last_year: int,
                      symbol: str | None) -> str:
    """``En su cuarta reunión, el Grupo de Expertos aprobó su plan de trabajo para el período
    2018-2021 (UNODC/CCPCJ/EG.4/2018/CRP.1). De conformidad con el plan de trabajo:``"""
    cited = f" ({symbol})" if symbol else ""
    return (f"En su {meeting_phrase(adopted_at, kind)}, {_the_body(short_body)} aprobó su plan de trabajo "
            f"para el período {year_range(first_year, last_year)}{cited}. De conformidad con el plan de trabajo:")


def workplan_entry(year: str, number: int, kind: str, topics) -> str:
    """``2020, sexta reunión: Cooperación internacional; Prevención``."""
    return f"{year}, {meeting_phrase(number, kind)}: {'; '.join(topics)}"


def workplan_title(short_body: str, period: str) -> str:
    """``Plan de trabajo del Grupo de Expertos para el período 2018-2021``."""
    return f"Plan de trabajo {of_body(short_body)} para el período {period}"


def statements_heading(item_number: str | None, item_title: str | None) -> str:
    """``Declaraciones generales`` or ``Declaraciones en relación con el tema 2 del programa
    (Cooperación internacional)``."""
    if item_number is None:
        return WORDS["general_statements"]
    return f"Declaraciones en relación con el tema {_cite(item_number)} del programa ({item_title})"


def panel_heading(item_number: str, item_title: str) -> str:
    """``Panelistas en relación con el tema 2 del programa (Cooperación internacional)``."""
    return f"Panelistas en relación con el tema {_cite(item_number)} del programa ({item_title})"


def status_line(status: str | None, day: date | None) -> str:
    """``Reproducido tal como se recibió. Estado: 1 de junio de 2020`` (``status`` is the
    file's text, translated by its catalogue)."""
    parts = []
    if status:
        parts.append(status.rstrip(".") + ".")
    if day:
        parts.append(f"{WORDS['status']}: {format_date(day)}")
    return " ".join(parts)


def country_name(code: str, un_name: str) -> str:
    """CLDR's Spanish name of the country (``Rusia``); the UN short name where CLDR has none."""
    return cldr.territory_name(LANGUAGE, code) or un_name
