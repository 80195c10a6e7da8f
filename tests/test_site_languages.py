"""The site and the workplan in each language of the series (issue 14, "Where a meeting
declares more languages, each page is built in each of them").

The series declares ``languages: [en, fr, es]`` and is translated by
``egm-cybercrime.series.<lang>.po``; a meeting's page is built in a language its own
``meeting.languages`` lists. The English site stays where and what it was: the pages of
main before this work are kept in ``tests/golden/site/en/``. Write the French goldens again
with ``EGMPLAN_WRITE_GOLDEN=1 pytest tests/test_site_languages.py`` and read them.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bundled import copy_bundled
from egmplan.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "site"
WORKPLAN_GOLDEN = ROOT / "tests" / "golden" / "workplan"
LANGUAGE_LINES = re.compile(r'^(<link rel="alternate" hreflang=|ul\.languages\{|<ul class="languages">)')
runner = CliRunner()


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """The bundled meetings, series and catalogues in a project of their own."""
    copy_bundled(tmp_path / "meetings")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("EGMPLAN_MEETINGS", raising=False)
    return tmp_path


def _build(*args: str):
    return runner.invoke(app, ["site", "build", *args])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("project")
    copy_bundled(project / "meetings")
    previous = Path.cwd()
    os.chdir(project)
    try:
        result = _build("-o", "site")
    finally:
        os.chdir(previous)
    assert (result.exit_code, result.stderr) == (0, "built 20 pages and 55 files -> site/\n")
    return project / "site"


def _english_pages() -> list[str]:
    return sorted(str(p.relative_to(GOLDEN / "en")) for p in (GOLDEN / "en").rglob("index.html"))


def test_english_pages_are_mains_with_only_their_language_links_added(built):
    """The English site where it was, its text unchanged: each page is main's, plus the links
    to its French and Spanish versions where it has them (the third and sixth meetings, issued
    in English only, have none and are main's byte for byte)."""
    assert len(_english_pages()) == 8
    for name in _english_pages():
        page = (built / name).read_text(encoding="utf-8")
        kept = "".join(line for line in page.splitlines(keepends=True) if not LANGUAGE_LINES.match(line))
        assert kept == (GOLDEN / "en" / name).read_text(encoding="utf-8"), name
        added = len(page.splitlines()) - len(kept.splitlines())
        assert added == (0 if name.startswith(("egm-cybercrime-2017", "egm-cybercrime-2020")) else 4), name


def test_an_english_build_is_mains_byte_for_byte(project):
    result = _build("--lang", "en", "-o", "site")
    assert (result.exit_code, result.stderr) == (0, "built 8 pages and 29 files -> site/\n")
    assert sorted(p.name for p in (project / "site").iterdir() if p.is_dir()) == [
        "egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021", "meeting-1", "meeting-2", "meeting-4",
        "meeting-5", "workplan"]
    for name in _english_pages():
        assert (project / "site" / name).read_bytes() == (GOLDEN / "en" / name).read_bytes(), name


def test_a_series_that_declares_no_languages_is_built_in_its_original_alone(project):
    series = project / "meetings" / "egm-cybercrime.series.yaml"
    series.write_text(series.read_text(encoding="utf-8").replace("  languages: [en, fr, es]\n", ""),
                      encoding="utf-8")
    assert _build("-o", "site").exit_code == 0
    for name in _english_pages():
        assert (project / "site" / name).read_bytes() == (GOLDEN / "en" / name).read_bytes(), name
    assert not (project / "site" / "fr").exists()


@pytest.mark.parametrize("name", ["index.html", "egm-cybercrime-2021/index.html"])
def test_the_french_series_page_and_seventh_meeting_page_are_their_golden_files(built, name):
    page = built / "fr" / name
    golden = GOLDEN / "fr" / name
    if os.environ.get("EGMPLAN_WRITE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(page.read_bytes())
    assert page.read_bytes() == golden.read_bytes()


def test_the_french_pages_link_each_version_and_the_meetings_not_issued_in_french(built):
    series = (built / "fr" / "index.html").read_text(encoding="utf-8")
    assert ('<ul class="languages"><li><a href="../index.html" hreflang="en" lang="en">English</a></li>'
            '<li><span lang="fr" aria-current="page">Français</span></li>'
            '<li><a href="../es/index.html" hreflang="es" lang="es">Español</a></li></ul>\n') in series
    assert '<link rel="alternate" hreflang="es" href="../es/index.html">\n' in series
    # the sixth meeting is issued in English only: its English page, marked as such
    assert ('<a href="../egm-cybercrime-2020/index.html" hreflang="en">Sixième réunion</a> '
            '<span lang="en">(English)</span>') in series
    assert '<a href="meeting-4/index.html">Quatrième réunion</a>' in series
    spanish = (built / "es" / "egm-cybercrime-2021" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" hreflang="fr" href="../../fr/egm-cybercrime-2021/index.html">' in spanish
    assert "<h1>Séptima reunión del Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre el " \
           "Delito Cibernético</h1>" in spanish


def test_each_meetings_agenda_files_in_a_language_are_agenda_builds_own(built, project):
    assert runner.invoke(app, ["agenda", "build", "egm-cybercrime-2021", "--lang", "fr", "-o", "out", "-q"]
                         ).exit_code == 0
    for name in ("agenda.md", "agenda.html", "agenda.txt", "agenda.json", "orgwork.csv", "sittings.ics", "agenda.docx"):
        assert (built / "fr" / "egm-cybercrime-2021" / name).read_bytes() == \
            (project / "out" / "egm-cybercrime-2021" / "fr" / name).read_bytes(), name


def test_lang_chooses_languages_in_any_case_and_links_only_what_it_builds(project):
    result = _build("--lang", "FR", "-o", "site")
    assert (result.exit_code, result.stderr) == (0, "built 6 pages and 13 files -> site/\n")
    page = (project / "site" / "fr" / "index.html").read_text(encoding="utf-8")
    assert '<ul class="languages">' not in page and not (project / "site" / "index.html").exists()
    # the original is not built alongside: a meeting not issued in French is named, not linked
    assert '<tr><th scope="row">Sixième réunion</th>' in page


@pytest.mark.parametrize(("language", "message"), [
    ("de", "egmplan: error: --lang de: egm-cybercrime is not issued in 'de' (series.languages); "
           "available: en, fr, es\n"),
    ("ru", "egmplan: error: --lang ru: egm-cybercrime is not issued in 'ru' (series.languages); "
           "available: en, fr, es\n"),
])
def test_a_language_the_series_does_not_declare_is_a_usage_error(project, language, message):
    result = _build("--lang", language, "-o", "site")
    assert (result.exit_code, result.stderr) == (2, message)
    assert not (project / "site").exists()
    workplan = runner.invoke(app, ["workplan", "--lang", language])
    assert (workplan.exit_code, workplan.stderr) == (2, message)


def test_an_empty_lang_is_refused():
    result = _build("--lang", " ")
    assert result.exit_code == 2
    assert "Invalid value for '--lang': expected a language code, got an empty string" in result.stderr


def _po(project: Path, language: str) -> Path:
    return project / "meetings" / f"egm-cybercrime.series.{language}.po"


def _line(po: Path, msgctxt: str) -> int:
    """The line of the msgid of the entry ``msgctxt`` (what messages cite)."""
    lines = po.read_text(encoding="utf-8").splitlines()
    return lines.index(f'msgctxt "{msgctxt}"') + 2


def _set_translation(po: Path, msgctxt: str, translation: str) -> None:
    text = po.read_text(encoding="utf-8")
    pattern = re.compile(r'(msgctxt "' + re.escape(msgctxt) + r'"\nmsgid [^\n]*\n(?:"[^\n]*"\n)*)'
                         r'msgstr [^\n]*\n(?:"[^\n]*"\n)*')
    assert pattern.search(text), msgctxt
    po.write_text(pattern.sub(lambda m: m.group(1) + f'msgstr "{translation}"\n', text, count=1), encoding="utf-8")


def test_a_string_changed_in_the_series_file_refuses_the_build(project):
    series = project / "meetings" / "egm-cybercrime.series.yaml"
    series.write_text(series.read_text(encoding="utf-8").replace("[International cooperation, Prevention]",
                                                                 "[International cooperation, Crime prevention]"),
                      encoding="utf-8")
    result = _build("-o", "site")
    fr, es = _line(_po(project, "fr"), "workplans[0].rows[2].topics[1]"), _line(_po(project, "es"), "workplans[0].rows[2].topics[1]")
    assert (result.exit_code, result.stderr) == (1, (
        f"meetings/egm-cybercrime.series.fr.po:{fr}: workplans[0].rows[2].topics[1]: changed in the series file "
        "(fr, 1 of 1): 'Crime prevention'\n"
        "egm-cybercrime (fr): 1 string not translated in meetings/egm-cybercrime.series.fr.po; translate it "
        "(egmplan translate extract -s egm-cybercrime --lang fr) or build with --allow-untranslated, which prints "
        "the original text marked [untranslated]\n"
        f"meetings/egm-cybercrime.series.es.po:{es}: workplans[0].rows[2].topics[1]: changed in the series file "
        "(es, 1 of 1): 'Crime prevention'\n"
        "egm-cybercrime (es): 1 string not translated in meetings/egm-cybercrime.series.es.po; translate it "
        "(egmplan translate extract -s egm-cybercrime --lang es) or build with --allow-untranslated, which prints "
        "the original text marked [untranslated]\n"
        "egmplan: error: the site was not built; nothing was written\n"))
    assert not (project / "site").exists()


def test_a_fuzzy_series_entry_refuses_the_build_and_allow_untranslated_marks_it(project):
    po = _po(project, "fr")
    po.write_text(po.read_text(encoding="utf-8").replace('msgctxt "workplans[0].rows[2].topics[1]"',
                                                         '#, fuzzy\nmsgctxt "workplans[0].rows[2].topics[1]"'),
                  encoding="utf-8")
    result = _build("--lang", "fr", "-o", "site")
    line = _line(po, "workplans[0].rows[2].topics[1]")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"meetings/egm-cybercrime.series.fr.po:{line}: workplans[0].rows[2].topics[1]: "
                                    "fuzzy (fr, 1 of 1): 'Prevention'\n")
    assert _build("--lang", "fr", "-o", "site", "--allow-untranslated").exit_code == 0
    page = (project / "site" / "fr" / "index.html").read_text(encoding="utf-8")
    assert ('<td>Coopération internationale<br><mark class="untranslated" lang="en">[untranslated]</mark> '
            'Prevention</td>') in page
    assert "| 2020 | 6e réunion | Coopération internationale; \\[untranslated\\] Prevention |" in \
        (project / "site" / "fr" / "workplan" / "workplan.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("translation", "problem"), [
    ("Groupe\\a d’experts", "contains the control character U+0007; remove it"),
    ("Groupe\\nd’experts", "breaks the line where the English is one line; write it on one line"),
])
def test_a_translation_no_page_can_hold_is_refused(project, translation, problem):
    po = _po(project, "fr")
    _set_translation(po, "series.short_body", translation)
    result = _build("--lang", "fr", "-o", "site")
    assert result.exit_code == 1
    assert (f"meetings/egm-cybercrime.series.fr.po:{_line(po, 'series.short_body')}: series.short_body: its "
            f"translation cannot be used: it {problem} (fr, 1 of 1): 'Expert Group'\n") in result.stderr


def test_markup_in_a_translation_is_printed_as_text(project):
    _set_translation(_po(project, "fr"), "series.short_body", '<script>alert(1)</script> & <b>Groupe</b>')
    assert _build("--lang", "en", "--lang", "fr", "-o", "site").exit_code == 0
    for page in sorted((project / "site" / "fr").rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html and "<b>" not in html, page
    page = (project / "site" / "fr" / "egm-cybercrime-2021" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Groupe&lt;/b&gt;" in page


def test_a_meetings_untranslated_strings_refuse_its_language_too(project):
    """The seventh meeting's own catalogue is read for its French page and agenda files."""
    po = project / "meetings" / "egm-cybercrime-2021.fr.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Vienne"', 'msgstr ""'), encoding="utf-8")
    result = _build("--lang", "fr", "-o", "site")
    assert result.exit_code == 1
    assert re.search(r"^meetings/egm-cybercrime-2021\.fr\.po:\d+: meeting\.venue: untranslated \(fr, 1 of 1\): "
                     r"'Vienna'\n", result.stderr, re.MULTILINE), result.stderr
    assert ("egm-cybercrime-2021 (fr): 1 string not translated in meetings/egm-cybercrime-2021.fr.po; translate it "
            "(egmplan translate extract -m egm-cybercrime-2021 --lang fr)") in result.stderr


def _declare(project: Path, languages: str) -> None:
    series = project / "meetings" / "egm-cybercrime.series.yaml"
    series.write_text(series.read_text(encoding="utf-8").replace("[en, fr, es]", languages), encoding="utf-8")


def test_arabic_pages_are_right_to_left(project):
    _declare(project, "[en, ar]")
    assert _build("-o", "site").exit_code == 1  # no Arabic catalogue: every string untranslated
    result = _build("-o", "site", "--allow-untranslated")
    assert result.exit_code == 0, result.output
    pages = sorted(str(p.relative_to(project / "site")) for p in (project / "site" / "ar").rglob("index.html"))
    # no meeting file declares Arabic: the pages of the meetings known from the series file alone
    assert pages == ["ar/index.html", "ar/meeting-1/index.html", "ar/meeting-2/index.html",
                     "ar/meeting-4/index.html", "ar/meeting-5/index.html"]
    for page in pages:
        assert (project / "site" / page).read_text(encoding="utf-8").splitlines()[1] == '<html lang="ar" dir="rtl">'


def test_the_workplan_in_french_is_its_golden_file(project):
    result = runner.invoke(app, ["workplan", "--lang", "fr", "-f", "md"])
    assert result.exit_code == 0, result.output
    golden = WORKPLAN_GOLDEN / "egm-cybercrime.fr.md"
    if os.environ.get("EGMPLAN_WRITE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
    english = runner.invoke(app, ["workplan", "-f", "md"])
    assert english.stdout == (WORKPLAN_GOLDEN / "egm-cybercrime.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "json"])
def test_the_workplan_in_spanish_in_every_text_format(project, fmt):
    result = runner.invoke(app, ["workplan", "--lang", "es", "-f", fmt])
    assert result.exit_code == 0, result.output
    assert "Reunión de balance" in result.stdout and "Stocktaking" not in result.stdout
    if fmt == "html":
        assert result.stdout.splitlines()[1] == '<html lang="es">'


def test_the_workplan_in_word_in_french_and_right_to_left_in_arabic(project):
    assert runner.invoke(app, ["workplan", "--lang", "fr", "-f", "docx", "-o", "fr.docx"]).exit_code == 0
    with zipfile.ZipFile(project / "fr.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
        core = docx.read("docProps/core.xml").decode("utf-8")
    assert "Proposition de la présidence concernant le plan de travail" in body and "<w:bidi/>" not in body
    assert "<dc:language>fr</dc:language>" in core
    _declare(project, "[en, ar]")
    refused = runner.invoke(app, ["workplan", "--lang", "ar", "-f", "docx", "-o", "ar.docx"])
    assert refused.exit_code == 1 and not (project / "ar.docx").exists()
    assert refused.stderr.endswith("egmplan: error: the workplan was not printed\n")
    done = runner.invoke(app, ["workplan", "--lang", "ar", "-f", "docx", "-o", "ar.docx", "--allow-untranslated"])
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(project / "ar.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "<w:bidi/>" in body and "<w:rtl/>" in body and "<w:bidiVisual/>" in body
    html = runner.invoke(app, ["workplan", "--lang", "ar", "-f", "html", "--allow-untranslated"])
    assert html.stdout.splitlines()[1] == '<html lang="ar" dir="rtl">'


def test_translate_extract_covers_the_series_file(project):
    """A round trip: extracting again changes nothing; a changed string keeps its translation,
    fuzzy; a new one comes untranslated; a string gone is kept as obsolete."""
    po = _po(project, "fr")
    before = po.read_bytes()
    result = runner.invoke(app, ["translate", "extract", "-s", "egm-cybercrime", "--lang", "fr"])
    assert (result.exit_code, result.stderr) == (0, "egmplan: updated meetings/egm-cybercrime.series.fr.po: "
                                                    "31 strings, 31 translated, 0 fuzzy, 0 untranslated\n")
    assert po.read_bytes() == before
    series = project / "meetings" / "egm-cybercrime.series.yaml"
    text = series.read_text(encoding="utf-8")
    text = text.replace("[Stocktaking meeting, Discussion of future work]", "[Stocktaking meeting]")
    text = text.replace("[International cooperation, Prevention]", "[International cooperation, Crime prevention]")
    text = text.replace("  - number: 5\n", "  - number: 5\n    # moved\n")
    series.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["translate", "extract", "-s", "egm-cybercrime", "--lang", "fr"])
    assert (result.exit_code, result.stderr) == (0, "egmplan: updated meetings/egm-cybercrime.series.fr.po: "
                                                    "30 strings, 29 translated, 1 fuzzy, 0 untranslated, 1 obsolete\n")
    changed = po.read_text(encoding="utf-8")
    assert ('#, fuzzy\n#| msgid "Prevention"\nmsgctxt "workplans[0].rows[2].topics[1]"\nmsgid "Crime prevention"\n'
            'msgstr "Prévention"\n') in changed
    assert '#~ msgctxt "workplans[0].rows[3].topics[1]"\n#~ msgid "Discussion of future work"\n' in changed
    original = runner.invoke(app, ["translate", "extract", "-s", "egm-cybercrime", "--lang", "en"])
    assert (original.exit_code, original.stderr) == (2, (
        "egmplan: error: --lang en: en is the series' original language (the first of series.languages); "
        "nothing to translate\n"))
    both = runner.invoke(app, ["translate", "extract", "-s", "egm-cybercrime", "-m", "egm-cybercrime-2021",
                               "--lang", "fr"])
    assert both.exit_code == 2 and "give a meeting (-m) or a series (-s), not both" in both.stderr


def test_the_meeting_pages_own_strings_print_translated():
    """Documents, statements' delegations, panellists' country names and presentation titles
    and the postponement's reason come from the meeting's catalogue (here a mapping of their key
    paths), and a panellist's country without a name of its own is named in the page's language."""
    from dataclasses import replace

    from egmplan.loader import load_meeting
    from egmplan.loader.series import load_series
    from egmplan.render.site.pages import meeting_page
    from egmplan.style import get_style
    from egmplan.translatable import translatable_strings, translated

    series = load_series(ROOT / "meetings" / "egm-cybercrime.series.yaml").series
    facts = series.meeting(6)
    meeting = load_meeting(facts.file).meeting
    contexts = [s.context for s in translatable_strings(meeting)]
    assert {"meeting.postponed_from.reason", "documents[7].status", "documents[7].note", "statements[29].delegation",
            "agenda[key=cooperation].speakers[1].country_name", "agenda[key=prevention].speakers[5].title",
            "agenda[key=cooperation].speakers[0].honorific"} \
        <= set(contexts)
    french = translated(meeting, {
        "meeting.postponed_from.reason": "en raison de la pandémie de COVID-19",
        "documents[6].title": "Rapport sur la réunion",
        "documents[7].status": "Reproduit tel que reçu",
        "statements[0].delegation": "Australie",
        "agenda[key=cooperation].speakers[1].country_name": "République populaire de Chine",
        "agenda[key=cooperation].speakers[0].title": "Transformer la coopération internationale",
        "agenda[key=cooperation].speakers[0].honorific": "M.",
    })
    html = meeting_page(series, replace(facts, postponement_reason=french.postponement_reason), french,
                        get_style("fr"))
    assert "en raison de la pandémie de COVID-19" in html
    assert '<li>Rapport sur la réunion <span class="symbol">(UNODC/CCPCJ/EG.4/2020/2)</span></li>' in html
    assert '<span class="status">Reproduit tel que reçu.' in html
    assert "<li>Australie</li>" in html
    assert "Ms. Gangqiang Zhang (République populaire de Chine)" in html
    assert "Pol. col. Amornchai Leelakajonjit (Thaïlande)" in html  # CLDR's French name (style.country_name)
    # Nigeria: CLDR's French name (style.country_name), here the same as the UN's English one
    assert ("<li>M. Terlumun George-Maria Tyendezwa (Nigeria)\u00a0: <cite>Transformer la coopération "
            "internationale</cite>") in html
    # Chinese punctuation: full-width brackets and colon, no space before the bracket
    chinese = meeting_page(series, facts, meeting, get_style("zh"))
    assert "<li>Mr. Terlumun George-Maria Tyendezwa（尼日利亚）：<cite>" in chinese
    assert '<span class="symbol">（UNODC/CCPCJ/EG.4/2020/2）</span>' in chinese
    assert "<h1>" + get_style("zh").meeting_title(6, "meeting", meeting.body) in chinese


def test_an_english_site_build_never_imports_babel(project):
    code = ("import sys\nfrom egmplan.cli.main import run\n"
            "sys.argv = ['egmplan', 'site', 'build', '--lang', 'en', '-o', 'site', '-q']\n"
            "try:\n    run()\nexcept SystemExit as exc:\n    print('exit', exc.code, file=sys.stderr)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel' or m.endswith('catalogues')), "
            "file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=project)
    assert done.stderr.strip().splitlines()[-2:] == ["exit 0", "[]"], done.stderr
    # the check can fail: the French site loads them
    french = subprocess.run([sys.executable, "-c", code.replace("'en'", "'fr'")], capture_output=True, text=True,
                            cwd=project)
    loaded = french.stderr.strip().splitlines()[-1]
    assert french.stderr.strip().splitlines()[-2] == "exit 0" and "'babel'" in loaded and \
        "'egmplan.loader.catalogues'" in loaded, french.stderr


def test_validate_reports_the_series_catalogues(project):
    po = _po(project, "fr")
    po.write_text(po.read_text(encoding="utf-8").replace('msgctxt "workplans[0].rows[2].topics[1]"',
                                                         '#, fuzzy\nmsgctxt "workplans[0].rows[2].topics[1]"'),
                  encoding="utf-8")
    _set_translation(po, "series.mandate", "Conformément à la {resolution}.")
    (project / "meetings" / "egm-cybercrime.series.es.po").unlink()
    series = project / "meetings" / "egm-cybercrime.series.yaml"
    series.write_text(series.read_text(encoding="utf-8").replace("- Stocktaking meeting", "- Stocktaking")
                      .replace("[Stocktaking meeting,", "[Stocktaking,"), encoding="utf-8")
    result = runner.invoke(app, ["validate", "meetings/egm-cybercrime.series.yaml"])
    fuzzy, mandate = _line(po, "workplans[0].rows[2].topics[1]"), _line(po, "series.mandate")
    assert (result.exit_code, result.stdout) == (1, (
        "meetings/egm-cybercrime.series.fr.po:1:1: warning: the catalogue (fr) is out of date: 1 changed in the "
        "series file since; run 'egmplan translate extract -s egm-cybercrime --lang fr'\n"
        f"meetings/egm-cybercrime.series.fr.po:{mandate}:1: error: series.mandate: the translation (fr) drops "
        "{resolution_title}; keep every placeholder and footnote marker of the English unchanged\n"
        f"meetings/egm-cybercrime.series.fr.po:{fuzzy}:1: warning: workplans[0].rows[2].topics[1]: fuzzy "
        "(fr, 1 of 1): the English changed; check the translation, then remove the 'fuzzy' flag\n"
        "meetings/egm-cybercrime.series.es.po:1:1: warning: no catalogue for es yet: 31 strings to translate; "
        "run 'egmplan translate extract -s egm-cybercrime --lang es'\n"))
