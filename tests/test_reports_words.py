"""The reports of ``egmplan suggest`` and ``egmplan connections`` in Russian, Chinese and
Arabic, and the sentences of ``egmplan diff`` in Russian and Chinese (style/reports_words.py,
style/changes_words.py; Arabic's diff is style/ar_changes.py, tests/test_style_ar.py):
whole outputs through the CLI against golden files, no English of the reports' own phrases
left, and counted nouns in the form CLDR's plural category of the number asks for."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.style import get_style
from egmplan.style.reports_words import _PHRASES, counted, duration_words, form

from bundled import SEVENTH, STANDALONE, copy_meeting
from language_checks import count, meeting_in

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "reports"
FIXTURES = ROOT / "tests" / "fixtures" / "translations"
MEETING = "egm-cybercrime-2021"
MEETINGS_OF = {"ru": STANDALONE, "zh": STANDALONE, "ar": SEVENTH}
LANGUAGES = ("ru", "zh", "ar")
DIFF_LANGUAGES = ("ru", "zh")
# The English words of the reports' and the diff's own phrases (en_reports.py, en_changes.py).
ENGLISH = ("sitting", "sittings", "Sitting", "Sittings", "score", "capacity", "delegates", "Delegates",
           "changed", "added", "removed", "renamed", "moved", "working", "night", "At", "Early", "late",
           "patterns", "rank", "Rule", "Leftover", "panellists", "member", "observer", "Name", "Role",
           "Speaking", "Listening", "Total", "Item", "Changes", "Meeting", "Agenda", "Style", "venue",
           "true", "false", "now", "hours", "hour", "minutes", "breaks", "between", "days", "participants")

runner = CliRunner()


def _project(folder: Path, language: str) -> None:
    """The seventh meeting issued in English and ``language``, its test catalogue and the bundled
    participants in ``folder``. The Russian and Chinese catalogues translate the meeting standing
    alone (the package example, its history written out); the Arabic one the bundled meeting,
    which recounts its history with {history:N} from its series."""
    source = MEETINGS_OF[language]
    text = source.read_text(encoding="utf-8")
    assert text.count("  languages: [en, fr, es]\n") == 1  # the bundled file's, replaced
    text = text.replace("  languages: [en, fr, es]\n", f"  languages: [en, {language}]\n")
    copy_meeting(folder / "meetings", text=text, source=source)
    shutil.copy(FIXTURES / f"{MEETING}.{language}.po", folder / "meetings" / f"{MEETING}.{language}.po")
    shutil.copytree(ROOT / "participants", folder / "participants")


@pytest.fixture
def folder(request, tmp_path, monkeypatch):
    """The project of the test's ``language`` (:func:`_project`); the working directory is it."""
    _project(tmp_path, request.node.callspec.params["language"])
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _suggest(language: str) -> str:
    return _run("suggest", "-m", MEETING, "--participants", "egm-cybercrime-2020-sample", "--top", "2",
                "--lang", language)


def _connections(language: str) -> str:
    return _run("connections", "-m", MEETING, "--participants", "egm-cybercrime-2020-sample", "--lang", language)


# Two drafts: the later one moves a venue, renames an item and a sub-item, shortens a sitting (a sitting moved
# and a row of the organization of work), edits an annotation, changes a document symbol and a
# style key, and drops an item from a row.
EDITS = (
    ("  venue: Vienna\n", "  venue: Vienne\n"),
    ("  - title: Other matters", "  - title: Any other business"),
    ("      - title: Adoption of the agenda\n", "      - title: Adoption of the agenda and organization of work\n"),
    ('    - {start: "15:00", end: "18:00"}', '    - {start: "15:00", end: "17:30"}'),
    ("    table_year: true\n", "    table_year: false\n"),
    ("symbol: UNODC/CCPCJ/EG.4/2021/CRP.1", "symbol: UNODC/CCPCJ/EG.4/2021/CRP.2"),
    ('    - ["future-work", "other-matters", "report"]', '    - ["future-work", "report"]'),
    ("may wish to discuss issues pertaining to its future work.",
     "may wish to consider issues pertaining to its future work."),
)


def _diff(language: str, tmp_path: Path) -> str:
    drafts = tmp_path / f"drafts-{language}"
    drafts.mkdir()
    old = meeting_in(language, drafts)
    text = old.read_text(encoding="utf-8")
    for before, after in EDITS:
        assert text.count(before) == 1, before
        text = text.replace(before, after)
    new = copy_meeting(drafts, "later.yaml", text=text)
    output = _run("diff", str(old), str(new))
    return output.replace(str(old), "earlier.yaml").replace(str(new), "later.yaml")


def _outputs(language: str, tmp_path: Path) -> dict[str, str]:
    outputs = {"suggest": _suggest(language), "connections": _connections(language)}
    if language in DIFF_LANGUAGES:
        outputs["diff"] = _diff(language, tmp_path)
    return outputs


@pytest.mark.parametrize("language", LANGUAGES)
def test_reports_and_diff_are_the_golden_files(folder, tmp_path, language):
    for name, output in _outputs(language, tmp_path).items():
        assert output == (GOLDEN / f"{language}-{name}.txt").read_text(encoding="utf-8"), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_of_the_reports_own_phrases_is_left(folder, tmp_path, language):
    """Names of countries and panellists, zone names, user text and key paths stay as the files
    give them (none is one of these words); every word the report adds is the language's."""
    for name, output in _outputs(language, tmp_path).items():
        # a diff's line ends with the key path it is at: (sittings.default[1].end)
        own = "\n".join(re.sub(r" \([^()]*\)$", "", line) for line in output.splitlines())
        left = {w: count(w, own) for w in ENGLISH if count(w, own)}
        assert left == {}, (name, left)


@pytest.mark.parametrize("language", ["ru"])
def test_the_english_check_can_fail(folder, language):
    """The same check on the English report finds its words."""
    output = _run("connections", "-m", MEETING, "--participants", "egm-cybercrime-2020-sample")
    assert {"capacity", "Name", "Role", "Total"} <= {w for w in ENGLISH if count(w, output)}


# --- counted nouns -------------------------------------------------------------------------

@pytest.mark.parametrize(("n", "expected"), [
    (1, "1 день заседаний"), (2, "2 дня заседаний"), (5, "5 дней заседаний"), (21, "21 день заседаний")])
def test_russian_sitting_days(n, expected):
    assert counted("ru", n, _PHRASES["ru"]["sitting_day"]) == expected


@pytest.mark.parametrize(("n", "expected"), [
    (1, "1 заседание"), (2, "2 заседания"), (5, "5 заседаний"), (21, "21 заседание")])
def test_russian_sittings(n, expected):
    assert counted("ru", n, _PHRASES["ru"]["sitting"]) == expected


@pytest.mark.parametrize(("minutes", "expected"), [
    (60, "1 час"), (120, "2 часа"), (300, "5 часов"), (21 * 60 + 21, "21 час 21 минута"),
    (90, "1 час 30 минут"), (62, "1 час 2 минуты"), (5, "5 минут")])
def test_russian_durations(minutes, expected):
    assert duration_words(minutes, _PHRASES["ru"], "ru") == expected


@pytest.mark.parametrize(("n", "expected"), [
    (1, "1 участник"), (2, "2 участника"), (5, "5 участников"), (21, "21 участник"), (193, "193 участника")])
def test_russian_participants(n, expected):
    assert counted("ru", n, _PHRASES["ru"]["participant"]) == expected


@pytest.mark.parametrize(("n", "expected"), [
    (0, "0 جلسات"), (1, "جلسة واحدة"), (2, "جلستان"), (3, "3 جلسات"), (10, "10 جلسات"), (11, "11 جلسة"),
    (21, "21 جلسة"), (100, "100 جلسة")])
def test_arabic_sittings_in_six_categories(n, expected):
    assert counted("ar", n, _PHRASES["ar"]["sitting"]) == expected


@pytest.mark.parametrize(("minutes", "expected"), [
    (60, "ساعة واحدة"), (120, "ساعتان"), (180, "3 ساعات"), (90, "ساعة واحدة و30 دقيقة"),
    (11 * 60 + 2, "11 ساعة ودقيقتان")])
def test_arabic_durations(minutes, expected):
    assert duration_words(minutes, _PHRASES["ar"], "ar") == expected


def test_chinese_has_one_form_and_no_space():
    assert [counted("zh", n, _PHRASES["zh"]["sitting_day"]) for n in (1, 2, 5, 21)] == [
        "1个会议日", "2个会议日", "5个会议日", "21个会议日"]
    assert duration_words(90, _PHRASES["zh"], "zh") == "1小时30分钟"


def test_french_counts_none_as_one_as_cldr_does_and_an_exact_entry_comes_first():
    """French: CLDR counts 0 as "one" ("0 intervenant prend 0"); an ``"=n"`` entry, as ICU
    MessageFormat allows, is looked up before the category."""
    assert [form("fr", n, _PHRASES["fr"]["panellist"]) for n in (0, 1, 2)] == [
        "{n} intervenant", "{n} intervenant", "{n} intervenants"]
    assert form("fr", 0, {"one": "un", "=0": "aucun", "other": "autres"}) == "aucun"


@pytest.mark.parametrize("language", ["ru"])
def test_the_russian_report_counts_one_sitting_of_90_minutes(folder, language):
    """Numbers that are not the golden files': one sitting of 90 minutes a day, a night weight
    with a decimal comma."""
    output = _run("suggest", "-m", MEETING, "--participants", "egm-cybercrime-2020-sample", "--sittings", "1",
                  "--length", "1h30", "--top", "1", "--night-weight", "2.5", "--lang", "ru")
    assert "; 1 заседание в день продолжительностью 1 час 30 минут, минимальный перерыв 1 час," in output
    assert " + 2,5 × часы делегатов ночью" in output


def test_the_report_modules_import_no_babel_before_a_form_is_asked_for():
    import subprocess
    import sys

    code = ("import sys, egmplan.style.reports_words, egmplan.style.changes_words; "
            "print('babel' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_russian_and_chinese_name_every_key_french_names():
    from egmplan.style.changes_words import _PHRASES as CHANGES

    assert {"fr", "es", "ru", "zh"} <= set(_PHRASES) & set(CHANGES)
    for language in ("ru", "zh"):
        assert set(CHANGES[language]["keys"]) >= set(CHANGES["fr"]["keys"])
        assert set(CHANGES[language]["sections"]) == set(CHANGES["fr"]["sections"])
        assert get_style(language).LANGUAGE == language


def test_every_language_of_the_shared_diff_tables_words_the_same_keys():
    """A meeting-file key worded in one language's diff and left in English in another is a
    gap: every table names the same keys."""
    from egmplan.style.changes_words import _PHRASES as CHANGES

    keys = {language: set(table["keys"]) for language, table in CHANGES.items()}
    assert {language: sorted(keys["ru"] ^ found) for language, found in keys.items()} == \
        {language: [] for language in keys}
