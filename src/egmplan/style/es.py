"""Spanish as the UN's Spanish Translation Service writes meeting documents.

Same functions and contracts as :mod:`egmplan.style.en`. Month and weekday names come from
CLDR through Babel (:mod:`egmplan.style.cldr`); the UN conventions sit on top of them. The
sources of each convention are listed in ``docs/languages.md`` (section "Spanish"), e.g.
CTOC/COP/2012/14 (Spanish): ``Distr. general``, ``Original: inglés``, ``Sexto período de
sesiones``, ``Viena, 15 a 19 de octubre de 2012``.
"""

from __future__ import annotations

from functools import lru_cache

from datetime import date, time, timedelta

from egmplan.style import cldr
from egmplan.style.en import capitalize_first, emphasis_parts, offset_display, roman, zone_time_label  # noqa: F401

__all__ = ["LANGUAGE", "DIRECTION", "CONTINUED"]

LANGUAGE = "es"
DIRECTION = "ltr"
CONTINUED = "(continuación)"
CLOCKS = ("12h", "24h")

# kind -> (noun, feminine)
_KINDS = {"meeting": ("reunión", True), "session": ("período de sesiones", False)}
_DISTRIBUTION = {"General": "general", "Limited": "limitada", "Restricted": "reservada"}
_LANGUAGE_CODES = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr",
                   "Russian": "ru", "Spanish": "es"}

_UNITS = (
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
    "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
    "veintisiete", "veintiocho", "veintinueve",
)
_TENS = ("", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
_HUNDREDS = ("", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
             "setecientos", "ochocientos", "novecientos")

_ORDINAL_UNITS = ("", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo",
                  "noveno")
_ORDINAL_TEENS = ("décimo", "undécimo", "duodécimo", "decimotercero", "decimocuarto", "decimoquinto",
                  "decimosexto", "decimoséptimo", "decimoctavo", "decimonoveno")
_ORDINAL_TENS = ("", "", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo",
                 "septuagésimo", "octogésimo", "nonagésimo")
_ORDINAL_HUNDREDS = ("", "centésimo", "ducentésimo", "tricentésimo", "cuadringentésimo", "quingentésimo",
                     "sexcentésimo", "septingentésimo", "octingentésimo", "noningentésimo")


# --- names -------------------------------------------------------------------------------

def month_name(month: int) -> str:
    """CLDR's month name, lower case: ``4`` -> ``abril``; ValueError outside 1..12."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return cldr.month_names(LANGUAGE)[month - 1]


def weekday_name(d: date) -> str:
    """CLDR's weekday name, lower case: ``martes``."""
    return cldr.weekday_names(LANGUAGE)[d.weekday()]


def kind_word(kind: str) -> str:
    """``reunión`` for a meeting, ``período de sesiones`` for a session."""
    return _KINDS.get(kind, (kind, True))[0]


def _feminine(kind: str) -> bool:
    return _KINDS.get(kind, (kind, True))[1]


# --- times -------------------------------------------------------------------------------

def _check_clock(clock: str) -> None:
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {CLOCKS}, not {clock!r}")


def _figure(t: time) -> str:
    """``10.00``, ``9.30``, ``15.00``: hours unpadded, a full stop, two-digit minutes."""
    return f"{t.hour}.{t.minute:02d}"


def format_time(t: time, clock: str = "12h") -> str:
    """``10.00 horas``, ``15.30 horas``: the 24-hour clock whatever ``clock`` says (the
    setting chooses between English clocks). ValueError for an unknown clock."""
    _check_clock(clock)
    return f"{_figure(t)} horas"


def format_time_range(start: time, end: time, clock: str = "12h") -> str:
    """``10.00 a 13.00 horas``, ``15.00 a 18.00 horas``. ValueError for an unknown clock or
    an empty range."""
    _check_clock(clock)
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValueError(f"empty time range: {start} to {end}")
    return f"{_figure(start)} a {_figure(end)} horas"


# --- dates -------------------------------------------------------------------------------

def format_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """``6 de abril de 2021``, ``1 de junio de 2015``, ``martes 6 de abril de 2021``,
    ``martes 6 de abril``."""
    text = f"{d.day} de {month_name(d.month)}"
    if year:
        text += f" de {d.year}"
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
    return str(start.day)


def format_date_range(start: date, end: date) -> str:
    """Masthead dates joined by "a": ``1 a 5 de junio de 2015``, ``29 de mayo a 2 de junio de
    2023``, ``30 de diciembre de 2024 a 2 de enero de 2025``; one day ``6 de abril de 2021``."""
    _check_order(start, end)
    if start == end:
        return format_date(start)
    return f"{_shared_head(start, end)} a {format_date(end)}"


def format_date_span_text(start: date, end: date) -> str:
    """Dates in running text: ``del 6 al 8 de abril de 2021``, ``del 29 de agosto al 9 de
    septiembre de 2022``, ``los días 13 y 14 de junio de 2022``, ``el 6 de abril de 2021``."""
    _check_order(start, end)
    if start == end:
        return f"el {format_date(start)}"
    head = _shared_head(start, end)
    if end - start == timedelta(days=1):
        return f"los días {head} y {format_date(end)}"
    return f"del {head} al {format_date(end)}"


def format_opening(d: date, t: time, clock: str = "12h") -> str:
    """``martes 6 de abril de 2021, a las 10.00 horas`` (the translator writes "el {opening}")."""
    article = "la" if t.hour == 1 else "las"
    return f"{format_date(d, weekday=True)}, a {article} {format_time(t, clock)}"


def short_date(d: date) -> str:
    """A narrow column's date from CLDR's abbreviations: ``mar 6 abr``."""
    day = cldr.weekday_names(LANGUAGE, "abbreviated")[d.weekday()]
    month = cldr.month_names(LANGUAGE, "abbreviated")[d.month - 1]
    return f"{day} {d.day} {month}"


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _under_hundred(n: int) -> str:
    if n < 30:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] if unit == 0 else f"{_TENS[tens]} y {_UNITS[unit]}"


def number_word(n: int, feminine: bool = False, before_noun: bool = False) -> str:
    """Cardinal in words, 0..999: ``uno``, ``veintiuno``, ``treinta y uno``, ``cien``,
    ``ciento uno``, ``quinientos``. ``feminine``: ``una``, ``veintiuna``, ``doscientas``;
    ``before_noun`` (masculine): ``un``, ``veintiún``, ``treinta y un``."""
    _check_range(n, 0)
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        text = _under_hundred(rest)
    elif n == 100:
        text = "cien"
    else:
        head = _HUNDREDS[hundreds]
        if feminine and hundreds > 1:
            head = head[:-2] + "as"
        text = head if rest == 0 else f"{head} {_under_hundred(rest)}"
    if text.endswith("veintiuno"):
        text = text[:-3] + ("una" if feminine else "ún" if before_noun else "uno")
    elif text.endswith("uno") and (text == "uno" or text.endswith(" uno")):
        text = text[:-3] + ("una" if feminine else "un" if before_noun else "uno")
    return text


def _ordinal(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tens, unit = divmod(rest, 10)
    words = [_ORDINAL_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest < 20:
        words.append(_ORDINAL_TEENS[unit])
    else:
        if tens:
            words.append(_ORDINAL_TENS[tens])
        if unit:
            words.append(_ORDINAL_UNITS[unit])
    return " ".join(words)


def ordinal_word(n: int, feminine: bool = True, before_noun: bool = False) -> str:
    """Spelled-out ordinal, lower case, 1..999, as UN Spanish writes sessions (two words past
    twenty): feminine by default, as ``reunión`` is (``primera``, ``séptima``,
    ``vigésima primera``); masculine: ``primero``, ``sexto``, ``vigésimo primero``, and
    ``before_noun`` drops the final o of primero and tercero (``primer``, ``decimotercer``)."""
    _check_range(n, 1)
    words = _ordinal(n).split(" ")
    if feminine:
        return " ".join(w[:-1] + "a" for w in words)
    if before_noun and words[-1].endswith(("primero", "tercero")):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def ordinal_figure(n: int, feminine: bool = False) -> str:
    """Ordinal in figures: ``1º``, ``19º`` (``1ª`` feminine)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    return f"{n}{'ª' if feminine else 'º'}"


def meeting_phrase(number: int, kind: str) -> str:
    """``séptima reunión``, ``sexto período de sesiones``, ``primer período de sesiones``."""
    feminine = _feminine(kind)
    return f"{ordinal_word(number, feminine=feminine, before_noun=True)} {kind_word(kind)}"


def _plural_word(word: str) -> str:
    if word.endswith("ión"):
        return word[:-3] + "iones"
    if word[-1:] in "aeiouáéó":
        return word + "s"
    if word.endswith("z"):
        return word[:-1] + "ces"
    return word + "es"


def plural(n: int, singular: str, plural: str | None = None, feminine: bool = False) -> str:
    """``n`` in words with the noun agreeing: ``una sesión``, ``seis sesiones plenarias``,
    ``un día``, ``tres días``. The plural defaults to the regular plural of each word."""
    if n == 1:
        noun = singular
    elif plural is not None:
        noun = plural
    else:
        noun = " ".join(_plural_word(w) for w in singular.split(" "))
    return f"{number_word(n, feminine=feminine, before_noun=True)} {noun}"


def plenary_meetings(sittings: int, days: int) -> str:
    """``seis sesiones plenarias en tres días`` (the ``{plenary_meetings}`` placeholder)."""
    return f"{plural(sittings, 'sesión plenaria', feminine=True)} en {plural(days, 'día')}"


# --- text helpers ------------------------------------------------------------------------

_FEMININE_HEADS = ("comisión", "conferencia", "asamblea", "reunión", "junta", "mesa", "corte",
                   "consulta", "plataforma")


def of_body(name: str) -> str:
    """The body's name after "de" with its article: ``del Grupo de Expertos``,
    ``de la Comisión …`` (gender from the first word: a documented default)."""
    head = name.split(" ", 1)[0].lower()
    if head in _FEMININE_HEADS or head.endswith(("ción", "sión", "dad")):
        return f"de la {name}"
    return f"del {name}"


# --- the organization of work ------------------------------------------------------------

def continued_title(title: str, suffix: str) -> str:
    """``Apertura de la reunión (continuación)``."""
    return f"{title} {suffix}"


def item_label(number: str, letter: str | None) -> str:
    """The label of a line of the agenda list: ``1.``, and ``a)`` for a sub-item (UN Editorial
    Manual; FCCC/KP/CMP/2017/1)."""
    return f"{letter})" if letter else f"{number}."


_AGENDA_MARKS = {"item": ".", "introduces": ":", "sub": ";", "last_sub": "."}


def agenda_mark(position: str) -> str:
    """Final punctuation of a line of the agenda list, as in English (FCCC/KP/CMP/2017/1):
    ``item`` ".", ``introduces`` ":", ``sub`` ";", ``last_sub`` "."."""
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
    "organ": "Naciones Unidas",
    "title": "Programa provisional",
    "title_annotated": "Programa provisional anotado",
    "agenda": "Programa provisional",
    "annotations": "Anotaciones",
    "documentation": "Documentación",
    "annex": "Anexo",
    "annex_title": "Propuesta de organización de los trabajos",
    "deadlines": "Plazos",
    "plenary": "Plenaria",
    "to_be_announced": "Por anunciar",
    "schedule_notes": "Notas",
    "awake": "Quién está despierto",
    "at_night": "De noche",
    "sitting": "sesión",
}


def heading(key: str) -> str:
    """A fixed heading of the agenda document (keys as in :func:`egmplan.style.en.heading`)."""
    return _HEADINGS[key]


def session_name(number: int, kind: str) -> str:
    """The session line: ``Sexto período de sesiones``, ``Séptima reunión``."""
    return capitalize_first(meeting_phrase(number, kind))


def meeting_name(short_body: str, number: int, kind: str) -> str:
    """``Grupo de Expertos, séptima reunión``."""
    return f"{short_body}, {meeting_phrase(number, kind)}"


def distribution_line(distribution: str) -> str:
    """``Distr. general`` (``General``), ``Distr. limitada``, ``Distr. reservada``."""
    return f"Distr. {_DISTRIBUTION.get(distribution, distribution)}"


def language_word(language: str) -> str:
    """CLDR's name of a language given by its English name: ``English`` -> ``inglés``."""
    code = _LANGUAGE_CODES.get(language)
    return cldr.language_name(LANGUAGE, code) if code else language


def original_line(language: str) -> str:
    """``Original: inglés``."""
    return f"Original: {language_word(language)}"


def venue_dates(venue: str, start: date, end: date) -> str:
    """``Viena, 1 a 5 de junio de 2015`` (``venue`` is the meeting's translated venue)."""
    return f"{venue}, {format_date_range(start, end)}"


def table_columns(layout: str) -> tuple[str, ...]:
    """``Fecha y hora | Tema del programa | Título o descripción`` (merged) or
    ``Fecha | Hora | Tema | Título o descripción``."""
    if layout == "merged":
        return ("Fecha y hora", "Tema del programa", "Título o descripción")
    return ("Fecha", "Hora", "Tema", "Título o descripción")


# --- deadlines -----------------------------------------------------------------------------

def deadline_due(day: date, at: time | None, clock: str = "12h", cob: bool = False) -> str:
    """``miércoles 22 de julio de 2020, 18.00 horas (cierre de la jornada laboral)``; all day: the date."""
    if at is None:
        return format_date(day, weekday=True)
    text = f"{format_date(day, weekday=True)}, {format_time(at, clock)}"
    return text + (" (cierre de la jornada laboral)" if cob else "")


def venue_time(venue: str) -> str:
    """``hora de Viena``."""
    return f"hora de {venue}"


def deadline_line(label: str, due: str, venue: str | None) -> str:
    """``Inscripción de oradores: miércoles 22 de julio de 2020, 18.00 horas (…), hora de Viena``."""
    where = f", {venue_time(venue)}" if venue is not None else ""
    return f"{label}: {due}{where}"


# --- the calendar ------------------------------------------------------------------------

def items_phrase(numbers: list[str]) -> str:
    """``tema 2``, ``temas 2, 3 y 4``; "" for none."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"tema {_cite(numbers[0])}"
    return f"temas {cldr.join_and([_cite(n) for n in numbers], LANGUAGE)}"


def calendar_sitting_line(day: date, start: time, end: time, clock: str, venue: str) -> str:
    """``martes 6 de abril de 2021, 10.00 a 13.00 horas (hora de Viena)``."""
    return f"{format_date(day, weekday=True)}, {format_time_range(start, end, clock)} ({venue_time(venue)})"


def calendar_item_line(number: str, title: str, track: str | None) -> str:
    """``Tema 2: Examen …``, ``Grupo B: Tema 3: …``."""
    where = f"{track}: " if track else ""
    return f"{where}Tema {_cite(number)}: {title}"


def calendar_location(venue: str, meeting_format: str) -> str:
    """``Viena``, ``Viena y en línea (reunión híbrida)``, ``En línea (sede: Viena)``."""
    if meeting_format == "hybrid":
        return f"{venue} y en línea (reunión híbrida)"
    if meeting_format == "online":
        return f"En línea (sede: {venue})" if venue else "En línea"
    return venue


def calendar_deadline_summary(label: str, meeting: str) -> str:
    """``Plazo: Inscripción de oradores (Grupo de Expertos, séptima reunión)``."""
    return f"Plazo: {label} ({meeting})"


# --- reports of the planning commands ----------------------------------------------------

def plan_columns() -> tuple[str, ...]:
    return ("Fecha", "Hora", "Tema", "Título", "Minutos")


def plan_time_left() -> str:
    return "Tiempo restante:"


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    """``Asunto``, ``Vence (hora de Viena)``, ``En Asia/Tokyo``."""
    return ("Asunto", f"Vence ({venue_time(venue)})") + ((f"En {zone}",) if zone else ())


def deadline_all_day_note() -> str:
    return " (todo el día, fecha de la sede)"


def no_deadlines(meeting_id: str) -> str:
    return f"{meeting_id} no fija ningún plazo"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    """``Plazos de ID (Viena, Europe/Vienna; cierre de la jornada laboral a las 18.00 horas en la sede)``."""
    return (f"Plazos de {meeting_id} ({venue}, {zone}; cierre de la jornada laboral a las "
            f"{format_time(close_of_business)} en la sede)")


def awake_title(participants: int, meeting_id: str) -> str:
    return f"Quién está despierto: {participants} participantes en cada sesión de {meeting_id}, hora local"


def awake_table_title(participants: int) -> str:
    return f"Quién está despierto: {participants} participantes, delegaciones (delegados) por clase de comodidad"


def awake_columns() -> tuple[str, ...]:
    return ("Fecha", "Sesión")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    """``De noche, martes 6 de abril de 2021, 10.00 a 13.00 horas (2): Fiji, Samoa``."""
    return f"De noche, {day}, {sitting} ({count}): {names}"


def notes_heading() -> str:
    return "Notas:"


def plan_heading(meeting_id: str, min_split: int) -> str:
    return (f"Organización de los trabajos planificada para {meeting_id} a partir de estimated_minutes "
            f"(un tema de menos de {min_split} minutos nunca se divide)")


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    """``martes 6 de abril de 2021, 15.00 a 18.00 horas: 20 minutos``."""
    return f"{format_date(day, weekday=True)}, {times}: {minutes} minuto{'' if minutes == 1 else 's'}"


def _count(n: int, singular: str, plural_form: str) -> str:
    return f"{n} {singular if n == 1 else plural_form}"


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """``ID: 1020 de 1080 minutos planificados en 6 sesiones de 6, en 3 días, quedan 60;
    divididos en varias sesiones: 2, 3.``"""
    g = lambda n: cldr.grouped(n, LANGUAGE)  # noqa: E731
    text = (f"{meeting_id}: {g(used)} de {g(capacity)} minutos planificados en "
            f"{_count(taken, 'sesión', 'sesiones')} de {sittings}, en {_count(days, 'día', 'días')}, "
            f"quedan {g(capacity - used)}")
    if split:
        text += f"; divididos en varias sesiones: {', '.join(split)}"
    return text + "."


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` in Spanish (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import suggestion_report as report

    return report(sys.modules[__name__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in Spanish (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__name__], meeting, result)


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "Fecha", "zone": "Huso horario", "local": "Hora local", "day": "Día",
                     "offset": "Diferencia", "comfort": "Comodidad"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``Grupo de Expertos …, séptima reunión``."""
    return f"{body}, {meeting_phrase(number, kind)}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue}, {format_date_range(start, end)}: horario local de las sesiones"


def crosses_midnight() -> str:
    return "pasa de medianoche"


def schedule_column(key: str) -> str:
    return _SCHEDULE_COLUMNS[key]


def comfort_legend(bounds) -> str:
    b = bounds
    f = _figure
    return (f"Comodidad, hora local: trabajo {f(b.working_start)} a {f(b.working_end)}; "
            f"temprano o tarde {f(b.night_end)} a {f(b.working_start)} y "
            f"{f(b.working_end)} a {f(b.night_start)}; noche {f(b.night_start)} a {f(b.night_end)} horas. "
            "Una sesión toma la peor clase que toca.")


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hora{'' if hours == 1 else 's'}")
    if rest:
        parts.append(f"{rest} minuto{'' if rest == 1 else 's'}")
    return " y ".join(parts)


def _side(delta: timedelta) -> str:
    return "más" if delta > timedelta(0) else "menos"


def _clock_change(change) -> str:
    """``Nueva York cambió la hora el 10 de marzo de 2019 (EST, UTC−5 → EDT, UTC−4)``."""
    before, after = change.before, change.after
    verb = "cambió" if change.past else "cambia"
    text = (f"{change.place} {verb} la hora el {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f"; el {format_date(before.date() + timedelta(days=1))} no existe allí"
    elif skipped > 1:
        text += f"; {skipped} días no existen allí"
    elif after.date() < before.date():
        text += f"; el {format_date(after.date())} ocurre dos veces allí"
    return text


def _difference(delta: timedelta, venue: str) -> str:
    if not delta:
        return f"tiene la misma hora que {venue}" if venue else "la misma hora"
    where = f" que {venue}" if venue else ""
    return f"{'tiene ' if venue else ''}{_amount(delta)} {_side(delta)}{where}"


def offset_note(note) -> str:
    """``America/New_York tiene 5 horas menos que Viena del 27 al 29 de marzo de 2019, en
    lugar de la diferencia habitual (6 horas menos): Nueva York cambió la hora el …``."""
    if not note.usual:
        parts = [f"{_difference(delta, note.venue if n == 0 else '')} {format_date_span_text(a, b)}"
                 for n, (a, b, delta) in enumerate(note.spans)]
        text = f"{note.zone} " + ", y luego ".join(parts)
        if note.changes:
            text += ": " + "; ".join(_clock_change(c) for c in note.changes)
        return text + "."
    (first, last, delta), = note.spans
    usual = " o ".join(f"{_amount(d)} {_side(d)}" if d else "la misma hora" for d in note.usual)
    text = (f"{note.zone} {_difference(delta, note.venue)} {format_date_span_text(first, last)}, "
            f"en lugar de la diferencia habitual ({usual})")
    if note.changes:
        text += ": " + " y ".join(_clock_change(c) for c in note.changes)
    return text + "."


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in Spanish (:mod:`egmplan.style.changes_words`)."""
    import sys

    from egmplan.style.changes_words import LocalChangeWording

    return LocalChangeWording(sys.modules[__name__], clock, markdown, user)


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


_COMFORT_WORDS = {"working": "trabajo", "early/late": "temprano o tarde", "night": "noche"}


def comfort_word(comfort: str) -> str:
    """A comfort class (``working``, ``early/late``, ``night``: planning.comfort's names, which
    JSON, CSV and CSS keep) as the schedule prints it: the words of comfort_legend. KeyError for another class."""
    return _COMFORT_WORDS[comfort]


def moment_range(start: str, end: str) -> str:
    """Two worded moments on different dates as one range (a sitting that crosses midnight
    in a participant's zone): ``7 de abril, 23.00 horas a 8 de abril, 2.00 horas``."""
    return f"{start} a {end}"


def summary_head(name: str) -> str:
    """What a calendar event's SUMMARY starts with before the items: ``Grupo de Expertos, séptima reunión: ``."""
    return f"{name}: "


def awake_count_label(comfort: str) -> str:
    """A row of the heat map's summary: the comfort class, then what its cells count
    (delegations, and delegates in brackets)."""
    return f"{comfort_word(comfort)}: delegaciones (delegados)"


@lru_cache(maxsize=1)
def _tie_patterns():
    import re

    from egmplan.style.ties import month_words

    return (
        re.compile(r"(?<=\d) (?=de \w)"),                                  # 6 de abril
        re.compile("(?<=\\d\u00a0de) (?=\\w)"),          # (after the rule above)
        re.compile(r"(?<=\d) (?=horas\b)"),                               # 10.00 horas
    )


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Español``."""
    return "Español"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead's date, as the text writes dates)."""
    return format_date(d)


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: ``7 de abril, 2.00 horas``."""
    return f"{day}, {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; the spaced em dash (raya) of Spanish running text."""
    return f"{dated_time(day, time)} — {zone_heading}"


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
