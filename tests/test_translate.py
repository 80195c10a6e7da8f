"""Translations (issue 13): `egmplan translate extract` writes and merges a meeting's gettext
catalogue, `validate` reports what it lacks, and the loader gives the meeting in a language."""

import shutil
import subprocess
import sys
from pathlib import Path

import babel
import pytest
from typer.testing import CliRunner

from egmplan.app.check import load_and_check
from egmplan.cli.main import app
from egmplan.loader.catalogues import catalogue_path, meeting_in, read_catalogue
from egmplan.translatable import translatable_strings

HERE = Path(__file__).parent / "translate"
GOLDEN = Path(__file__).parent / "golden" / "translate"
MEETING = "egm-translated"

runner = CliRunner()


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    shutil.copy(HERE / f"{MEETING}.yaml", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EGMPLAN_MEETINGS", str(tmp_path))
    return tmp_path


def _extract(*extra: str):
    return runner.invoke(app, ["translate", "extract", "-m", MEETING, "--lang", "fr", *extra])


def _po(folder: Path) -> str:
    return (folder / f"{MEETING}.fr.po").read_text(encoding="utf-8")


def _golden(name: str) -> str:
    text = (GOLDEN / name).read_text(encoding="utf-8")
    return text.replace("Generated-By: Babel 2.19.0", f"Generated-By: Babel {babel.__version__}")


def _translate(po: str, english: str, french: str) -> str:
    """``po`` with the msgstr of the one-line msgid ``english`` filled with ``french``."""
    needle = f'msgid "{english}"\nmsgstr ""\n'
    assert po.count(needle) == 1, english
    return po.replace(needle, f'msgid "{english}"\nmsgstr "{french}"\n')


def _edit_meeting(folder: Path, old: str, new: str) -> None:
    path = folder / f"{MEETING}.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_extract_writes_every_string_with_its_key_path_and_where_it_prints(folder):
    result = _extract()
    assert (result.exit_code, result.stderr) == (
        0, "egmplan: wrote egm-translated.fr.po: 15 strings, 0 translated, 0 fuzzy, 15 untranslated\n")
    assert _po(folder) == _golden("egm-translated.fr.po")


def test_extract_is_deterministic_and_dated_by_source_date_epoch(folder, monkeypatch):
    _extract()
    first = _po(folder)
    assert _extract().exit_code == 0
    assert _po(folder) == first  # same meeting, same bytes
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert _extract().exit_code == 0
    assert _po(folder) == first.replace("2021-02-22 00:00+0000", "2023-11-14 22:13+0000")


def test_round_trip_a_changed_title_becomes_fuzzy_with_its_old_translation(folder):
    _extract()
    po = _po(folder)
    po = _translate(po, "Other matters", "Questions diverses")
    po = _translate(po, "Review of the study", "Examen de l’étude")
    (folder / f"{MEETING}.fr.po").write_text(po, encoding="utf-8")
    _edit_meeting(folder, "title: Review of the study", "title: Review of the draft study")

    result = _extract()
    assert (result.exit_code, result.stderr) == (
        0, "egmplan: updated egm-translated.fr.po: 15 strings, 1 translated, 1 fuzzy, 13 untranslated\n")
    expected = po.replace(
        '#. item 2: its title in the list of items, the annotations and the organization\n'
        '#. of work\n'
        'msgctxt "agenda[key=review].title"\n'
        'msgid "Review of the study"\n',
        '#. item 2: its title in the list of items, the annotations and the organization\n'
        '#. of work\n'
        '#, fuzzy\n'
        '#| msgid "Review of the study"\n'
        'msgctxt "agenda[key=review].title"\n'
        'msgid "Review of the draft study"\n')
    assert _po(folder) == expected  # exactly that entry changed; every translation kept


def test_a_string_gone_from_the_meeting_becomes_obsolete_with_its_translation(folder):
    _extract()
    po = _translate(_po(folder), "Draft study", "Projet d’étude")
    (folder / f"{MEETING}.fr.po").write_text(po, encoding="utf-8")
    _edit_meeting(folder, "    documentation:\n      - title: Draft study\n        symbol: UNODC/CCPCJ/EG.9/2021/2\n", "")

    result = _extract()
    assert (result.exit_code, result.stderr) == (
        0, "egmplan: updated egm-translated.fr.po: 14 strings, 0 translated, 0 fuzzy, 14 untranslated, 1 obsolete\n")
    entry = ('#. item 2: the title of a document under Documentation\n'
             '#. (UNODC/CCPCJ/EG.9/2021/2)\n'
             'msgctxt "agenda[key=review].documentation[0].title"\n'
             'msgid "Draft study"\n'
             'msgstr "Projet d’étude"\n\n')
    assert entry in po
    assert _po(folder) == po.replace(entry, "") + (
        '#~ msgctxt "agenda[key=review].documentation[0].title"\n'
        '#~ msgid "Draft study"\n'
        '#~ msgstr "Projet d’étude"\n\n')


def test_a_keyed_item_keeps_its_translation_when_an_item_is_inserted_before_it(folder):
    _extract()
    po = _translate(_po(folder), "Other matters", "Questions diverses")
    (folder / f"{MEETING}.fr.po").write_text(po, encoding="utf-8")
    _edit_meeting(folder, "  - key: other\n", "  - title: Election of officers\n  - key: other\n")

    assert _extract().exit_code == 0
    after = _po(folder)
    assert 'msgctxt "agenda[key=other].title"\nmsgid "Other matters"\nmsgstr "Questions diverses"\n' in after
    assert '#. item 4: its title' in after  # its number moved; its context did not
    assert 'msgctxt "agenda[3].title"\nmsgid "Election of officers"\nmsgstr ""\n' not in after
    assert 'msgctxt "agenda[2].title"\nmsgid "Election of officers"\nmsgstr ""\n' in after


def test_the_meeting_in_french_takes_each_translated_string_and_lists_the_rest(folder):
    _extract()
    po = _translate(_po(folder), "Other matters", "Questions diverses")
    po = _translate(po, "Expert Group on Testing", "Groupe d’experts chargé des essais")
    po = _translate(po, "Vienna", "Vienne")
    po = _translate(po, "Expert Group", "Groupe d’experts")
    po = _translate(po, "The {meeting} of the {body} will be opened on {opening}.",
                    "La {meeting} du {body} sera ouverte le {opening}.")
    (folder / f"{MEETING}.fr.po").write_text(po, encoding="utf-8")
    meeting = load_and_check(folder / f"{MEETING}.yaml").meeting

    french = meeting_in(meeting, folder / f"{MEETING}.yaml", "fr")
    assert (french.meeting.body, french.meeting.short_body, french.meeting.venue) == (
        "Groupe d’experts chargé des essais", "Groupe d’experts", "Vienne")
    assert [i.title for i in french.meeting.agenda] == ["Organizational matters", "Review of the study",
                                                        "Questions diverses"]
    assert french.meeting.agenda[0].items[0].annotation == "La {meeting} du {body} sera ouverte le {opening}."
    assert (french.meeting.start, french.meeting.sittings, french.meeting.symbol) == (
        meeting.start, meeting.sittings, meeting.symbol)  # the facts never change
    assert len(french.untranslated) == 10
    assert meeting_in(meeting, folder / f"{MEETING}.yaml", "en").meeting is meeting


def test_a_fuzzy_or_outdated_translation_is_not_used(folder):
    _extract()
    po = _translate(_po(folder), "Other matters", "Questions diverses")
    (folder / f"{MEETING}.fr.po").write_text(po.replace('msgctxt "agenda[key=other].title"',
                                                        '#, fuzzy\nmsgctxt "agenda[key=other].title"'),
                                             encoding="utf-8")
    meeting = load_and_check(folder / f"{MEETING}.yaml").meeting
    assert meeting_in(meeting, folder / f"{MEETING}.yaml", "fr").meeting.agenda[2].title == "Other matters"
    (folder / f"{MEETING}.fr.po").write_text(po, encoding="utf-8")
    _edit_meeting(folder, "title: Other matters", "title: Any other business")
    meeting = load_and_check(folder / f"{MEETING}.yaml").meeting
    assert meeting_in(meeting, folder / f"{MEETING}.yaml", "fr").meeting.agenda[2].title == "Any other business"


def test_validate_reports_untranslated_and_fuzzy_strings_with_their_lines(folder):
    _extract()
    po = _po(folder)
    for english in ("Expert Group on Testing", "Expert Group", "Vienna", "Organizational matters",
                    "Opening of the meeting", "Adoption of the agenda", "Review", "Draft study",
                    "Official holiday", "Review of the draft study", "Written contributions"):
        po = _translate(po, english, "X")
    po = _translate(po, "The {meeting} of the {body} will be opened on {opening}.", "{meeting} {body} {opening}")
    po = _translate(po, "Review of the study", "Examen")
    po = po.replace('msgctxt "agenda[key=review].title"', '#, fuzzy\nmsgctxt "agenda[key=review].title"')
    (folder / f"{MEETING}.fr.po").write_text(po, encoding="utf-8")

    result = runner.invoke(app, ["validate", f"{MEETING}.yaml"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, (
        "egm-translated.fr.po:65:1: warning: agenda[0].items[1].annotation: untranslated (fr, 1 of 2): "
        "'The provisional agenda was approved by the Commission.[^1] …'\n"
        "egm-translated.fr.po:75:1: warning: agenda[key=review].title: fuzzy (fr, 1 of 1): the English changed; "
        "check the translation, then remove the 'fuzzy' flag\n"
        "egm-translated.fr.po:92:1: warning: agenda[key=other].title: untranslated (fr, 2 of 2): 'Other matters'\n"
    ), "OK: 1 file checked, 0 errors, 3 warnings\n")
    assert runner.invoke(app, ["validate", "--strict", f"{MEETING}.yaml"]).exit_code == 1


def test_validate_says_when_a_declared_language_has_no_catalogue(folder):
    result = runner.invoke(app, ["validate", f"{MEETING}.yaml"])
    assert (result.exit_code, result.stdout) == (0, (
        "egm-translated.fr.po:1:1: warning: no catalogue for fr yet: 15 strings to translate; run "
        "'egmplan translate extract -m egm-translated --lang fr'\n"))


def test_validate_says_when_the_catalogue_is_out_of_date(folder):
    _extract()
    _edit_meeting(folder, "    title: Other matters\n", "    title: Any other business\n    short_title: Other\n")
    result = runner.invoke(app, ["validate", "-q", f"{MEETING}.yaml"])
    assert result.stdout.splitlines()[0] == (
        "egm-translated.fr.po:1:1: warning: the catalogue (fr) is out of date: 1 string of the meeting is not in "
        "it and 1 changed in the meeting file since; run 'egmplan translate extract -m egm-translated --lang fr'")


def test_the_english_commands_never_load_babel_or_the_catalogues(folder):
    """A meeting in English only: validate, as every command, runs without Babel."""
    code = ("import sys; from egmplan.cli.main import run; sys.argv = ['egmplan', 'validate', '-q'];\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "print('babel' if 'babel' in sys.modules else 'light', file=sys.stderr)")
    _edit_meeting(folder, "  languages: [en, fr]\n", "")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=folder)
    assert done.stderr.strip().splitlines()[-1] == "light", done.stderr


def test_extract_refuses_to_overwrite_a_catalogue_it_cannot_read(folder):
    broken = 'msgid "Vienna"\nmsgstr "Vienne"\nthis is not a keyword\n'
    (folder / f"{MEETING}.fr.po").write_text(broken, encoding="utf-8")
    result = _extract()
    assert (result.exit_code, result.stderr) == (1, (
        "egmplan: error: egm-translated.fr.po:3: not a gettext catalogue: unknown or misformatted keyword: "
        "'this is not a keyword'; fix it, then extract again\n"))
    assert _po(folder) == broken


def test_extract_refuses_the_original_language_and_a_language_outside_the_six(folder):
    result = runner.invoke(app, ["translate", "extract", "-m", MEETING, "--lang", "en"])
    assert (result.exit_code, result.stderr) == (2, (
        "egmplan: error: --lang en: en is the meeting's original language (the first of meeting.languages); "
        "nothing to translate\n"))
    result = runner.invoke(app, ["translate", "extract", "-m", MEETING, "--lang", "de"])
    assert result.exit_code == 2
    assert "'de' is not one of the UN's six languages: ar, zh, en, fr, ru, es" in result.stderr


def test_extract_for_a_language_not_yet_declared_notes_it(folder):
    result = runner.invoke(app, ["translate", "extract", "-m", MEETING, "--lang", "es"])
    assert (result.exit_code, result.stderr) == (0, (
        "egmplan: wrote egm-translated.es.po: 15 strings, 0 translated, 0 fuzzy, 15 untranslated\n"
        "egmplan: note: egm-translated does not list es in meeting.languages (en, fr); validate and build read "
        "the catalogue once it does\n"))


def test_the_key_paths_are_unique(folder):
    meeting = load_and_check(folder / f"{MEETING}.yaml").meeting
    contexts = [s.context for s in translatable_strings(meeting)]
    assert len(contexts) == len(set(contexts))


def test_read_catalogue_reports_a_file_that_cannot_be_read(tmp_path):
    path = tmp_path / "m.fr.po"
    path.write_bytes(b'msgid "a"\nmsgstr "\xff"\n')
    catalogue = read_catalogue(path, "m.fr.po", "fr")
    assert catalogue.entries is None
    assert [str(d) for d in catalogue.diagnostics] == [
        "m.fr.po:2:9: error: byte 0xff is not utf-8 text; save the catalogue as UTF-8 with 'charset=UTF-8' "
        "in its header"]
    assert catalogue_path(tmp_path / "m.yaml", "m", "fr") == path


def test_every_translatable_string_of_every_key_is_translated_and_nothing_else():
    """tests/diff/every-key.yaml gives every key of the format (tracks, rows, holidays,
    deadlines included): each string it lists comes back translated, under the same key path,
    and the facts stay as they were."""
    from egmplan.loader.load import load_meeting

    meeting = load_meeting(Path(__file__).parent / "diff" / "every-key.yaml").meeting
    strings = translatable_strings(meeting)
    assert {s.context.split("[")[0].split(".")[0] for s in strings} == {
        "meeting", "agenda", "sittings", "organization_of_work", "tracks", "holidays", "deadlines", "documents",
        "statements"}
    mapping = {s.context: f"«{s.text}»" for s in strings}
    from egmplan.translatable import translated

    french = translated(meeting, mapping)
    assert [(s.context, s.text) for s in translatable_strings(french)] == list(mapping.items())
    assert (french.sittings, french.start, french.timezone, french.languages) == (
        meeting.sittings, meeting.start, meeting.timezone, meeting.languages)
    assert [i.number for i in french.all_items()] == [i.number for i in meeting.all_items()]


@pytest.mark.parametrize(("french", "problem"), [
    ("Vienne\x07", "contains the control character U+0007; remove it"),
    ("Vien\ufffene", "contains U+FFFE, a Unicode noncharacter that Word, HTML and calendar files cannot hold; "
                     "remove it"),
    ("Vienne\nAutriche", "breaks the line where the English is one line; write it on one line"),
    ("\u200b", "is empty (only invisible characters)"),
    ("V" * 1001, "is 1,001 characters long; a single-line text has at most 1,000"),
])
def test_a_translation_is_held_to_the_rules_of_the_text_it_translates(folder, french, problem):
    """What validates, builds: a translation that no document could hold is an error in
    validate, and the build refuses it as it refuses an untranslated string (never a
    traceback from the Word writer)."""
    _extract()
    (folder / f"{MEETING}.fr.po").write_text(_translate(_po(folder), "Vienna", french.replace("\n", "\\n")),
                                             encoding="utf-8")
    line = next(n for n, text in enumerate(_po(folder).splitlines(), start=1) if text == 'msgid "Vienna"')

    result = runner.invoke(app, ["validate", f"{MEETING}.yaml"])
    assert result.exit_code == 1
    assert f"egm-translated.fr.po:{line}:1: error: meeting.venue: the translation (fr) {problem}\n" in result.stdout

    build = runner.invoke(app, ["agenda", "build", f"{MEETING}.yaml", "--lang", "fr", "-f", "docx", "-o", "out"])
    assert build.exit_code == 1 and isinstance(build.exception, SystemExit)
    assert (f"egm-translated.fr.po:{line}: meeting.venue: its translation cannot be used: it {problem} (fr, 3 of 15)"
            in build.stderr)
    assert not (folder / "out").exists()


def test_a_bidirectional_control_in_a_translation_is_shown_and_kept(folder):
    _extract()
    (folder / f"{MEETING}.fr.po").write_text(_translate(_po(folder), "Vienna", "Vienne\u202e"), encoding="utf-8")
    result = runner.invoke(app, ["validate", f"{MEETING}.yaml"])
    assert ("meeting.venue: the translation (fr) contains the bidirectional control character U+202E "
            "(RIGHT-TO-LEFT OVERRIDE), which reorders how the text around it is displayed; remove it unless it "
            "is intended\n") in result.stdout
