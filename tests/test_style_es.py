"""Spanish as the UN's Spanish Translation Service writes it (style/es/; issue 13's table,
one assertion per given cell; sources in docs/languages.md, section Spanish)."""

from __future__ import annotations

from datetime import date, time, timedelta
from types import SimpleNamespace

import pytest

from egmplan.loader import load_meeting
from egmplan.render.view import build_view
from egmplan.style import es, get_style

from bundled import copy_meeting
from language_checks import ENGLISH, build, english_left, meeting_in


# --- the table, one assertion per cell ----------------------------------------------

def test_session_line():
    assert es.session_name(6, "session") == "Sexto período de sesiones"


def test_venue_and_dates():
    assert es.venue_dates("Viena", date(2015, 6, 1), date(2015, 6, 5)) == "Viena, 1 a 5 de junio de 2015"


def test_masthead_distribution_line():
    assert es.distribution_line("General") == "Distr. general"


def test_masthead_original_line():
    assert es.original_line("English") == "Original: inglés"


def test_title():
    assert es.heading("title_annotated") == "Programa provisional anotado"


def test_items_and_sub_items(tmp_path):
    meeting = load_meeting(meeting_in("es", tmp_path)).meeting
    first = build_view(meeting).agenda[0]
    assert (first.label, [sub.label for sub in first.items]) == ("1.", ["a)", "b)"])


def test_opening_time():
    assert es.format_opening(date(2021, 4, 6), time(10)) == "martes 6 de abril de 2021, a las 10.00 horas"


def test_annex_title():
    assert es.heading("annex_title") == "Propuesta de organización de los trabajos"


# researched cells (docs/languages.md)

def test_table_times():
    assert es.format_time_range(time(10), time(13)) == "10.00 a 13.00 horas"


def test_continued():
    assert es.CONTINUED == "(continuación)"


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("start, end, expected", [
    (date(2021, 4, 6), date(2021, 4, 8), "6 a 8 de abril de 2021"),
    (date(2023, 5, 29), date(2023, 6, 2), "29 de mayo a 2 de junio de 2023"),
    (date(2024, 12, 30), date(2025, 1, 2), "30 de diciembre de 2024 a 2 de enero de 2025"),
    (date(2021, 4, 6), date(2021, 4, 6), "6 de abril de 2021"),
])
def test_date_ranges(start, end, expected):
    assert es.format_date_range(start, end) == expected


@pytest.mark.parametrize("start, end, expected", [
    (date(2021, 4, 6), date(2021, 4, 8), "del 6 al 8 de abril de 2021"),
    (date(2022, 8, 29), date(2022, 9, 9), "del 29 de agosto al 9 de septiembre de 2022"),
    (date(2024, 12, 20), date(2025, 1, 2), "del 20 de diciembre de 2024 al 2 de enero de 2025"),
    (date(2022, 6, 13), date(2022, 6, 14), "los días 13 y 14 de junio de 2022"),
    (date(2021, 4, 6), date(2021, 4, 6), "el 6 de abril de 2021"),
])
def test_dates_in_running_text(start, end, expected):
    assert es.format_date_span_text(start, end) == expected


def test_every_month_and_weekday_comes_from_cldr():
    assert [es.month_name(m) for m in range(1, 13)] == [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"]
    monday = date(2021, 4, 5)
    assert [es.weekday_name(monday + timedelta(days=n)) for n in range(7)] == [
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def test_dates_with_weekday_and_without_year():
    assert es.format_date(date(2021, 4, 6), weekday=True) == "martes 6 de abril de 2021"
    assert es.format_date(date(2020, 6, 1), weekday=True, year=False) == "lunes 1 de junio"
    assert es.short_date(date(2021, 4, 6)) == "mar 6 abr"


def test_a_range_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        es.format_date_range(date(2021, 4, 8), date(2021, 4, 6))


# --- times ----------------------------------------------------------------------------------

@pytest.mark.parametrize("t, expected", [
    (time(10), "10.00 horas"), (time(15, 10), "15.10 horas"), (time(9, 5), "9.05 horas"),
    (time(0), "0.00 horas"), (time(12), "12.00 horas"),
])
def test_times(t, expected):
    assert es.format_time(t) == expected
    assert es.format_time(t, "24h") == expected


def test_time_ranges_and_openings():
    assert es.format_time_range(time(15), time(18)) == "15.00 a 18.00 horas"
    assert es.format_opening(date(2021, 4, 6), time(13, 30)) == "martes 6 de abril de 2021, a las 13.30 horas"
    assert es.format_opening(date(2021, 4, 6), time(1)) == "martes 6 de abril de 2021, a la 1.00 horas"
    with pytest.raises(ValueError):
        es.format_time_range(time(10), time(10))
    with pytest.raises(ValueError):
        es.format_time(time(10), "13h")


# --- numbers and ordinals -------------------------------------------------------------------

@pytest.mark.parametrize("n, word", [
    (1, "primera"), (2, "segunda"), (3, "tercera"), (6, "sexta"), (7, "séptima"), (10, "décima"),
    (11, "undécima"), (12, "duodécima"), (13, "decimotercera"), (19, "decimonovena"), (20, "vigésima"),
    (21, "vigésima primera"), (30, "trigésima"), (64, "sexagésima cuarta"), (99, "nonagésima novena"),
    (100, "centésima"),
])
def test_ordinal_words(n, word):
    assert es.ordinal_word(n) == word


@pytest.mark.parametrize("n, line", [
    (1, "Primer período de sesiones"), (3, "Tercer período de sesiones"), (6, "Sexto período de sesiones"),
    (13, "Decimotercer período de sesiones"), (21, "Vigésimo primer período de sesiones"),
    (30, "Trigésimo período de sesiones"), (64, "Sexagésimo cuarto período de sesiones"),
])
def test_session_lines_of_masculine_sessions(n, line):
    assert es.session_name(n, "session") == line


def test_ordinals_masculine_and_in_figures():
    assert es.ordinal_word(1, feminine=False) == "primero"
    assert es.session_name(7, "meeting") == "Séptima reunión"
    assert es.ordinal_figure(1) == "1º"
    assert es.ordinal_figure(1, feminine=True) == "1ª"
    with pytest.raises(ValueError):
        es.ordinal_word(0)


@pytest.mark.parametrize("n, word", [
    (0, "cero"), (1, "uno"), (16, "dieciséis"), (21, "veintiuno"), (22, "veintidós"), (31, "treinta y uno"),
    (100, "cien"), (101, "ciento uno"), (500, "quinientos"), (999, "novecientos noventa y nueve"),
])
def test_number_words(n, word):
    assert es.number_word(n) == word


def test_plural_agrees():
    assert es.plural(1, "día") == "un día"
    assert es.plural(21, "día") == "veintiún días"
    assert es.plural(1, "sesión plenaria", feminine=True) == "una sesión plenaria"
    assert es.plural(200, "sesión", feminine=True) == "doscientas sesiones"
    assert es.plenary_meetings(6, 3) == "seis sesiones plenarias en tres días"


# --- the document ---------------------------------------------------------------------------

def test_masthead_and_headings():
    assert es.heading("organ") == "Naciones Unidas"
    assert es.heading("agenda") == "Programa provisional"
    assert es.heading("annotations") == "Anotaciones"
    assert es.heading("documentation") == "Documentación"
    assert es.heading("annex") == "Anexo"
    assert es.meeting_name("Grupo de Expertos", 7, "meeting") == "Grupo de Expertos, séptima reunión"
    assert es.table_columns("separate") == ("Fecha", "Hora", "Tema", "Título o descripción")


def test_every_english_heading_has_a_spanish_one():
    assert set(get_style("en").agenda._HEADINGS) <= set(es.agenda._HEADINGS)


def test_the_continued_row(tmp_path):
    meeting = load_meeting(meeting_in("es", tmp_path)).meeting
    table = build_view(meeting).table
    afternoon = table.days[0].sittings[1].lines[0]
    assert (afternoon.date, afternoon.time, afternoon.cells[0].item, afternoon.cells[0].suffix_parts) == \
        ("", "15.00 a 18.00 horas", "2", ("(", "continuación", ")"))
    assert afternoon.cells[0].title == afternoon.cells[0].base + " (continuación)"
    assert table.days[0].label == "Martes 6 de abril de 2021"
    assert table.lines[0].cells[0].item == "1 a)"


def test_deadlines_and_calendar():
    due = es.deadline_due(date(2020, 7, 22), time(18), cob=True)
    assert es.deadline_line("Inscripción de oradores", due, "Viena") == (
        "Inscripción de oradores: miércoles 22 de julio de 2020, 18.00 horas (cierre de la jornada laboral), "
        "hora de Viena")
    assert es.items_phrase(["2", "3", "4"]) == "temas 2, 3 y 4"
    assert es.calendar_sitting_line(date(2021, 4, 6), time(10), time(13), "12h", "Viena") == (
        "martes 6 de abril de 2021, 10.00 a 13.00 horas (hora de Viena)")


def test_plan_summary_groups_numbers_as_cldr_does():
    assert es.plan_summary("m", 1020, 10800, 1, 6, 1, []) == (
        "m: 1.020 de 10.800 minutos planificados en 1 sesión de 6, en 1 día, quedan 9.780.")


def test_history():
    entry = lambda n, start, end, kind="meeting", **kw: SimpleNamespace(  # noqa: E731
        number=n, kind=kind, venue="Viena", start=start, end=end,
        postponed_from=kw.get("postponed_from"), venue_changed=False)
    entries = [entry(1, date(2011, 1, 17), date(2011, 1, 21)), entry(2, date(2013, 2, 25), date(2013, 2, 28)),
               entry(3, date(2017, 4, 10), date(2017, 4, 13))]
    assert es.history_paragraph(entries, "Grupo de Expertos") == (
        "La primera reunión del Grupo de Expertos se celebró en Viena del 17 al 21 de enero de 2011. "
        "La segunda reunión se celebró del 25 al 28 de febrero de 2013 y la tercera del 10 al 13 de abril de 2017.")
    postponed = entry(6, date(2020, 7, 27), date(2020, 7, 29), kind="session",
                      postponed_from=(date(2020, 4, 6), date(2020, 4, 8)))
    assert es.history_sentence(postponed, "Comisión de Estupefacientes") == (
        "El sexto período de sesiones de la Comisión de Estupefacientes, previsto inicialmente del 6 al 8 de "
        "abril de 2020, se celebró en Viena del 27 al 29 de julio de 2020.")


# --- end to end -----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_the_seventh_meeting_in_spanish_prints_no_english_of_its_own(tmp_path, fmt):
    """Only the meeting file's own text (untranslated here) may still be English."""
    (tmp_path / "meetings").mkdir()
    seventh = meeting_in("es", tmp_path / "meetings")
    printed = build(seventh, tmp_path / "out", fmt)
    assert english_left(seventh, printed, ENGLISH) == {}
    assert "Propuesta de organización de los trabajos" in printed and "Anotaciones" in printed


# --- the planning commands' reports and the diff --------------------------------------------

def test_reports_and_diff_in_spanish(tmp_path):
    from typer.testing import CliRunner

    from egmplan.cli.main import app

    seventh = meeting_in("es", tmp_path)
    runner = CliRunner()
    connections = runner.invoke(app, ["connections", "-m", str(seventh), "--participants", "member-states"])
    assert connections.exit_code == 0, connections.output
    assert connections.stdout.splitlines()[0] == "Conexiones para intervenir en egm-cybercrime-2021: capacidad 300"
    suggest = runner.invoke(app, ["suggest", "-m", str(seventh), "--participants", "member-states"])
    assert suggest.exit_code == 0, suggest.output
    assert suggest.stdout.splitlines()[0] == (
        "Horarios de sesión para egm-cybercrime-2021: Vienna (Europe/Vienna), 6 a 8 de abril de 2021, "
        "3 días de sesiones")
    later = copy_meeting(tmp_path, "later.yaml", text=seventh.read_text(encoding="utf-8").replace(
        '{start: "15:00", end: "18:00"}', '{start: "15:00", end: "17:30"}'))
    diff = runner.invoke(app, ["diff", str(seventh), str(later)])
    assert ("- Sesión trasladada: martes 6 de abril de 2021, 15.00 a 18.00 horas → 15.00 a 17.30 horas. "
            "(sittings.default[1].end)") in diff.stdout.splitlines()


def test_offset_note_of_march_2019(tmp_path):
    """The week New York had moved its clocks and Vienna had not (tests/test_localtime.py)."""
    from test_localtime import MARCH_2019, meeting_from

    from egmplan.planning.schedule import build_schedule

    schedule = build_schedule(meeting_from(tmp_path, "egm-march-2019", MARCH_2019), ["America/New_York"])
    assert [es.offset_note(note) for note in schedule.notes] == [
        "America/New_York tiene 5 horas menos que Vienna del 27 al 29 de marzo de 2019, en lugar de la diferencia "
        "habitual (6 horas menos): New York cambió la hora el 10 de marzo de 2019 (EST, UTC−5 → EDT, UTC−4) y "
        "Vienna cambia la hora el 31 de marzo de 2019 (CET, UTC+1 → CEST, UTC+2)."]


# --- the site's pages and the workplan (issue 14): one assertion per cell of docs/languages.md,
# with the sixth meeting's values (postponed from 6-8 April to 27-29 July 2020; the workplan for
# 2018-2021 adopted at the fourth meeting, UNODC/CCPCJ/EG.4/2018/CRP.1)

GROUP = "Grupo de Expertos"


def test_site_words():
    assert es.WORDS == {
        "year": "Año", "meeting_column": "Reunión", "annotations": "Anotaciones", "status": "Estado",
        "note": "Nota", "announcement": "Anuncio", "mandate": "Mandato", "history": "Reuniones anteriores",
        "workplan": "Plan de trabajo", "dates_and_venue": "Fechas y lugar", "dates": "Fechas", "venue": "Lugar",
        "format": "Formato", "documents": "Documentos",
        "agenda_files": "Programa, organización de los trabajos y calendario", "statements": "Declaraciones",
        "statements_note": "Declaraciones reproducidas tal como se recibieron",
        "general_statements": "Declaraciones generales", "panellists": "Panelistas", "meetings": "Reuniones",
        "report": "Informe", "series_page": "{short_body}: todas las reuniones",
        "meeting_page": "Página de la reunión"}


def test_format_words():
    assert es.FORMAT_WORDS == {"in-person": "presencial", "hybrid": "híbrido (presencial y en línea)",
                               "online": "en línea"}


def test_file_words():
    assert es.FILE_WORDS == {
        "agenda.html": "Programa provisional anotado (HTML)",
        "agenda.docx": "Programa provisional anotado (Word)",
        "agenda.md": "Programa provisional anotado (Markdown)",
        "agenda.txt": "Programa provisional anotado (texto sin formato)",
        "agenda.json": "Programa provisional anotado (datos JSON)",
        "orgwork.csv": "Organización de los trabajos (CSV)",
        "sittings.ics": "Sesiones (archivo de calendario)",
        "schedule.html": "Horario de las sesiones en hora local"}


def test_part_numbers_are_roman():
    assert [es.roman(1), es.roman(2), es.roman(3)] == ["I", "II", "III"]


def test_year_range():
    assert es.year_range(2018, 2021) == "2018-2021"


def test_meeting_figure():
    assert [es.meeting_figure(4, "meeting"), es.meeting_figure(4, "session")] == [
        "4ª reunión", "4º período de sesiones"]


def test_meeting_title():
    assert es.meeting_title(6, "meeting", "Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre "
                            "el Delito Cibernético") == (
        "Sexta reunión del Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre el Delito Cibernético")


def test_postponement_announcement():
    assert es.postponement_announcement(
        6, "meeting", GROUP, (date(2020, 7, 27), date(2020, 7, 29)), (date(2020, 4, 6), date(2020, 4, 8)),
        "debido a las repercusiones de la pandemia de COVID-19") == (
        "La sexta reunión del Grupo de Expertos tuvo que aplazarse debido a las repercusiones de la pandemia "
        "de COVID-19 (nuevas fechas: 27 a 29 de julio de 2020; fechas originales: 6 a 8 de abril de 2020).")


def test_workplan_adoption():
    assert es.workplan_adoption(4, "meeting", GROUP, 2018, 2021, "UNODC/CCPCJ/EG.4/2018/CRP.1") == (
        "En su cuarta reunión, el Grupo de Expertos aprobó su plan de trabajo para el período 2018-2021 "
        "(UNODC/CCPCJ/EG.4/2018/CRP.1). De conformidad con el plan de trabajo:")


def test_workplan_entry():
    assert es.workplan_entry("2020", 6, "meeting", ["Cooperación internacional", "Prevención"]) == (
        "2020, sexta reunión: Cooperación internacional; Prevención")


def test_workplan_title():
    assert es.workplan_title(GROUP, es.year_range(2018, 2021)) == (
        "Plan de trabajo del Grupo de Expertos para el período 2018-2021")


def test_statements_headings():
    assert [es.statements_heading(None, None), es.statements_heading("2", "Cooperación internacional")] == [
        "Declaraciones generales",
        "Declaraciones en relación con el tema 2 del programa (Cooperación internacional)"]


def test_panel_heading():
    assert es.panel_heading("3", "Prevención") == "Panelistas en relación con el tema 3 del programa (Prevención)"


def test_status_line():
    assert es.status_line("Reproducido tal como se recibió", date(2020, 6, 1)) == (
        "Reproducido tal como se recibió. Estado: 1 de junio de 2020")


def test_country_name_is_cldr_s():
    assert [es.country_name("RU", "Russian Federation"), es.country_name("DO", "Dominican Republic")] == [
        "Rusia", "República Dominicana"]
