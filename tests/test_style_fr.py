"""French as the UN's French Translation Service writes it (style/fr/; issue 13's table,
one assertion per given cell; sources in docs/languages.md, section French)."""

from __future__ import annotations

from datetime import date, time, timedelta
from types import SimpleNamespace

import pytest

from egmplan.loader import load_meeting
from egmplan.render.view import build_view
from egmplan.style import fr, get_style

from bundled import copy_meeting
from language_checks import ENGLISH, build, english_left, meeting_in

NBSP_NARROW = "\u202f"


# --- the table, one assertion per cell ----------------------------------------------

def test_session_line():
    assert fr.session_name(6, "session") == "Sixième session"


def test_venue_and_dates():
    assert fr.venue_dates("Vienne", date(2015, 6, 1), date(2015, 6, 5)) == "Vienne, 1er-5 juin 2015"


def test_masthead_distribution_line():
    assert fr.distribution_line("General") == "Distr. générale"


def test_masthead_original_line():
    assert fr.original_line("English") == "Original : anglais"


def test_title():
    assert fr.heading("title_annotated") == "Ordre du jour provisoire annoté"


def test_items_and_sub_items(tmp_path):
    meeting = load_meeting(meeting_in("fr", tmp_path)).meeting
    first = build_view(meeting).agenda[0]
    assert (first.label, [sub.label for sub in first.items]) == ("1.", ["a)", "b)"])


def test_opening_time():
    assert fr.format_opening(date(2021, 4, 6), time(10)) == "mardi 6 avril 2021 à 10 heures"


# researched cells (docs/languages.md)

def test_table_times():
    assert fr.format_time_range(time(10), time(13)) == "10 heures-13 heures"


def test_continued():
    assert fr.CONTINUED == "(suite)"


def test_annex_title():
    assert fr.heading("annex_title") == "Projet d’organisation des travaux"


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("start, end, expected", [
    (date(2021, 4, 6), date(2021, 4, 8), "6-8 avril 2021"),
    (date(2023, 5, 29), date(2023, 6, 2), "29 mai-2 juin 2023"),
    (date(2024, 12, 30), date(2025, 1, 2), "30 décembre 2024-2 janvier 2025"),
    (date(2021, 7, 31), date(2021, 8, 1), "31 juillet-1er août 2021"),
    (date(2021, 4, 6), date(2021, 4, 6), "6 avril 2021"),
])
def test_date_ranges(start, end, expected):
    assert fr.format_date_range(start, end) == expected


@pytest.mark.parametrize("start, end, expected", [
    (date(2021, 4, 6), date(2021, 4, 8), "du 6 au 8 avril 2021"),
    (date(2022, 8, 29), date(2022, 9, 9), "du 29 août au 9 septembre 2022"),
    (date(2024, 12, 30), date(2025, 1, 2), "du 30 décembre 2024 au 2 janvier 2025"),
    (date(2022, 6, 13), date(2022, 6, 14), "les 13 et 14 juin 2022"),
    (date(2015, 6, 1), date(2015, 6, 5), "du 1er au 5 juin 2015"),
    (date(2021, 4, 6), date(2021, 4, 6), "le 6 avril 2021"),
])
def test_dates_in_running_text(start, end, expected):
    assert fr.format_date_span_text(start, end) == expected


def test_every_month_and_weekday_comes_from_cldr():
    assert [fr.month_name(m) for m in range(1, 13)] == [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
    monday = date(2021, 4, 5)
    assert [fr.weekday_name(monday + timedelta(days=n)) for n in range(7)] == [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def test_dates_with_weekday_and_without_year():
    assert fr.format_date(date(2021, 4, 6), weekday=True) == "mardi 6 avril 2021"
    assert fr.format_date(date(2020, 6, 1), weekday=True, year=False) == "lundi 1er juin"
    assert fr.short_date(date(2021, 4, 6)) == "mar. 6 avr."


def test_a_range_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        fr.format_date_range(date(2021, 4, 8), date(2021, 4, 6))


# --- times ----------------------------------------------------------------------------------

@pytest.mark.parametrize("t, expected", [
    (time(10), "10 heures"), (time(15, 10), "15 h 10"), (time(9, 5), "9 h 05"), (time(1), "1 heure"),
    (time(0), "0 heure"), (time(12), "12 heures"),
])
def test_times(t, expected):
    assert fr.format_time(t) == expected
    assert fr.format_time(t, "24h") == expected


def test_time_ranges():
    assert fr.format_time_range(time(15), time(18)) == "15 heures-18 heures"
    assert fr.format_time_range(time(9, 30), time(12, 30), "24h") == "9 h 30-12 h 30"
    with pytest.raises(ValueError):
        fr.format_time_range(time(10), time(10))
    with pytest.raises(ValueError):
        fr.format_time(time(10), "13h")


# --- numbers and ordinals -------------------------------------------------------------------

@pytest.mark.parametrize("n, word", [
    (1, "première"), (2, "deuxième"), (3, "troisième"), (4, "quatrième"), (5, "cinquième"), (6, "sixième"),
    (7, "septième"), (9, "neuvième"), (10, "dixième"), (11, "onzième"), (16, "seizième"),
    (17, "dix-septième"), (20, "vingtième"), (21, "vingt et unième"), (22, "vingt-deuxième"),
    (30, "trentième"), (41, "quarante et unième"), (64, "soixante-quatrième"), (70, "soixante-dixième"),
    (71, "soixante et onzième"), (79, "soixante-dix-neuvième"), (80, "quatre-vingtième"),
    (81, "quatre-vingt-unième"), (90, "quatre-vingt-dixième"), (99, "quatre-vingt-dix-neuvième"),
    (100, "centième"),
])
def test_ordinal_words(n, word):
    assert fr.ordinal_word(n) == word


def test_ordinals_first_and_in_figures():
    assert fr.ordinal_word(1, masculine=True) == "premier"
    assert fr.ordinal_figure(1) == "1er"
    assert fr.ordinal_figure(1, feminine=True) == "1re"
    assert [fr.ordinal_figure(n) for n in (2, 21, 100)] == ["2e", "21e", "100e"]
    with pytest.raises(ValueError):
        fr.ordinal_word(0)


@pytest.mark.parametrize("n, word", [
    (0, "zéro"), (1, "un"), (21, "vingt et un"), (71, "soixante et onze"), (80, "quatre-vingts"),
    (81, "quatre-vingt-un"), (100, "cent"), (200, "deux cents"), (201, "deux cent un"),
])
def test_number_words(n, word):
    assert fr.number_word(n) == word


def test_plural_agrees():
    assert fr.plural(1, "séance plénière", feminine=True) == "une séance plénière"
    assert fr.plural(21, "séance", feminine=True) == "vingt et une séances"
    assert fr.plenary_meetings(6, 3) == "six séances plénières sur trois jours"


# --- the document ---------------------------------------------------------------------------

def test_masthead_and_headings():
    assert fr.heading("organ") == "Nations Unies"
    assert fr.heading("agenda") == "Ordre du jour provisoire"
    assert fr.heading("annex") == "Annexe"
    assert fr.session_name(7, "meeting") == "Septième réunion"
    assert fr.meeting_name("Groupe d’experts", 7, "meeting") == "Groupe d’experts, septième réunion"
    assert fr.table_columns("separate") == ("Date", "Heure", "Point", "Titre ou description")


def test_every_english_heading_has_a_french_one():
    english = get_style("en")
    assert set(english.agenda._HEADINGS) <= set(fr.agenda._HEADINGS)


def test_the_continued_row(tmp_path):
    meeting = load_meeting(meeting_in("fr", tmp_path)).meeting
    table = build_view(meeting).table
    afternoon = table.days[0].sittings[1].lines[0]
    assert (afternoon.date, afternoon.time, afternoon.cells[0].item, afternoon.cells[0].suffix_parts) == \
        ("", "15 heures-18 heures", "2", ("(", "suite", ")"))
    assert afternoon.cells[0].title == afternoon.cells[0].base + " (suite)"
    assert table.days[0].label == "Mardi 6 avril 2021"
    assert table.lines[0].cells[0].item == "1 a)"


def test_deadlines_and_calendar():
    due = fr.deadline_due(date(2020, 7, 22), time(18), cob=True)
    assert fr.deadline_line("Inscription des orateurs", due, "Vienne") == (
        "Inscription des orateurs : mercredi 22 juillet 2020, 18 heures (fermeture des bureaux), heure de Vienne")
    assert fr.items_phrase(["2", "3", "4"]) == "points 2, 3 et 4"
    assert fr.calendar_sitting_line(date(2021, 4, 6), time(10), time(13), "12h", "Vienne") == (
        "mardi 6 avril 2021, 10 heures-13 heures (heure de Vienne)")
    assert fr.venue_time("Addis-Abeba") == "heure d’Addis-Abeba"


def test_plan_summary_groups_thousands_as_cldr_does():
    assert fr.plan_summary("m", 1020, 1080, 6, 6, 3, ["2"]) == (
        f"m : 1{NBSP_NARROW}020 minutes planifiées sur 1{NBSP_NARROW}080 en 6 séances sur 6, sur 3 jours, "
        "60 restantes ; réparti sur plusieurs séances : 2.")


def test_history():
    entry = lambda n, start, end, **kw: SimpleNamespace(  # noqa: E731
        number=n, kind="meeting", venue=kw.get("venue", "Vienne"), start=start, end=end,
        postponed_from=kw.get("postponed_from"), venue_changed=kw.get("venue_changed", False))
    entries = [entry(1, date(2011, 1, 17), date(2011, 1, 21)), entry(2, date(2013, 2, 25), date(2013, 2, 28)),
               entry(3, date(2017, 4, 10), date(2017, 4, 13))]
    assert fr.history_paragraph(entries, "Groupe d’experts") == (
        "La première réunion du Groupe d’experts s’est tenue à Vienne du 17 au 21 janvier 2011. "
        "La deuxième réunion s’est tenue du 25 au 28 février 2013 et la troisième du 10 au 13 avril 2017.")
    postponed = entry(6, date(2020, 7, 27), date(2020, 7, 29),
                      postponed_from=(date(2020, 4, 6), date(2020, 4, 8)))
    assert fr.history_sentence(postponed, "Commission") == (
        "La sixième réunion de la Commission devait initialement se tenir du 6 au 8 avril 2020 "
        "et s’est tenue à Vienne du 27 au 29 juillet 2020.")


# --- end to end -----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_the_seventh_meeting_in_french_prints_no_english_of_its_own(tmp_path, fmt):
    """Only the meeting file's own text (untranslated here) may still be English: every word
    the style adds is French. "Annotations" and "Documentation" are French words too."""
    (tmp_path / "meetings").mkdir()
    seventh = meeting_in("fr", tmp_path / "meetings")
    printed = build(seventh, tmp_path / "out", fmt)
    same_in_french = ("Annotations", "Documentation")
    assert english_left(seventh, printed, [w for w in ENGLISH if w not in same_in_french]) == {}
    assert "Projet d’organisation des travaux" in printed and "suite" in printed


def test_the_check_finds_english(tmp_path):
    """The same check on the English build finds the style's English: it can fail."""
    (tmp_path / "meetings").mkdir()
    seventh = meeting_in("en", tmp_path / "meetings")
    left = english_left(seventh, build(seventh, tmp_path / "out", "md"))
    assert {"April", "Tuesday", "continued", "Annex", "English", "General"} <= set(left)


# --- the planning commands' reports and the diff --------------------------------------------

def test_reports_and_diff_in_french(tmp_path):
    from typer.testing import CliRunner

    from egmplan.cli.main import app

    seventh = meeting_in("fr", tmp_path)
    runner = CliRunner()
    connections = runner.invoke(app, ["connections", "-m", str(seventh), "--participants", "member-states"])
    assert connections.exit_code == 0, connections.output
    assert connections.stdout.splitlines()[:3] == [
        "Connexions de parole pour egm-cybercrime-2021 : capacité 300",
        "Règle de l’organisation des travaux de 2020 : 2 par délégation membre et 1 par délégation observatrice : "
        "2 × 193 + 1 × 0 = 386, plus que 300 ; donc 1 pour chacune des 193 délégations = 193.",
        "Reliquat pour les intervenants : 107 ; 0 intervenant prend 0, 107 non utilisées.",
    ]
    suggest = runner.invoke(app, ["suggest", "-m", str(seventh), "--participants", "member-states"])
    assert suggest.exit_code == 0, suggest.output
    assert suggest.stdout.splitlines()[0] == (
        "Heures de séance pour egm-cybercrime-2021 : Vienna (Europe/Vienna), 6-8 avril 2021, 3 jours de séance")
    later = copy_meeting(tmp_path, "later.yaml",
                         text=seventh.read_text(encoding="utf-8").replace("  venue: Vienna\n", "  venue: Vienne\n"))
    diff = runner.invoke(app, ["diff", str(seventh), str(later)])
    assert "- Lieu : Vienna → Vienne. (meeting.venue)" in diff.stdout.splitlines()


def test_the_word_list_counts_sub_items_a_b_without_opening_bracket(tmp_path):
    """Word numbers the French agenda list itself: level 1 prints "a)", as the view labels it."""
    import docx
    from docx.oxml.ns import qn

    (tmp_path / "meetings").mkdir()
    seventh = meeting_in("fr", tmp_path / "meetings")
    out = tmp_path / "out"
    from typer.testing import CliRunner

    from egmplan.cli.main import app

    result = CliRunner().invoke(app, ["agenda", "build", str(seventh), "-f", "docx", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out / "egm-cybercrime-2021" / "agenda.docx"))
    numbering = document.part.numbering_part.element
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == "90")
    levels = [lvl.find(qn("w:lvlText")).get(qn("w:val")) for lvl in abstract.findall(qn("w:lvl"))]
    assert levels == ["%1.", "%2)"]


def test_offset_note_of_march_2019(tmp_path):
    """The week New York had moved its clocks and Vienna had not (tests/test_localtime.py)."""
    from test_localtime import MARCH_2019, meeting_from

    from egmplan.planning.schedule import build_schedule

    schedule = build_schedule(meeting_from(tmp_path, "egm-march-2019", MARCH_2019), ["America/New_York"])
    assert [fr.offset_note(note) for note in schedule.notes] == [
        "America/New_York a 5 heures de retard sur Vienna du 27 au 29 mars 2019, au lieu de l’écart habituel "
        "(6 heures de retard) : New York a changé d’heure le 10 mars 2019 (EST, UTC−5 → EDT, UTC−4) et Vienna "
        "change d’heure le 31 mars 2019 (CET, UTC+1 → CEST, UTC+2)."]


def test_an_item_with_sub_items_ends_in_a_spaced_colon_that_never_starts_a_line():
    from egmplan.style import fr

    assert [fr.agenda_mark(p) for p in ("item", "introduces", "sub", "last_sub")] == [".", "\u00a0:", ";", "."]


# --- the site's pages and the workplan (issue 14): one assertion per cell of docs/languages.md,
# with the sixth meeting's values (postponed from 6-8 April to 27-29 July 2020; the workplan for
# 2018-2021 adopted at the fourth meeting, UNODC/CCPCJ/EG.4/2018/CRP.1)

GROUP = "Groupe d’experts"
NBSP = "\u00a0"


def test_site_words():
    assert fr.WORDS == {
        "year": "Année", "meeting_column": "Réunion", "annotations": "Annotations", "status": "État",
        "note": "Note", "announcement": "Annonce", "mandate": "Mandat", "history": "Réunions précédentes",
        "workplan": "Plan de travail", "dates_and_venue": "Dates et lieu", "dates": "Dates", "venue": "Lieu",
        "format": "Format", "documents": "Documents",
        "agenda_files": "Ordre du jour, organisation des travaux et calendrier", "statements": "Déclarations",
        "statements_note": "Déclarations reproduites telles que reçues",
        "general_statements": "Déclarations générales", "panellists": "Intervenants", "meetings": "Réunions",
        "report": "Rapport", "series_page": "{short_body}\u00a0: toutes les réunions",
        "meeting_page": "Page de la réunion"}


def test_series_page_link_keeps_the_body_as_given():
    assert fr.WORDS["series_page"].format(short_body=GROUP) == "Groupe d’experts\u00a0: toutes les réunions"


def test_format_words():
    assert fr.FORMAT_WORDS == {"in-person": "en personne", "hybrid": "hybride (en personne et en ligne)",
                               "online": "en ligne"}


def test_file_words():
    assert fr.FILE_WORDS == {
        "agenda.html": "Ordre du jour provisoire annoté (HTML)",
        "agenda.docx": "Ordre du jour provisoire annoté (Word)",
        "agenda.md": "Ordre du jour provisoire annoté (Markdown)",
        "agenda.txt": "Ordre du jour provisoire annoté (texte brut)",
        "agenda.json": "Ordre du jour provisoire annoté (données JSON)",
        "orgwork.csv": "Organisation des travaux (CSV)",
        "sittings.ics": "Séances (fichier de calendrier)",
        "schedule.html": "Horaire des séances en heure locale"}


def test_part_headings_and_the_colon_s_no_break_space():
    assert [fr.part_heading(1, "Introduction"), fr.part_heading(2, None)] == ["I. Introduction", "II."]
    assert fr.PUNCTUATION["colon"] == "\u00a0: "


def test_part_numbers_are_roman():
    assert [fr.roman(1), fr.roman(2), fr.roman(3)] == ["I", "II", "III"]


def test_year_range():
    assert fr.year_range(2018, 2021) == "2018-2021"


def test_meeting_figure():
    assert [fr.meeting_figure(4, "meeting"), fr.meeting_figure(1, "meeting")] == ["4e réunion", "1re réunion"]


def test_meeting_title():
    assert fr.meeting_title(6, "meeting", "Groupe d’experts chargé de réaliser une étude approfondie sur la "
                            "cybercriminalité") == (
        "Sixième réunion du Groupe d’experts chargé de réaliser une étude approfondie sur la cybercriminalité")


def test_postponement_announcement():
    assert fr.postponement_announcement(
        6, "meeting", GROUP, (date(2020, 7, 27), date(2020, 7, 29)), (date(2020, 4, 6), date(2020, 4, 8)),
        "en raison des conséquences de la pandémie de COVID-19") == (
        "La sixième réunion du Groupe d’experts a dû être reportée au 27-29 juillet 2020 en raison des "
        f"conséquences de la pandémie de COVID-19 (dates initiales{NBSP}: 6-8 avril 2020).")


def test_workplan_adoption():
    assert fr.workplan_adoption(4, "meeting", GROUP, 2018, 2021, "UNODC/CCPCJ/EG.4/2018/CRP.1") == (
        "À sa quatrième réunion, le Groupe d’experts a adopté son plan de travail pour la période 2018-2021 "
        f"(UNODC/CCPCJ/EG.4/2018/CRP.1). Conformément au plan de travail{NBSP}:")


def test_workplan_entry():
    assert fr.workplan_entry("2020", 6, "meeting", ["Coopération internationale", "Prévention"]) == (
        f"2020, sixième réunion{NBSP}: Coopération internationale; Prévention")


def test_workplan_title():
    assert fr.workplan_title(GROUP, fr.year_range(2018, 2021)) == (
        "Plan de travail du Groupe d’experts pour la période 2018-2021")


def test_statements_headings():
    assert [fr.statements_heading(None, None), fr.statements_heading("2", "Coopération internationale")] == [
        "Déclarations générales",
        "Déclarations au titre du point 2 de l’ordre du jour (Coopération internationale)"]


def test_panel_heading():
    assert fr.panel_heading("3", "Prévention") == "Intervenants au titre du point 3 de l’ordre du jour (Prévention)"


def test_status_line():
    assert fr.status_line("Reproduit tel que reçu", date(2020, 6, 1)) == (
        f"Reproduit tel que reçu. État{NBSP}: 1er juin 2020")


def test_country_name_is_cldr_s():
    assert [fr.country_name("RU", "Russian Federation"), fr.country_name("DO", "Dominican Republic")] == [
        "Russie", "République dominicaine"]
