"""Building in other languages (issue 13, "Commands"): ``agenda build --lang`` writes each
language of the meeting (the original in build/<id>/, the others in build/<id>/<lang>/), a
language whose catalogue leaves strings untranslated fails with the list unless
``--allow-untranslated`` prints them marked, and the planning commands take ``--lang``.

The language modules of the product (style/fr/ ...) are other work: these tests register a
test-only language, English with its headings tagged, under the code ``fr`` (and an ``ar``
written right to left), so that they prove the machinery whatever those modules say.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import types
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan import style
from egmplan.cli.main import app
from egmplan.style import en

HERE = Path(__file__).parent / "languages"
GOLDEN = Path(__file__).parent / "golden" / "languages"
MEETING = "egm-languages"
TEXT_FORMATS = ("md", "text", "json", "csv", "ics")
FILES = ("agenda.docx", "agenda.html", "agenda.json", "agenda.md", "agenda.txt", "orgwork.csv", "sittings.ics")

runner = CliRunner()


def test_language(code: str, continued: str, direction: str = "ltr") -> types.ModuleType:
    """English with every heading tagged ``[code]`` and its own "(continued)": a language module
    for these tests only."""
    module = types.ModuleType(f"egmplan.style.{code}")
    module.__dict__.update({k: v for k, v in vars(en).items() if not k.startswith("__")})
    module.LANGUAGE, module.CONTINUED, module.DIRECTION = code, continued, direction
    module.heading = lambda key: f"[{code}] {en.heading(key)}"
    module.masthead_language = lambda: f"[{code}]"
    return module


test_language.__test__ = False  # a helper, not a test


@pytest.fixture
def languages(monkeypatch):
    """``fr`` (and ``ar``, right to left) registered as languages with a style module."""
    monkeypatch.setattr(style, "LANGUAGES", ("en", "fr", "ar"))
    monkeypatch.setitem(sys.modules, "egmplan.style.fr", test_language("fr", "(suite)"))
    monkeypatch.setitem(sys.modules, "egmplan.style.ar", test_language("ar", "(تابع)", "rtl"))


@pytest.fixture
def folder(tmp_path, monkeypatch, languages) -> Path:
    shutil.copy(HERE / f"{MEETING}.yaml", tmp_path)
    shutil.copy(HERE / f"{MEETING}.fr.po", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EGMPLAN_MEETINGS", str(tmp_path))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1613952000")
    return tmp_path


def _build(*extra: str):
    return runner.invoke(app, ["agenda", "build", MEETING, "-f", "md", "-f", "html", "-f", "docx", "-f", "text",
                               "-f", "json", "-f", "csv", "-f", "ics", *extra])


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def _untranslate(folder: Path, *english: str) -> None:
    """Empty the translations of these English strings in the catalogue."""
    po = folder / f"{MEETING}.fr.po"
    text = po.read_text(encoding="utf-8")
    for source in english:
        found = re.search(rf'msgid "{re.escape(source)}"\nmsgstr "[^"\n]*"\n', text)
        assert found, source
        text = text.replace(found.group(0), f'msgid "{source}"\nmsgstr ""\n')
    po.write_text(text, encoding="utf-8")


def test_each_language_is_built_in_its_folder_under_the_same_names(folder):
    result = _build()
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"{MEETING}: agenda.md, agenda.html, agenda.docx, agenda.txt, agenda.json, orgwork.csv, sittings.ics "
        f"-> build/{MEETING}/\n"
        f"{MEETING} (fr): agenda.md, agenda.html, agenda.docx, agenda.txt, agenda.json, orgwork.csv, sittings.ics "
        f"-> build/{MEETING}/fr/\n"
        "built 1 meeting, 14 files\n")
    assert _files(folder / "build" / MEETING) == sorted([*FILES, *(f"fr/{name}" for name in FILES)])


def test_the_original_language_is_the_same_bytes_as_before(folder, tmp_path):
    """build/<id>/ holds what a build of the original language alone writes, and what the
    meeting without translations writes."""
    assert _build().exit_code == 0
    assert _build("--lang", "en", "-o", "en-only").exit_code == 0
    text = (folder / f"{MEETING}.yaml").read_text(encoding="utf-8").replace("  languages: [en, fr]\n", "")
    english = tmp_path / "english"
    english.mkdir()
    (english / f"{MEETING}.yaml").write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["agenda", "build", str(english / f"{MEETING}.yaml"), "-o", "untranslated"]).exit_code == 0
    for name in FILES:
        built = (folder / "build" / MEETING / name).read_bytes()
        assert built == (folder / "en-only" / MEETING / name).read_bytes(), name
        assert built == (folder / "untranslated" / MEETING / name).read_bytes(), name
    assert _files(folder / "en-only" / MEETING) == sorted(FILES)


@pytest.mark.parametrize("name", ["agenda.txt", "agenda.md", "orgwork.csv"])
def test_the_translated_documents_are_worded_by_their_language(folder, name):
    """Every word from the catalogue (the meeting's text) and from the language's style module
    (the test language tags its headings "[fr]" and continues with "(suite)")."""
    assert _build("--lang", "fr").exit_code == 0
    built = (folder / "build" / MEETING / "fr" / name).read_text(encoding="utf-8")
    assert built == (GOLDEN / f"fr-{name}").read_text(encoding="utf-8")


def test_lang_repeated_builds_only_those_languages(folder):
    result = _build("--lang", "fr", "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert _files(folder / "build" / MEETING) == sorted(f"fr/{name}" for name in FILES)


def test_a_language_the_meeting_is_not_issued_in_is_a_command_line_error(folder):
    result = _build("--lang", "ar")
    assert result.exit_code == 2
    assert result.output == (f"egmplan: error: --lang ar: {MEETING} is not issued in 'ar' (meeting.languages); "
                             "available: en, fr\n"
                             f"egmplan: {MEETING}: not built; earlier outputs are left as they were\n")
    assert not (folder / "build").exists()


def test_a_language_without_a_style_is_a_command_line_error(folder, monkeypatch):
    monkeypatch.setattr(style, "LANGUAGES", ("en",))
    result = runner.invoke(app, ["orgwork", "-m", MEETING, "--lang", "fr"])
    assert result.exit_code == 2
    assert result.output == "egmplan: error: --lang fr: egmplan has no style for 'fr' yet; available: en\n"


UNTRANSLATED = (
    f"{MEETING}.fr.po:34: meeting.venue: untranslated (fr, 1 of 2): 'Vienna'\n"
    f"{MEETING}.fr.po:65: agenda[0].items[1].annotation: untranslated (fr, 2 of 2): 'The provisional agenda "
    "was approved by the Commission.[^1] …'\n"
    f"{MEETING} (fr): 2 strings not translated in {MEETING}.fr.po; translate them (egmplan translate extract "
    f"-m {MEETING} --lang fr) or build with --allow-untranslated, which prints the original text marked "
    "[untranslated]\n")


def _leave_two_untranslated(folder: Path) -> None:
    _untranslate(folder, "Vienna")
    po = folder / f"{MEETING}.fr.po"
    text = po.read_text(encoding="utf-8")
    start = text.index('msgctxt "agenda[0].items[1].annotation"')
    head, tail = text[:start], text[start:]
    translation = tail.index("msgstr")
    end = tail.index("\n\n", translation)
    po.write_text(head + tail[:translation] + 'msgstr ""' + tail[end:], encoding="utf-8")


def test_untranslated_strings_fail_the_build_with_their_list(folder):
    _leave_two_untranslated(folder)
    result = _build()
    assert result.exit_code == 1
    assert result.output == UNTRANSLATED + (
        f"egmplan: {MEETING}: not built; earlier outputs are left as they were\n"
        f"FAILED: built 0 meetings, 0 files; 1 not built: {MEETING}.yaml\n")
    assert not (folder / "build").exists()


def test_untranslated_strings_fail_the_planning_commands_too(folder):
    _leave_two_untranslated(folder)
    result = runner.invoke(app, ["orgwork", "-m", MEETING, "-f", "json", "--lang", "fr"])
    assert result.exit_code == 1
    assert result.output == UNTRANSLATED.replace(f"{MEETING} (fr): 2", f"egmplan: error: {MEETING} (fr): 2")


def test_allowed_untranslated_strings_print_marked(folder):
    _leave_two_untranslated(folder)
    result = _build("--allow-untranslated")
    assert result.exit_code == 0, result.output
    fr = folder / "build" / MEETING / "fr"
    assert (fr / "agenda.txt").read_text(encoding="utf-8") == (GOLDEN / "fr-untranslated-agenda.txt").read_text(
        encoding="utf-8")
    assert '"venue_dates": "[untranslated] Vienna, 6–7 April 2021"' in (fr / "agenda.json").read_text(encoding="utf-8")
    assert "LOCATION;LANGUAGE=fr:[untranslated] Vienna\r\n" in (fr / "sittings.ics").read_bytes().decode("utf-8")
    html = (fr / "agenda.html").read_text(encoding="utf-8")
    label = '<mark class="untranslated" lang="en">[untranslated]</mark> '
    assert f"<p>{label}</p>\n<p>The provisional agenda was approved" in html
    assert f"{label}Vienna, 6–7 April 2021" in html
    assert "\ufdd0" not in html
    assert "mark.untranslated { background: #ff0" in html and "@media print { mark.untranslated" in html
    _well_formed(html)
    with zipfile.ZipFile(fr / "agenda.docx") as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert "\ufdd0" not in document
    highlighted = re.findall(r'<w:r>(?:(?!</w:r>).)*<w:highlight w:val="yellow"/>(?:(?!</w:r>).)*</w:r>', document)
    assert len(highlighted) == 2 and all("<w:t>[untranslated]</w:t>" in run for run in highlighted)


def test_a_missing_catalogue_leaves_everything_untranslated_marked(folder):
    """No catalogue: every string untranslated; the page of a right-to-left language says so."""
    meeting = folder / f"{MEETING}.yaml"
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("[en, fr]", "[en, fr, ar]"), encoding="utf-8")
    failed = _build("--lang", "ar")
    assert failed.exit_code == 1
    assert failed.output.splitlines()[0] == (f"{MEETING}.ar.po:1: meeting.body: no catalogue (ar, 1 of 15): "
                                             "'Expert Group on Testing'")
    result = _build("--lang", "ar", "--allow-untranslated")
    assert result.exit_code == 0, result.output
    html = (folder / "build" / MEETING / "ar" / "agenda.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html
    # each of the 15 strings wherever it prints: titles in the list, the annotations and the annex
    assert html.count('<mark class="untranslated"') == 22
    assert "\ufdd0" not in html
    _well_formed(html)


def _well_formed(html: str) -> None:
    """Every element that is opened is closed, in order (the void ones aside)."""
    from html.parser import HTMLParser

    void = {"meta", "br", "hr", "img", "link", "col", "input", "wbr"}
    stack = []

    class Checker(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag not in void:
                stack.append(tag)

        def handle_endtag(self, tag):
            assert stack and stack[-1] == tag, (tag, stack[-5:])
            stack.pop()

    Checker().feed(html)
    assert stack == []


def test_style_continued_is_the_original_languages_and_each_language_has_its_own(folder):
    meeting = folder / f"{MEETING}.yaml"
    meeting.write_text(meeting.read_text(encoding="utf-8").replace("  timezone:", "  style: {continued: (cont’d)}\n  timezone:"),
                       encoding="utf-8")
    assert _build("-f", "csv").exit_code == 0
    original = (folder / "build" / MEETING / "orgwork.csv").read_text(encoding="utf-8")
    french = (folder / "build" / MEETING / "fr" / "orgwork.csv").read_text(encoding="utf-8")
    assert "Review of the draft study (cont’d)" in original and "(suite)" not in original
    assert "Examen du projet d’étude (suite)" in french and "cont’d" not in french


def test_the_calendar_texts_carry_their_language(folder):
    english = runner.invoke(app, ["schedule", "-m", MEETING, "-f", "ics"]).output
    french = runner.invoke(app, ["schedule", "-m", MEETING, "-f", "ics", "--lang", "fr"]).output
    assert "LANGUAGE=" not in english
    properties = [line.split(":", 1)[0] for line in french.splitlines() if line.startswith(("SUMMARY", "DESCRIPTION", "LOCATION"))]
    assert properties and set(properties) == {"SUMMARY;LANGUAGE=fr", "DESCRIPTION;LANGUAGE=fr", "LOCATION;LANGUAGE=fr"}
    assert "LOCATION;LANGUAGE=fr:Vienne\r\n" in french.replace("\n", "\r\n").replace("\r\r", "\r")
    built = (folder / "build")
    assert _build("--lang", "fr", "-f", "ics").exit_code == 0
    assert (built / MEETING / "fr" / "sittings.ics").read_bytes().decode("utf-8").count("SUMMARY;LANGUAGE=fr:") == 3


def _keys(data):
    if isinstance(data, dict):
        return {key: _keys(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_keys(value) for value in data]
    return type(data).__name__


@pytest.mark.parametrize("command", [["orgwork"], ["schedule", "--tz", "Asia/Bangkok"], ["deadlines"],
                                     ["connections", "--participants", "member-states"],
                                     ["suggest", "--participants", "member-states"]])
def test_json_keys_do_not_change_with_the_language(folder, command):
    english = runner.invoke(app, [*command, "-m", MEETING, "-f", "json"])
    french = runner.invoke(app, [*command, "-m", MEETING, "-f", "json", "--lang", "fr"])
    assert english.exit_code == french.exit_code == 0, (english.output, french.output)
    first, second = json.loads(english.stdout), json.loads(french.stdout)
    assert _keys(first) == _keys(second)


def test_the_planning_commands_print_the_language_text(folder):
    orgwork = json.loads(runner.invoke(app, ["orgwork", "-m", MEETING, "-f", "json", "--lang", "fr"]).stdout)
    assert [row["title"] for row in orgwork["rows"]] == [
        "Ouverture de la réunion", "Adoption de l’ordre du jour", "Examen de l’étude",
        "Examen du projet d’étude (suite)", "Questions diverses", "Jour férié officiel"]
    deadlines = json.loads(runner.invoke(app, ["deadlines", "-m", MEETING, "-f", "json", "--lang", "fr"]).stdout)
    assert [d["label"] for d in deadlines["deadlines"]] == ["Contributions écrites"]
    page = runner.invoke(app, ["schedule", "-m", MEETING, "-f", "html", "--lang", "fr",
                               "--participants", "member-states"]).stdout
    assert '<html lang="fr">' in page
    assert "<h2 id=\"awake-heading\">[fr] Who is awake</h2>" in page


def test_the_word_file_states_its_language(folder):
    assert _build("--lang", "fr", "-f", "docx").exit_code == 0
    with zipfile.ZipFile(folder / "build" / MEETING / "fr" / "agenda.docx") as package:
        core = package.read("docProps/core.xml").decode("utf-8")
        styles = package.read("word/styles.xml").decode("utf-8")
    assert "<dc:language>fr-FR</dc:language>" in core
    assert '<w:lang w:val="fr-FR" w:eastAsia="en-US" w:bidi="ar-SA"/>' in styles


def test_every_language_module_has_every_heading_key():
    """The keys style.heading takes are English's (a new key is added to every language)."""
    keys = list(en.agenda._HEADINGS)
    for language in style.LANGUAGES:
        words = style.get_style(language)
        assert [key for key in keys if not _has_heading(words, key)] == [], language


def _has_heading(words, key: str) -> bool:
    try:
        return bool(words.heading(key))
    except KeyError:
        return False


ENGLISH_ONLY = Path(__file__).parent / "corpus" / "valid-minimal.yaml"


@pytest.mark.parametrize("args", [["agenda", "build", str(ENGLISH_ONLY), "-o", "{out}"],
                                  ["schedule", "-m", str(ENGLISH_ONLY), "-f", "ics"],
                                  ["schedule", "-m", str(ENGLISH_ONLY), "-f", "html"],
                                  ["orgwork", "-m", str(ENGLISH_ONLY), "-f", "json"],
                                  ["orgwork", "-m", str(ENGLISH_ONLY), "-f", "json", "--lang", "en"]])
def test_english_commands_never_import_babel(args, tmp_path):
    """Babel and the catalogues load only when another language than the original is asked for."""
    import subprocess

    from conftest import ROOT

    args = [a.replace("{out}", str(tmp_path)) for a in args]
    code = ("import sys\nfrom egmplan.cli.main import run\n"
            f"sys.argv = ['egmplan', *{args!r}]\n"
            "try:\n    run()\nexcept SystemExit as exc:\n    print('exit', exc.code, file=sys.stderr)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel' or m.endswith('catalogues')), "
            "file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stderr.strip().splitlines()[-2:] == ["exit 0", "[]"], done.stderr


def test_the_import_check_sees_babel_when_another_language_is_asked_for(folder):
    """The check above can fail: a French build loads Babel and the catalogues."""
    import subprocess

    code = ("import sys\nfrom egmplan.cli.main import run\n"
            f"sys.argv = ['egmplan', 'orgwork', '-m', {MEETING!r}, '-f', 'json', '--lang', 'fr', '--allow-untranslated']\n"
            "from egmplan import style\nstyle.LANGUAGES = ('en', 'fr')\n"
            "sys.modules['egmplan.style.fr'] = sys.modules['egmplan.style.en']\n"
            "try:\n    run()\nexcept SystemExit as exc:\n    print('exit', exc.code, file=sys.stderr)\n"
            "print(sorted(m for m in sys.modules if m in ('babel', 'egmplan.loader.catalogues')), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=folder)
    assert done.stderr.strip().splitlines()[-2:] == ["exit 0", "['babel', 'egmplan.loader.catalogues']"], done.stderr


def test_style_language_defaults_to_the_original_language(folder):
    from egmplan.app.check import load_and_check

    meeting = folder / f"{MEETING}.yaml"
    text = meeting.read_text(encoding="utf-8")
    meeting.write_text(text.replace("[en, fr]", "[fr, en]"), encoding="utf-8")
    assert load_and_check(meeting).meeting.style.language == "fr"
    meeting.write_text(text.replace("[en, fr]", "[fr, en]").replace("  timezone:", "  style: {language: en}\n  timezone:"),
                       encoding="utf-8")
    assert load_and_check(meeting).meeting.style.language == "en"


def test_check_compares_every_language(folder):
    assert _build().exit_code == 0
    assert _build("--check").exit_code == 0
    po = folder / f"{MEETING}.fr.po"
    po.write_text(po.read_text(encoding="utf-8").replace("Questions diverses", "Autres questions"), encoding="utf-8")
    result = _build("--check")
    assert result.exit_code == 1
    assert f"--- a/build/{MEETING}/fr/agenda.md\n" in result.output
    assert result.output.splitlines()[-1] == (
        f"FAILED: 7 files would change: build/{MEETING}/fr/agenda.docx, build/{MEETING}/fr/agenda.html, "
        f"build/{MEETING}/fr/agenda.json, build/{MEETING}/fr/agenda.md, build/{MEETING}/fr/agenda.txt, "
        f"build/{MEETING}/fr/orgwork.csv, build/{MEETING}/fr/sittings.ics")


def test_calendar_events_keep_their_uids_in_every_language(folder):
    """A sitting or a deadline is the same event in every language's calendar."""
    english = runner.invoke(app, ["schedule", "-m", MEETING, "-f", "ics"])
    assert english.exit_code == 0, english.output
    english = english.stdout
    french = runner.invoke(app, ["schedule", "-m", MEETING, "-f", "ics", "--lang", "fr"]).stdout
    uids = [line for line in english.splitlines() if line.startswith("UID:")]
    assert uids == [line for line in french.splitlines() if line.startswith("UID:")]
    assert "UID:egm-languages-deadline-written-contributions@egmplan.invalid" in uids


def test_stdout_takes_one_language(folder):
    """'-o -' writes the original language, or the one --lang names; two are refused."""
    original = runner.invoke(app, ["agenda", "build", MEETING, "-f", "md", "-o", "-"])
    french = runner.invoke(app, ["agenda", "build", MEETING, "-f", "md", "-o", "-", "--lang", "fr"])
    assert original.exit_code == french.exit_code == 0
    assert original.stdout.startswith("United Nations")
    assert french.stdout == (GOLDEN / "fr-agenda.md").read_text(encoding="utf-8")
    both = runner.invoke(app, ["agenda", "build", MEETING, "-f", "md", "-o", "-", "--lang", "fr", "--lang", "en"])
    assert both.exit_code == 2
    assert "'-o -' writes one language to stdout: give at most one --lang" in both.output
