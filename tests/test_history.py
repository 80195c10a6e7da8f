"""The history of a body's meetings, written from the series (issue 14): UN date ranges and
ordinals, the {history} and {history:N} placeholders, and the seventh meeting's agenda built
with them unchanged byte for byte."""

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan import placeholders, style
from egmplan.cli.main import app
from egmplan.loader import load_meeting, load_meeting_text
from egmplan.loader.series import load_series
from egmplan.model_series import MeetingFacts, history

from bundled import SEVENTH, copy_bundled, copy_meeting

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "agenda"
SEED_SENTENCES = [  # UNODC/CCPCJ/EG.4/2021/1, item 1 (b)
    "The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011.",
    "The second meeting of the Expert Group was held in Vienna from 25 to 28 February 2013.",
    "The third meeting of the Expert Group was held in Vienna from 10 to 13 April 2017.",
    "The fourth meeting of the Expert Group was held in Vienna from 3 to 5 April 2018.",
    "The fifth meeting of the Expert Group was held in Vienna from 27 to 29 March 2019.",
]


def _earlier(number: int):
    return load_series(ROOT / "meetings" / "egm-cybercrime.series.yaml").series.earlier_than(number)


def test_history_sentences_of_the_five_first_meetings_are_the_annotations_words():
    entries = history(_earlier(6))
    assert [style.history_sentence(e, "Expert Group") for e in entries] == SEED_SENTENCES


def test_history_paragraph_names_each_meeting_once_with_un_date_ranges():
    assert style.history_paragraph(history(_earlier(7)), "Expert Group") == (
        "The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011. "
        "The second meeting was held from 25 to 28 February 2013, the third from 10 to 13 April 2017, "
        "the fourth from 3 to 5 April 2018, the fifth from 27 to 29 March 2019 and the sixth from "
        "27 to 29 July 2020 (initially scheduled from 6 to 8 April 2020)."
    )


def test_history_dates_across_months_and_years_and_a_change_of_venue():
    meetings = [
        MeetingFacts(1, date(2022, 8, 29), date(2022, 9, 9), "New York"),
        MeetingFacts(2, date(2024, 12, 30), date(2025, 1, 2), "New York"),
        MeetingFacts(3, date(2025, 6, 13), date(2025, 6, 14), "Vienna", kind="session"),
    ]
    assert style.history_paragraph(history(meetings), "Committee") == (
        "The first meeting of the Committee was held in New York from 29 August to 9 September 2022. "
        "The second meeting was held from 30 December 2024 to 2 January 2025 "
        "and the third in Vienna on 13 and 14 June 2025."
    )
    assert style.history_sentence(history(meetings)[2], "Committee") == (
        "The third session of the Committee was held in Vienna on 13 and 14 June 2025.")
    assert style.history_paragraph((), "Committee") == ""


def test_the_bundled_seventh_meeting_recounts_the_first_five_meetings_with_history():
    """UNODC/CCPCJ/EG.4/2021/1 item 1 (b): the sentences on the first five meetings are
    {history:1} to {history:5}; the sixth meeting's paragraph is the seed's own words, which
    the history does not give (a postponement "owing to the coronavirus disease (COVID-19)",
    "in a hybrid format")."""
    text = SEVENTH.read_text(encoding="utf-8")
    assert [(token, number) for _offset, token, number in placeholders.history_uses(text)] == [
        (f"{{history:{n}}}", str(n)) for n in (1, 2, 3, 4, 5)]
    assert [sentence for sentence in SEED_SENTENCES if sentence in text] == []
    assert "The sixth meeting of the Expert Group was initially scheduled to take place from 6 to 8 April 2020, " \
           "but had to be postponed" in text


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_seventh_agenda_built_with_history_is_unchanged_byte_for_byte(tmp_path, monkeypatch, fmt):
    copy_meeting(tmp_path / "meetings")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["agenda", "build", "egm-cybercrime-2021", "-f", fmt, "--lang", "en", "-o", "out",
                                      "-q"])
    assert result.exit_code == 0, result.output
    built = (tmp_path / "out" / "egm-cybercrime-2021" / f"agenda.{fmt}").read_bytes()
    assert built == (GOLDEN / f"egm-cybercrime-2021.{fmt}").read_bytes()


def test_whole_history_placeholder_fills_the_paragraph(tmp_path):
    seventh = copy_meeting(tmp_path, text=SEVENTH.read_text(encoding="utf-8").replace("{history:1}", "{history}", 1))
    meeting = load_meeting(seventh).meeting
    from egmplan.placeholders import fill

    assert fill("{history}", meeting, style) == style.history_paragraph(history(_earlier(7)), "Expert Group")


def test_history_without_a_series_and_beyond_the_earlier_meetings_are_errors(tmp_path):
    seventh = copy_meeting(tmp_path, text=SEVENTH.read_text(encoding="utf-8").replace("{history:5}", "{history:7}"))
    assert [str(d) for d in load_meeting(seventh, "m.yaml").errors] == [
        "m.yaml:67:11: error: agenda[0].items[1].annotation: {history:7}: the earlier meetings of the series are meetings 1 to 6",
    ]
    alone = load_meeting_text("meeting:\n  body: B\n  number: 2\n  venue: Vienna\n  timezone: Europe/Vienna\n"
                              "  dates: {start: 2021-04-06, end: 2021-04-06}\nsittings:\n  default:\n"
                              "    - {start: \"10:00\", end: \"13:00\"}\nagenda:\n  - title: Opening\n"
                              "    annotation: |\n      {history}\n", "m.yaml")
    assert [str(d) for d in alone.errors] == [
        "m.yaml:13:7: error: agenda[0].annotation: {history} needs a series file beside this meeting file "
        "that lists it (meetings: - file: NAME.yaml); see docs/series.md",
    ]


def test_orgwork_plan_writes_back_a_meeting_that_uses_history(tmp_path, monkeypatch):
    from test_orgwork_plan import _sixth_with_estimates

    copy_bundled(tmp_path)
    text = _sixth_with_estimates()
    assert text.count("        key: opening\n") == 1
    text = text.replace("        key: opening\n", "        key: opening\n        annotation: |\n          {history}\n")
    sixth = tmp_path / "egm-cybercrime-2020.yaml"
    sixth.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["orgwork", "plan", "-m", str(sixth), "--write", "-q"])
    assert result.exit_code == 0, result.output
    assert "{history}" in sixth.read_text(encoding="utf-8")
    assert load_meeting(sixth).meeting.earlier_meetings[-1].number == 5


def test_a_meeting_that_uses_history_is_cached_with_the_files_beside_it(tmp_path, monkeypatch):
    """{history} also reads the series file and the meeting files it lists, so the cache keys
    such a meeting by those files too: a run with nothing changed is served from the cache (no
    new entry), and a date corrected in the series file shows at once (a new entry)."""
    from egmplan.app import meeting_cache

    copy_meeting(tmp_path / "meetings")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("EGMPLAN_NO_CACHE", raising=False)
    command = ["agenda", "build", "egm-cybercrime-2021", "-f", "txt", "-o", "-", "-q"]
    entries = lambda: sorted(p.name for p in (tmp_path / "cache" / "egmplan" / "meetings").iterdir())
    try:
        first = CliRunner().invoke(app, command)
        assert first.exit_code == 0, first.output
        assert "held in Vienna from 17 to 21\n    January 2011." in first.stdout
        stored = entries()
        assert len(stored) >= 1
        import egmplan.loader.load as load_module

        loads = []
        original = load_module.load_meeting_bytes
        monkeypatch.setattr(load_module, "load_meeting_bytes", lambda *a, **k: loads.append(a) or original(*a, **k))
        again = CliRunner().invoke(app, command)
        assert (again.exit_code, again.stdout, entries(), loads) == (0, first.stdout, stored, [])
        series = tmp_path / "meetings" / "egm-cybercrime.series.yaml"
        text = series.read_text(encoding="utf-8")
        assert text.count("2011-01-21") == 1
        series.write_text(text.replace("2011-01-21", "2011-01-20"), encoding="utf-8")
        second = CliRunner().invoke(app, command)
        assert second.exit_code == 0, second.output
        assert "held in Vienna from 17 to 20\n    January 2011." in second.stdout
        assert len(entries()) > len(stored)
    finally:
        meeting_cache.use(None)


def test_history_in_another_language_takes_the_translated_venue_and_asks_for_others(tmp_path):
    """An earlier meeting held where this one is takes this meeting's venue's translation; an
    earlier meeting held elsewhere is one more string to translate (``history[N].venue``)."""
    from dataclasses import replace

    from egmplan.placeholders import fill
    from egmplan.translatable import translatable_strings, translated

    meeting = load_meeting(copy_meeting(tmp_path)).meeting
    elsewhere = replace(meeting, earlier_meetings=tuple(
        replace(facts, venue="New York") if facts.number == 2 else facts for facts in meeting.earlier_meetings))
    contexts = [s.context for s in translatable_strings(elsewhere)]
    assert [c for c in contexts if c.startswith("history")] == ["history[2].venue"]
    assert not [s for s in translatable_strings(meeting) if s.context.startswith("history")]

    french = translated(elsewhere, {"meeting.venue": "Vienne", "meeting.short_body": "Groupe d’experts",
                                    "history[2].venue": "New York (traduit)"})
    fr = style.get_style("fr")
    assert [f.venue for f in french.earlier_meetings] == ["Vienne", "New York (traduit)"] + ["Vienne"] * 4
    assert fill("{history:1}", french, fr) == ("La première réunion du Groupe d’experts s’est tenue à Vienne "
                                             "du 17 au 21 janvier 2011.")
