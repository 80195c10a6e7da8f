"""French: the site's pages, the workplan, and the history of a body's meetings."""

from __future__ import annotations

from datetime import date

from egmplan.style import cldr
from egmplan.style.en import capitalize_first, roman  # the same in French
from egmplan.style.fr.grammar import APOSTROPHE, LANGUAGE, kind_word, of_body, ordinal_figure, ordinal_word
from egmplan.style.fr.dates import RANGE, format_date, format_date_range, format_date_span_text
from egmplan.style.fr.agenda import _HEADINGS, _cite, meeting_phrase


# --- the history of a body's meetings ----------------------------------------------------

def history_sentence(entry, short_body: str) -> str:
    """``La première réunion du Groupe d’experts s’est tenue à Vienne du 17 au 21 janvier 2011.``;
    postponed: ``… devait initialement se tenir du 6 au 8 avril 2020 et s’est tenue à Vienne
    du 27 au 29 juillet 2020.``"""
    where = f" à {entry.venue}" if entry.venue else ""
    head = f"La {meeting_phrase(entry.number, entry.kind)} {of_body(short_body)}"
    held = f"s{APOSTROPHE}est tenue{where} {format_date_span_text(entry.start, entry.end)}"
    if entry.postponed_from:
        first = format_date_span_text(*entry.postponed_from)
        return f"{head} devait initialement se tenir {first} et {held}."
    return f"{head} {held}."


def history_paragraph(entries, short_body: str) -> str:
    """The first meeting in full, the others in one sentence: ``… La deuxième réunion s’est
    tenue du 25 au 28 février 2013, la troisième du 10 au 13 avril 2017 et la quatrième du 3
    au 5 avril 2018.`` Empty for no entries."""
    if not entries:
        return ""
    text = history_sentence(entries[0], short_body)
    rest = []
    for index, entry in enumerate(entries[1:]):
        words = (f"{meeting_phrase(entry.number, entry.kind)} s{APOSTROPHE}est tenue" if index == 0
                 else f"la {ordinal_word(entry.number)}")
        if entry.venue_changed and entry.venue:
            words += f" à {entry.venue}"
        words += f" {format_date_span_text(entry.start, entry.end)}"
        if entry.postponed_from:
            words += f" (initialement prévue {format_date_span_text(*entry.postponed_from)})"
        rest.append(words)
    if rest:
        text += f" La {cldr.join_and(rest, LANGUAGE)}."
    return text


# --- words of the workplan and the site's pages ------------------------------------------
# Sources and defaults: docs/languages.md, section French, "The site and the workplan".

NBSP = "\u00a0"   # before a colon, as in "Original : anglais"

WORDS = {
    "year": "Année",
    "meeting_column": "Réunion",
    "annotations": _HEADINGS["annotations"],
    "status": "État",
    "note": "Note",
    "announcement": "Annonce",
    "mandate": "Mandat",
    "history": "Réunions précédentes",
    "workplan": "Plan de travail",
    "dates_and_venue": "Dates et lieu",
    "dates": "Dates",
    "venue": "Lieu",
    "format": "Format",
    "documents": "Documents",
    "agenda_files": "Ordre du jour, organisation des travaux et calendrier",
    "statements": "Déclarations",
    "statements_note": "Déclarations reproduites telles que reçues",
    "general_statements": "Déclarations générales",
    "panellists": "Intervenants",
    "meetings": "Réunions",
    "report": "Rapport",
    # The body's name stays as given (no article to agree with it): "Groupe d’experts : toutes les réunions".
    "series_page": f"{{short_body}}{NBSP}: toutes les réunions",
    "meeting_page": "Page de la réunion",
}

FORMAT_WORDS = {"in-person": "en personne", "hybrid": "hybride (en personne et en ligne)", "online": "en ligne"}
FILE_WORDS = {
    "agenda.html": f"{_HEADINGS['title_annotated']} (HTML)",
    "agenda.docx": f"{_HEADINGS['title_annotated']} (Word)",
    "agenda.md": f"{_HEADINGS['title_annotated']} (Markdown)",
    "agenda.txt": f"{_HEADINGS['title_annotated']} (texte brut)",
    "agenda.json": f"{_HEADINGS['title_annotated']} (données JSON)",
    "orgwork.csv": "Organisation des travaux (CSV)",
    "sittings.ics": "Séances (fichier de calendrier)",
    "schedule.html": "Horaire des séances en heure locale",
}


# Punctuation between the parts of a line: on site pages (a document's title and its status, a
# label and its text, a delegation's statements, a panellist's country in brackets) and between
# the items of a calendar event's title.
PUNCTUATION = {"colon": "\u00a0: ", "semicolon": "; ", "full_stop": ". ", "before_open": " ", "open": "(", "close": ")"}


def part_heading(n: int, text: str | None) -> str:
    """A part heading, as in UNODC/CCPCJ/EG.4/2017/4: ``I. Introduction``."""
    return f"{roman(n)}. {text}" if text else f"{roman(n)}."


def year_range(first: int, last: int) -> str:
    """A period of years with the unspaced hyphen of French ranges: ``2018-2021``."""
    return str(first) if first == last else f"{first}{RANGE}{last}"


def meeting_figure(number: int, kind: str = "meeting") -> str:
    """A meeting in a workplan's table: ``4e réunion``, ``1re réunion``."""
    return f"{ordinal_figure(number, feminine=True)} {kind_word(kind)}"


def meeting_title(number: int, kind: str, body: str) -> str:
    """``Sixième réunion du Groupe d’experts chargé de réaliser une étude approfondie sur la
    cybercriminalité``."""
    return f"{capitalize_first(meeting_phrase(number, kind))} {of_body(body)}"


def _the_body(name: str) -> str:
    """The body's name with its definite article: ``le Groupe d’experts``, ``la Commission …``,
    ``l’Instance …`` (the article of :func:`of_body`)."""
    with_de = of_body(name)
    if with_de.startswith("du "):
        return "le " + with_de[3:]
    return with_de[3:]          # "de la X" -> "la X", "de l’X" -> "l’X"


def postponement_announcement(number: int, kind: str, short_body: str, dates: tuple[date, date],
                              first_dates: tuple[date, date], reason: str | None) -> str:
    """``La sixième réunion du Groupe d’experts a dû être reportée au 27-29 juillet 2020 en
    raison des conséquences de la pandémie de COVID-19 (dates initiales : 6-8 avril 2020).``
    ``reason`` is the meeting file's text, translated by its catalogue, placed as given."""
    because = f" {reason}" if reason else ""
    return (f"La {meeting_phrase(number, kind)} {of_body(short_body)} a dû être reportée au "
            f"{format_date_range(*dates)}{because} (dates initiales{NBSP}: {format_date_range(*first_dates)}).")


def workplan_adoption(adopted_at: int, kind: str, short_body: str, first_year: int, last_year: int,
                      symbol: str | None) -> str:
    """``À sa quatrième réunion, le Groupe d’experts a adopté son plan de travail pour la période
    2018-2021 (UNODC/CCPCJ/EG.4/2018/CRP.1). Conformément au plan de travail :``"""
    cited = f" ({symbol})" if symbol else ""
    return (f"À sa {meeting_phrase(adopted_at, kind)}, {_the_body(short_body)} a adopté son plan de travail "
            f"pour la période {year_range(first_year, last_year)}{cited}. Conformément au plan de travail{NBSP}:")


def workplan_entry(year: str, number: int, kind: str, topics) -> str:
    """``2020, sixième réunion : Coopération internationale; Prévention``."""
    return f"{year}, {meeting_phrase(number, kind)}{NBSP}: {'; '.join(topics)}"


def workplan_title(short_body: str, period: str) -> str:
    """``Plan de travail du Groupe d’experts pour la période 2018-2021``."""
    return f"Plan de travail {of_body(short_body)} pour la période {period}"


def statements_heading(item_number: str | None, item_title: str | None) -> str:
    """``Déclarations générales`` or ``Déclarations au titre du point 2 de l’ordre du jour
    (Coopération internationale)``."""
    if item_number is None:
        return WORDS["general_statements"]
    return f"Déclarations au titre du point {_cite(item_number)} de l{APOSTROPHE}ordre du jour ({item_title})"


def panel_heading(item_number: str, item_title: str) -> str:
    """``Intervenants au titre du point 2 de l’ordre du jour (Coopération internationale)``."""
    return f"Intervenants au titre du point {_cite(item_number)} de l{APOSTROPHE}ordre du jour ({item_title})"


def status_line(status: str | None, day: date | None) -> str:
    """``Reproduit tel que reçu. État : 1er juin 2020`` (``status`` is the file's text,
    translated by its catalogue)."""
    parts = []
    if status:
        parts.append(status.rstrip(".") + ".")
    if day:
        parts.append(f"{WORDS['status']}{NBSP}: {format_date(day)}")
    return " ".join(parts)


def country_name(code: str, un_name: str) -> str:
    """CLDR's French name of the country (``Russie``); the UN short name where CLDR has none."""
    return cldr.territory_name(LANGUAGE, code) or un_name
