"""French as the UN's French Translation Service writes meeting documents.

Same functions and contracts as :mod:`egmplan.style.en`. Month and weekday names come from
CLDR through Babel (:mod:`egmplan.style.cldr`); the UN conventions sit on top of them. The
sources of each convention are listed in ``docs/languages.md`` (section "French"), e.g.
CAC/COSP/IRG/2015/1 (French): ``Vienne, 1er-5 juin 2015``, ``Distr. générale``,
``Original : anglais``, ``Sixième session``, ``a) Ouverture de la session;``.
"""

from __future__ import annotations

from functools import lru_cache

from datetime import date, time, timedelta

from egmplan.style import cldr
from egmplan.style.en import capitalize_first, emphasis_parts, offset_display, roman, zone_time_label  # noqa: F401

__all__ = ["LANGUAGE", "DIRECTION", "CONTINUED"]

LANGUAGE = "fr"
DIRECTION = "ltr"
CONTINUED = "(suite)"
CLOCKS = ("12h", "24h")
# Ranges of dates and times: a hyphen, unspaced (CAC/COSP/IRG/2015/1: "1er-5 juin 2015").
RANGE = "-"
APOSTROPHE = "\u2019"

_KINDS = {"meeting": "réunion", "session": "session"}   # both feminine
_DISTRIBUTION = {"General": "générale", "Limited": "limitée", "Restricted": "restreinte"}
_LANGUAGE_CODES = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr",
                   "Russian": "ru", "Spanish": "es"}

_UNITS = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize",
)
_TENS = ("", "dix", "vingt", "trente", "quarante", "cinquante", "soixante")


# --- names -------------------------------------------------------------------------------

def month_name(month: int) -> str:
    """CLDR's month name, lower case: ``4`` -> ``avril``; ValueError outside 1..12."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return cldr.month_names(LANGUAGE)[month - 1]


def weekday_name(d: date) -> str:
    """CLDR's weekday name, lower case as French writes it: ``mardi``."""
    return cldr.weekday_names(LANGUAGE)[d.weekday()]


def kind_word(kind: str) -> str:
    """``réunion`` for a meeting, ``session`` for a session."""
    return _KINDS.get(kind, kind)


# --- times -------------------------------------------------------------------------------

def _check_clock(clock: str) -> None:
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {CLOCKS}, not {clock!r}")


def format_time(t: time, clock: str = "12h") -> str:
    """A time of day as French UN documents write it, on the 24-hour clock whatever ``clock``
    says (the setting chooses between English clocks): ``10 heures``, ``1 heure``,
    ``15 h 10``, ``0 heure``. ValueError for an unknown clock."""
    _check_clock(clock)
    if t.minute == 0:
        return f"{t.hour} heure" + ("s" if t.hour > 1 else "")
    return f"{t.hour} h {t.minute:02d}"


def format_time_range(start: time, end: time, clock: str = "12h") -> str:
    """``10 heures-13 heures``, ``15 h 30-18 heures`` (both ends in full, unspaced hyphen).
    ValueError for an unknown clock or an empty range."""
    _check_clock(clock)
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValueError(f"empty time range: {start} to {end}")
    return f"{format_time(start, clock)}{RANGE}{format_time(end, clock)}"


# --- dates -------------------------------------------------------------------------------

def _day(d: date) -> str:
    """``1er`` for the first of the month, the figure otherwise."""
    return "1er" if d.day == 1 else str(d.day)


def format_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """``6 avril 2021``, ``1er juin 2015``, ``mardi 6 avril 2021`` (no comma), ``mardi 6 avril``."""
    text = f"{_day(d)} {month_name(d.month)}"
    if year:
        text += f" {d.year}"
    if weekday:
        text = f"{weekday_name(d)} {text}"
    return text


def _check_order(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"date range ends before it starts: {start} to {end}")


def _shared_head(start: date, end: date) -> str:
    if start.year != end.year:
        return format_date(start)
    if start.month != end.month:
        return format_date(start, year=False)
    return _day(start)


def format_date_range(start: date, end: date) -> str:
    """Masthead dates: ``1er-5 juin 2015``, ``29 mai-2 juin 2023``,
    ``30 décembre 2024-2 janvier 2025``; one day ``6 avril 2021``."""
    _check_order(start, end)
    if start == end:
        return format_date(start)
    return f"{_shared_head(start, end)}{RANGE}{format_date(end)}"


def format_date_span_text(start: date, end: date) -> str:
    """Dates in running text: ``du 6 au 8 avril 2021``, ``du 29 août au 9 septembre 2022``,
    ``les 13 et 14 juin 2022``, ``le 6 avril 2021``."""
    _check_order(start, end)
    if start == end:
        return f"le {format_date(start)}"
    head = _shared_head(start, end)
    if end - start == timedelta(days=1):
        return f"les {head} et {format_date(end)}"
    return f"du {head} au {format_date(end)}"


def format_opening(d: date, t: time, clock: str = "12h") -> str:
    """``mardi 6 avril 2021 à 10 heures`` (the translator writes "le {opening}")."""
    return f"{format_date(d, weekday=True)} à {format_time(t, clock)}"


def short_date(d: date) -> str:
    """A narrow column's date from CLDR's abbreviations: ``mar. 6 avr.``."""
    day = cldr.weekday_names(LANGUAGE, "abbreviated")[d.weekday()]
    month = cldr.month_names(LANGUAGE, "abbreviated")[d.month - 1]
    return f"{day} {_day(d)} {month}"


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _under_hundred(n: int) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return f"dix-{_UNITS[n - 10]}"
    tens, unit = divmod(n, 10)
    if tens == 7:
        return "soixante et onze" if unit == 1 else f"soixante-{_under_hundred(10 + unit)}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_UNITS[unit]}"
    if tens == 9:
        return f"quatre-vingt-{_under_hundred(10 + unit)}"
    if unit == 0:
        return _TENS[tens]
    return f"{_TENS[tens]} et un" if unit == 1 else f"{_TENS[tens]}-{_UNITS[unit]}"


def number_word(n: int, feminine: bool = False) -> str:
    """Cardinal in words, 0..999, traditional spelling: ``vingt et un``, ``soixante et onze``,
    ``quatre-vingts``, ``quatre-vingt-un``, ``cent``, ``deux cents``, ``deux cent un``.
    ``feminine``: ``une``, ``vingt et une``."""
    _check_range(n, 0)
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        text = _under_hundred(rest)
    else:
        head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
        text = (head + ("s" if hundreds > 1 else "")) if rest == 0 else f"{head} {_under_hundred(rest)}"
    if feminine and (text == "un" or text.endswith((" un", "-un"))):
        text += "e"
    return text


def ordinal_word(n: int, masculine: bool = False) -> str:
    """Spelled-out ordinal, lower case, 1..999. Feminine by default, as ``réunion`` and
    ``session`` are: ``première``; ``masculine``: ``premier``. Then ``deuxième``,
    ``sixième``, ``vingt et unième``, ``soixante-quatrième``, ``quatre-vingtième``,
    ``centième``, ``cent unième``."""
    _check_range(n, 1)
    if n == 1:
        return "premier" if masculine else "première"
    words = number_word(n)
    for ending, replacement in (("cinq", "cinquième"), ("neuf", "neuvième"), ("cents", "centième"),
                                ("vingts", "vingtième")):
        if words.endswith(ending):
            return words[: -len(ending)] + replacement
    if words.endswith("e"):
        return words[:-1] + "ième"
    return words + "ième"


def ordinal_figure(n: int, feminine: bool = False) -> str:
    """Ordinal in figures: ``1er`` (``1re`` feminine), ``2e``, ``21e``, ``101e``."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    if n == 1:
        return "1re" if feminine else "1er"
    return f"{n}e"


def meeting_phrase(number: int, kind: str) -> str:
    """``septième réunion``, ``sixième session`` (the ``{meeting}`` placeholder)."""
    return f"{ordinal_word(number)} {kind_word(kind)}"


def plural(n: int, singular: str, plural: str | None = None, feminine: bool = False) -> str:
    """``n`` in words with the noun agreeing: ``une séance``, ``trois jours``. The plural
    defaults to adding ``s`` to each word (``séance plénière`` -> ``séances plénières``)."""
    if n <= 1:
        noun = singular
    elif plural is not None:
        noun = plural
    else:
        noun = " ".join(w if w.endswith(("s", "x", "z")) else w + "s" for w in singular.split(" "))
    return f"{number_word(n, feminine)} {noun}"


def plenary_meetings(sittings: int, days: int) -> str:
    """``six séances plénières sur trois jours`` (the ``{plenary_meetings}`` placeholder)."""
    return (f"{plural(sittings, 'séance plénière', feminine=True)} sur "
            f"{plural(days, 'jour')}")


# --- text helpers ------------------------------------------------------------------------

def _elided(preposition: str, word: str) -> str:
    """``de Vienne``, ``d’Addis-Abeba``."""
    if preposition == "de" and word[:1].lower() in "aeiouyâàéèêëîïôûüh":
        return f"d{APOSTROPHE}{word}"
    return f"{preposition} {word}"


_FEMININE_HEADS = ("commission", "conférence", "assemblée", "réunion", "session", "cour", "consultation",
                   "instance", "équipe", "plateforme", "table")


def of_body(name: str) -> str:
    """The body's name after "de" with its article: ``du Groupe d’experts``,
    ``de la Commission …``, ``de l’Instance …`` (gender from the first word: a documented default)."""
    head = name.split(" ", 1)[0].lower()
    if head[:1] in "aeiouyâàéèêëîïôûüh":
        return f"de l{APOSTROPHE}{name}"
    if head in _FEMININE_HEADS:
        return f"de la {name}"
    return f"du {name}"


# --- the organization of work ------------------------------------------------------------

def continued_title(title: str, suffix: str) -> str:
    """``Ouverture de la réunion (suite)``."""
    return f"{title} {suffix}"


def item_label(number: str, letter: str | None) -> str:
    """The label of a line of the agenda list: ``1.``, and ``a)`` for a sub-item (UN Editorial
    Manual; CAC/COSP/IRG/2015/1)."""
    return f"{letter})" if letter else f"{number}."


# The colon takes a no-break space before it, as in the masthead's "Original : anglais" (the
# issue's given cell); the semicolon none, as in CAC/COSP/IRG/2015/1 ("a) Ouverture de la session;").
_AGENDA_MARKS = {"item": ".", "introduces": "\u00a0:", "sub": ";", "last_sub": "."}


def agenda_mark(position: str) -> str:
    """Final punctuation of a line of the agenda list, as in English (CAC/COSP/IRG/2015/1):
    ``item`` ".", ``introduces`` " :" (no-break space), ``sub`` ";", ``last_sub`` "."."""
    return _AGENDA_MARKS[position]


def agenda_title(title: str, level: int) -> str:
    """A title as the agenda list prints it: unchanged (sub-items keep their capital)."""
    return title


def item_reference(number: str, letter: str | None) -> str:
    """An item as a table or a sentence cites it: ``2``, ``1 a)``."""
    return f"{number} {letter})" if letter else number


def _cite(number: str) -> str:
    """An item number as the model writes it ("1 (a)") cited in this language ("1 a)")."""
    from egmplan.model import cited_number

    parts = cited_number(number)
    return item_reference(*parts) if parts else number


# --- the document: headings, masthead, table ---------------------------------------------

_HEADINGS = {
    "organ": "Nations Unies",
    "title": "Ordre du jour provisoire",
    "title_annotated": "Ordre du jour provisoire annoté",
    "agenda": "Ordre du jour provisoire",
    "annotations": "Annotations",
    "documentation": "Documentation",
    "annex": "Annexe",
    "annex_title": f"Projet d{APOSTROPHE}organisation des travaux",
    "deadlines": "Délais",
    "plenary": "Plénière",
    "to_be_announced": "À annoncer",
    "schedule_notes": "Notes",
    "awake": "Qui est éveillé",
    "at_night": "La nuit",
    "sitting": "séance",
}


def heading(key: str) -> str:
    """A fixed heading of the agenda document (keys as in :func:`egmplan.style.en.heading`)."""
    return _HEADINGS[key]


def session_name(number: int, kind: str) -> str:
    """The session line: ``Sixième session``, ``Septième réunion``."""
    return capitalize_first(meeting_phrase(number, kind))


def meeting_name(short_body: str, number: int, kind: str) -> str:
    """``Groupe d’experts, septième réunion``."""
    return f"{short_body}, {meeting_phrase(number, kind)}"


def distribution_line(distribution: str) -> str:
    """``Distr. générale`` (``General``), ``Distr. limitée``, ``Distr. restreinte``."""
    return f"Distr. {_DISTRIBUTION.get(distribution, distribution)}"


def language_word(language: str) -> str:
    """CLDR's name of a language given by its English name: ``English`` -> ``anglais``."""
    code = _LANGUAGE_CODES.get(language)
    return cldr.language_name(LANGUAGE, code) if code else language


def original_line(language: str) -> str:
    """``Original : anglais`` (space before the colon, as French typography has it)."""
    return f"Original : {language_word(language)}"


def venue_dates(venue: str, start: date, end: date) -> str:
    """``Vienne, 1er-5 juin 2015`` (``venue`` is the meeting's translated venue)."""
    return f"{venue}, {format_date_range(start, end)}"


def table_columns(layout: str) -> tuple[str, ...]:
    """``Date et heure | Point de l’ordre du jour | Titre ou description`` (merged) or
    ``Date | Heure | Point | Titre ou description``."""
    if layout == "merged":
        return ("Date et heure", f"Point de l{APOSTROPHE}ordre du jour", "Titre ou description")
    return ("Date", "Heure", "Point", "Titre ou description")


# --- deadlines -----------------------------------------------------------------------------

def deadline_due(day: date, at: time | None, clock: str = "12h", cob: bool = False) -> str:
    """``mercredi 22 juillet 2020, 18 heures (fermeture des bureaux)``; all day: the date."""
    if at is None:
        return format_date(day, weekday=True)
    text = f"{format_date(day, weekday=True)}, {format_time(at, clock)}"
    return text + (" (fermeture des bureaux)" if cob else "")


def venue_time(venue: str) -> str:
    """``heure de Vienne``, ``heure d’Addis-Abeba``."""
    return f"heure {_elided('de', venue)}"


def deadline_line(label: str, due: str, venue: str | None) -> str:
    """``Inscription des orateurs : mercredi 22 juillet 2020, 18 heures (fermeture des
    bureaux), heure de Vienne``."""
    where = f", {venue_time(venue)}" if venue is not None else ""
    return f"{label} : {due}{where}"


# --- the calendar ------------------------------------------------------------------------

def items_phrase(numbers: list[str]) -> str:
    """``point 2``, ``points 2, 3 et 4``; "" for none."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"point {_cite(numbers[0])}"
    return f"points {cldr.join_and([_cite(n) for n in numbers], LANGUAGE)}"


def calendar_sitting_line(day: date, start: time, end: time, clock: str, venue: str) -> str:
    """``mardi 6 avril 2021, 10 heures-13 heures (heure de Vienne)``."""
    return f"{format_date(day, weekday=True)}, {format_time_range(start, end, clock)} ({venue_time(venue)})"


def calendar_item_line(number: str, title: str, track: str | None) -> str:
    """``Point 2 : Examen …``, ``Groupe B : Point 3 : …``."""
    where = f"{track} : " if track else ""
    return f"{where}Point {_cite(number)} : {title}"


def calendar_location(venue: str, meeting_format: str) -> str:
    """``Vienne``, ``Vienne et en ligne (réunion hybride)``, ``En ligne (lieu : Vienne)``."""
    if meeting_format == "hybrid":
        return f"{venue} et en ligne (réunion hybride)"
    if meeting_format == "online":
        return f"En ligne (lieu : {venue})" if venue else "En ligne"
    return venue


def calendar_deadline_summary(label: str, meeting: str) -> str:
    """``Délai : Inscription des orateurs (Groupe d’experts, septième réunion)``."""
    return f"Délai : {label} ({meeting})"


# --- reports of the planning commands ----------------------------------------------------

def plan_columns() -> tuple[str, ...]:
    return ("Date", "Heure", "Point", "Titre", "Minutes")


def plan_time_left() -> str:
    return "Temps restant :"


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    """``Objet``, ``Échéance (heure de Vienne)``, ``À Asia/Tokyo``."""
    return ("Objet", f"Échéance ({venue_time(venue)})") + ((f"À {zone}",) if zone else ())


def deadline_all_day_note() -> str:
    return " (toute la journée, date du lieu de réunion)"


def no_deadlines(meeting_id: str) -> str:
    return f"{meeting_id} ne fixe aucun délai"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    """``Délais de ID (Vienne, Europe/Vienna ; fermeture des bureaux à 18 heures au lieu de réunion)``."""
    return (f"Délais de {meeting_id} ({venue}, {zone} ; fermeture des bureaux à "
            f"{format_time(close_of_business)} au lieu de réunion)")


def awake_title(participants: int, meeting_id: str) -> str:
    return f"Qui est éveillé : {participants} participants à chaque séance de {meeting_id}, heure locale"


def awake_table_title(participants: int) -> str:
    return f"Qui est éveillé : {participants} participants, délégations (délégués) par classe de confort"


def awake_columns() -> tuple[str, ...]:
    return ("Date", "Séance")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    """``La nuit, mardi 6 avril 2021, 10 heures-13 heures (2) : Fidji, Samoa``."""
    return f"La nuit, {day}, {sitting} ({count}) : {names}"


def notes_heading() -> str:
    return "Notes :"


def plan_heading(meeting_id: str, min_split: int) -> str:
    return (f"Organisation des travaux planifiée pour {meeting_id} d{APOSTROPHE}après estimated_minutes "
            f"(un point de moins de {min_split} minutes n{APOSTROPHE}est jamais scindé)")


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    """``mardi 6 avril 2021, 15 heures-18 heures : 20 minutes``."""
    return f"{format_date(day, weekday=True)}, {times} : {minutes} minute{'s' if minutes > 1 else ''}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """``ID : 1 020 minutes planifiées sur 1 080 en 6 séances sur 6, sur 3 jours, 60 restantes ;
    réparti sur plusieurs séances : 2, 3.``"""
    g = lambda n: cldr.grouped(n, LANGUAGE)  # noqa: E731
    text = (f"{meeting_id} : {g(used)} minutes planifiées sur {g(capacity)} en {_count(taken, 'séance')} "
            f"sur {sittings}, sur {_count(days, 'jour')}, {g(capacity - used)} restantes")
    if split:
        text += f" ; réparti sur plusieurs séances : {', '.join(split)}"
    return text + "."


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` in French (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import suggestion_report as report

    return report(sys.modules[__name__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in French (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__name__], meeting, result)


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "Date", "zone": "Fuseau horaire", "local": "Heure locale", "day": "Jour",
                     "offset": "Décalage", "comfort": "Confort"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``Groupe d’experts chargé …, septième réunion`` (no article to agree with the body)."""
    return f"{body}, {meeting_phrase(number, kind)}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue}, {format_date_range(start, end)} : heures locales des séances"


def crosses_midnight() -> str:
    return "passe minuit"


def schedule_column(key: str) -> str:
    return _SCHEDULE_COLUMNS[key]


def comfort_legend(bounds) -> str:
    b = bounds
    t = format_time
    return (f"Confort, heure locale : travail {t(b.working_start)}{RANGE}{t(b.working_end)} ; "
            f"tôt ou tard {t(b.night_end)}{RANGE}{t(b.working_start)} et "
            f"{t(b.working_end)}{RANGE}{t(b.night_start)} ; nuit {t(b.night_start)}{RANGE}{t(b.night_end)}. "
            f"Une séance prend la pire classe qu{APOSTROPHE}elle touche.")


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} heure{'s' if hours > 1 else ''}")
    if rest:
        parts.append(f"{rest} minute{'s' if rest > 1 else ''}")
    return " et ".join(parts)


def _side(delta: timedelta) -> str:
    return "d’avance" if delta > timedelta(0) else "de retard"


def _clock_change(change) -> str:
    """``New York a changé d’heure le 10 mars 2019 (EST, UTC−5 → EDT, UTC−4)``."""
    before, after = change.before, change.after
    verb = "a changé" if change.past else "change"
    text = (f"{change.place} {verb} d{APOSTROPHE}heure le {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f" ; le {format_date(before.date() + timedelta(days=1))} n{APOSTROPHE}y existe pas"
    elif skipped > 1:
        text += f" ; {skipped} jours n{APOSTROPHE}y existent pas"
    elif after.date() < before.date():
        text += f" ; le {format_date(after.date())} y a lieu deux fois"
    return text


def _difference(delta: timedelta, venue: str) -> str:
    if not delta:
        return f"est à la même heure que {venue}" if venue else "à la même heure"
    where = f" sur {venue}" if venue else ""
    return f"{'a ' if venue else ''}{_amount(delta)} {_side(delta)}{where}"


def offset_note(note) -> str:
    """``America/New_York a 5 heures de retard sur Vienne du 27 au 29 mars 2019, au lieu de
    l’écart habituel (6 heures de retard) : New York a changé d’heure le 10 mars 2019 (…).``"""
    if not note.usual:
        parts = [f"{_difference(delta, note.venue if n == 0 else '')} {format_date_span_text(a, b)}"
                 for n, (a, b, delta) in enumerate(note.spans)]
        text = f"{note.zone} " + ", puis ".join(parts)
        if note.changes:
            text += " : " + " ; ".join(_clock_change(c) for c in note.changes)
        return text + "."
    (first, last, delta), = note.spans
    usual = " ou ".join(f"{_amount(d)} {_side(d)}" if d else "même heure" for d in note.usual)
    text = (f"{note.zone} {_difference(delta, note.venue)} {format_date_span_text(first, last)}, "
            f"au lieu de l{APOSTROPHE}écart habituel ({usual})")
    if note.changes:
        text += " : " + " et ".join(_clock_change(c) for c in note.changes)
    return text + "."


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in French (:mod:`egmplan.style.changes_words`)."""
    import sys

    from egmplan.style.changes_words import LocalChangeWording

    return LocalChangeWording(sys.modules[__name__], clock, markdown, user)


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


_COMFORT_WORDS = {"working": "travail", "early/late": "tôt ou tard", "night": "nuit"}


def comfort_word(comfort: str) -> str:
    """A comfort class (``working``, ``early/late``, ``night``: planning.comfort's names, which
    JSON, CSV and CSS keep) as the schedule prints it: the words of comfort_legend. KeyError for another class."""
    return _COMFORT_WORDS[comfort]


def moment_range(start: str, end: str) -> str:
    """Two worded moments on different dates as one range (a sitting that crosses midnight
    in a participant's zone): ``7 avril, 23 heures – 8 avril, 2 heures``."""
    return f"{start} \u2013 {end}"


def summary_head(name: str) -> str:
    """What a calendar event's SUMMARY starts with before the items: ``Groupe d’experts, septième réunion : `` (no-break space before the colon)."""
    return f"{name}\u00a0: "


def awake_count_label(comfort: str) -> str:
    """A row of the heat map's summary: the comfort class, then what its cells count
    (delegations, and delegates in brackets)."""
    return f"{comfort_word(comfort)}\u00a0: délégations (délégués)"


@lru_cache(maxsize=1)
def _tie_patterns():
    import re

    from egmplan.style.ties import month_words

    return (
        re.compile(rf"(?<=\d) (?=(?:{month_words(format_date)})\b)"),   # 6 avril
        re.compile(r"(?<=\d) (?=(?:heures?|h)\b)"),                       # 10 heures, 15 h 30
        re.compile(r"(?<=\bh) (?=\d)"),
    )


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Français``."""
    return "Français"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead's date, as the text writes dates)."""
    return format_date(d)


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: ``7 avril, 2 heures``."""
    return f"{day}, {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; the spaced em dash of French running text."""
    return f"{dated_time(day, time)} — {zone_heading}"


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
