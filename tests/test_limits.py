"""What validates, builds: each limit of egmplan.loader.limits, just inside (every format,
``schedule --tz all``, deadlines, suggest and connections run without error) and just
outside (the exact message)."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import limits, load_meeting_text
from egmplan.loader.describe import with_limits_table
from egmplan.loader.meeting_schema import MEETING_FILE
from egmplan.loader.schema import Either, Int, ListOf, MapOf, Record

ROOT = Path(__file__).resolve().parent.parent

BASE = {
    "body": "Expert Group", "symbol": "UNODC/CCPCJ/EG.4/2021/1", "revision": "0", "number": "7",
    "start": "2021-04-06", "end": "2021-04-06", "issued": "2021-02-22",
    "title": "Organizational matters", "annotation": "The meeting will be opened on {opening}.",
    "minutes": "60", "statements": "5", "presentations": "1", "statement_minutes": "3",
    "presentation_minutes": "8", "connections": "300", "delegates": "2", "due": "-5d COB",
    "key": "other", "doc_symbol": "UNODC/CCPCJ/EG.4/2021/CRP.1", "label": "Nomination of speakers",
}

TEMPLATE = """meeting:
  body: {body}
  number: {number}
  symbol: {symbol}
  venue: Vienna
  timezone: Europe/Vienna
  format: hybrid
  revision: {revision}
  issued: {issued}
  dates: {{start: {start}, end: {end}}}
  speaking: {{statement_minutes: {statement_minutes}, presentation_minutes: {presentation_minutes}, connections: {connections}}}
sittings:
  default:
    - {{start: "10:00", end: "13:00"}}
    - {{start: "15:00", end: "18:00"}}
agenda:
  - title: {title}
    annotation: {annotation}
    items:
      - title: Opening of the meeting
        estimated_minutes: 30
      - title: Adoption of the agenda
        estimated_minutes: 30
  - title: Other matters
    key: {key}
    estimated_minutes: {minutes}
    speakers: {{statements: {statements}, presentations: {presentations}}}
    documentation:
      - {{title: Report, symbol: {doc_symbol}}}
organization_of_work:
  {start}:
    - ["1 (a)", "1 (b)"]
    - [{key}]
participants:
  - {{name: Thailand, country: TH, role: member, delegates: {delegates}}}
  - {{name: Austria, country: AT, role: member}}
deadlines:
  - label: {label}
    due: {due}
"""


def _text(**changes) -> str:
    return TEMPLATE.format(**{**BASE, **changes})


def _tuesday(year: int, month: int, day: int, backwards: bool = False) -> str:
    found = date(year, month, day)
    while found.weekday() != 1:
        found += timedelta(days=-1 if backwards else 1)
    return found.isoformat()


def _quoted(text: str) -> str:
    return '"' + text.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


def _at_most(limit: str) -> str:
    return str(limits.INTEGER[limit].high)


FIRST_TUESDAY = _tuesday(1900, 1, 1)        # 1900-01-02
LAST_TUESDAY = _tuesday(2199, 12, 31, True)  # 2199-12-31

JUST_INSIDE = {
    "line-length": {"title": "T" * limits.TEXT["line"].high, "body": "B" * limits.TEXT["line"].high,
                    "label": "L" * limits.TEXT["line"].high},
    "annotation-length": {"annotation": _quoted(("Paragraph text. " * 60 + "\n\n") * 104)[: limits.TEXT["paragraph"].high] + '"'},
    "symbol-length": {"symbol": "S" * limits.TEXT["symbol"].high, "doc_symbol": "D" * limits.TEXT["symbol"].high},
    "key-length": {"key": "k" * limits.TEXT["key"].high},
    "number": {"number": _at_most("number")},
    "revision": {"revision": _at_most("revision")},
    "estimated-minutes": {"minutes": _at_most("estimated_minutes")},
    "speaking-minutes": {"statement_minutes": _at_most("speaking_minutes"),
                         "presentation_minutes": _at_most("speaking_minutes")},
    "counts": {"connections": _at_most("count"), "delegates": _at_most("count"),
               "statements": _at_most("count"), "presentations": _at_most("count")},
    "first-date": {"start": FIRST_TUESDAY, "end": FIRST_TUESDAY, "issued": "1900-01-01", "due": "-1d"},
    "last-date": {"start": LAST_TUESDAY, "end": LAST_TUESDAY, "issued": LAST_TUESDAY, "due": "2199-12-31 23:30"},
    "deadline-first-date": {"start": FIRST_TUESDAY, "end": FIRST_TUESDAY, "due": "1900-01-01 00:00"},
    "characters": {"title": _quoted("Tab\tand \u00e9\u0301 \U0001F600 \ufffd \ue000 \U0010fffd \u200bA\u0301"),
                   "annotation": _quoted("Line one\n\nLine two\twith a tab")},
    "bidi-controls-warned": {"title": _quoted("Other \u202ematters\u202c")},
}


@pytest.mark.parametrize("changes", JUST_INSIDE.values(), ids=JUST_INSIDE.keys())
def test_just_inside_a_limit_every_format_and_every_zone_builds(changes, tmp_path, monkeypatch):
    text = _text(**changes)
    result = load_meeting_text(text, "m.yaml")
    assert result.errors == []
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    runner = CliRunner()
    commands = [
        ["agenda", "build", str(path), "-o", str(tmp_path / "out"), "-q"],
        ["schedule", "-m", str(path), "--tz", "all"],
        ["schedule", "-m", str(path), "--tz", "all", "-f", "ics"],
        ["schedule", "-m", str(path), "--tz", "Pacific/Kiritimati", "--tz", "Pacific/Pago_Pago", "-f", "json"],
        ["deadlines", "-m", str(path), "--tz", "Pacific/Kiritimati"],
        ["suggest", "-m", str(path)],
        ["connections", "-m", str(path)],
    ]
    for command in commands:
        done = runner.invoke(app, command)
        assert (done.exit_code, done.exception) in ((0, None),), (command, done.output, done.exception)
    # Planning may find that the items do not fit (exit 1), but says so without a traceback.
    done = runner.invoke(app, ["orgwork", "-m", str(path), "plan"])
    assert done.exit_code in (0, 1) and isinstance(done.exception, (SystemExit, type(None))), done.output
    assert sorted(p.name for p in (tmp_path / "out" / "m").iterdir()) == [
        "agenda.docx", "agenda.html", "agenda.json", "agenda.md", "agenda.pdf", "agenda.txt", "orgwork.csv",
        "sittings.ics",
    ]


def _message(text: str) -> list[str]:
    return [f"{d.path}: {d.message}" for d in load_meeting_text(text, "m.yaml").errors]


JUST_OUTSIDE = {
    "line-length": ({"title": "T" * 1001}, ["agenda[0].title: is 1,001 characters long; a single-line text has at most 1,000"]),
    "annotation-length": ({"annotation": "A" * 100_001},
                          ["agenda[0].annotation: is 100,001 characters long; an annotation has at most 100,000"]),
    "symbol-length": ({"symbol": "S" * 256}, ["meeting.symbol: is 256 characters long; a symbol has at most 255"]),
    "document-symbol-length": ({"doc_symbol": "D" * 256},
                               ["agenda[1].documentation[0].symbol: is 256 characters long; a symbol has at most 255"]),
    "key-length": ({"key": "k" * 65}, ["agenda[1].key: is 65 characters long; a key has at most 64",
                                       "organization_of_work.2021-04-06[1][0]: is 65 characters long; a key has at most 64"]),
    "number": ({"number": "1000"}, ["meeting.number: must be at most 999, got 1000"]),
    "revision": ({"revision": "1000"}, ["meeting.revision: must be at most 999, got 1000"]),
    "revision-5000-digits": ({"revision": "9" * 5000},
                             ["meeting.revision: must be at most 999, got a number of 5,000 digits"]),
    "negative-5000-digits": ({"minutes": "-" + "9" * 5000},
                             ["agenda[1].estimated_minutes: must be at least 1, got a number of 5,000 digits"]),
    "meeting-length": ({"end": (date(2021, 4, 6) + timedelta(days=limits.MEETING_DAYS)).isoformat()},
                       ["meeting.dates.end: a meeting lasts at most 366 days"]),
    "estimated-minutes": ({"minutes": "527041"}, ["agenda[1].estimated_minutes: must be at most 527040, got 527041"]),
    "speaking-minutes": ({"statement_minutes": "1441"},
                         ["meeting.speaking.statement_minutes: must be at most 1440, got 1441"]),
    "delegates": ({"delegates": "100001"}, ["participants[0].delegates: must be at most 100000, got 100001"]),
    "before-first-date": ({"start": "1899-12-26", "end": "1899-12-26"}, [
        "meeting.dates.start: 1899-12-26 is outside the dates egmplan handles (1900-01-01 to 2199-12-31)",
        "meeting.dates.end: 1899-12-26 is outside the dates egmplan handles (1900-01-01 to 2199-12-31)",
        "organization_of_work.1899-12-26: 1899-12-26 is outside the dates egmplan handles (1900-01-01 to 2199-12-31)",
    ]),
    "after-last-date": ({"issued": "2200-01-01"},
                        ["meeting.issued: 2200-01-01 is outside the dates egmplan handles (1900-01-01 to 2199-12-31)"]),
    "year-1": ({"issued": "0001-01-01"},
               ["meeting.issued: 0001-01-01 is outside the dates egmplan handles (1900-01-01 to 2199-12-31)"]),
    "deadline-before-first-date": ({"start": FIRST_TUESDAY, "end": FIRST_TUESDAY, "due": "-2d"}, [
        "deadlines[0].due: falls on 1899-12-31, outside the dates egmplan handles (1900-01-01 to 2199-12-31)",
    ]),
    "deadline-after-last-date": ({"due": "9999-12-31"},
                                 ["deadlines[0].due: 9999-12-31 is outside the dates egmplan handles (1900-01-01 to 2199-12-31)"]),
    "deadline-weeks-before-first-date": ({"start": FIRST_TUESDAY, "end": FIRST_TUESDAY, "due": "-999w"}, [
        "deadlines[0].due: falls on 1880-11-09, outside the dates egmplan handles (1900-01-01 to 2199-12-31)",
    ]),
    "U+FFFE": ({"title": _quoted("A\ufffeB")}, [
        "agenda[0].title: contains U+FFFE, a Unicode noncharacter that Word, HTML and calendar files cannot hold; remove it"]),
    "U+FFFF": ({"label": _quoted("A\uffffB")}, [
        "deadlines[0].label: contains U+FFFF, a Unicode noncharacter that Word, HTML and calendar files cannot hold; remove it"]),
    "U+FDD0": ({"body": _quoted("A\ufdd0B")}, [
        "meeting.body: contains U+FDD0, a Unicode noncharacter that Word, HTML and calendar files cannot hold; remove it"]),
    "U+10FFFF": ({"annotation": _quoted("A\U0010ffffB")}, [
        "agenda[0].annotation: contains U+10FFFF, a Unicode noncharacter that Word, HTML and calendar files cannot hold; remove it"]),
    "control-character": ({"symbol": _quoted("A\x1bB")}, ["meeting.symbol: contains the control character U+001B; remove it"]),
    "C1-control": ({"title": _quoted("A\x85B")}, ["agenda[0].title: contains the control character U+0085; remove it"]),
    "line-separator": ({"title": _quoted("A\u2028B")}, ["agenda[0].title: contains the control character U+2028; remove it"]),
    "zero-width-only": ({"title": _quoted("\u200b\u200d\ufeff")}, ["agenda[0].title: is empty (only invisible characters)"]),
    "combining-only": ({"label": _quoted("\u0301\u0308 \u20dd")}, ["deadlines[0].label: is empty (only invisible characters)"]),
    "filler-only": ({"body": _quoted("\u3164\u2800")}, ["meeting.body: is empty (only invisible characters)"]),
}


@pytest.mark.parametrize("changes, expected", JUST_OUTSIDE.values(), ids=JUST_OUTSIDE.keys())
def test_just_outside_a_limit_validation_says_exactly_what(changes, expected):
    assert _message(_text(**changes)) == expected


def test_the_base_file_is_clean():
    assert load_meeting_text(_text(), "m.yaml").diagnostics == []


def test_bidi_controls_are_a_warning_naming_each_by_code_point():
    result = load_meeting_text(_text(title=_quoted("Other \u202ematters\u2066")), "m.yaml")
    assert [(d.severity, d.path, d.message) for d in result.diagnostics] == [(
        "warning", "agenda[0].title",
        "contains the bidirectional control characters U+202E (RIGHT-TO-LEFT OVERRIDE), U+2066 (LEFT-TO-RIGHT ISOLATE), "
        "which reorder how the text around them is displayed; remove them unless they are intended",
    )]


def _specs(spec, found):
    if isinstance(spec, Record):
        for field in spec.fields:
            _specs(field.spec, found)
    elif isinstance(spec, ListOf):
        _specs(spec.item, found)
    elif isinstance(spec, MapOf):
        _specs(spec.key, found)
        _specs(spec.value, found)
    elif isinstance(spec, Either):
        for part in (spec.scalar, spec.mapping, spec.sequence):
            if part is not None:
                _specs(part, found)
    found.append(spec)
    return found


def test_every_integer_of_the_format_has_a_bound_from_the_table_and_in_the_json_schema():
    integers = [s for s in _specs(MEETING_FILE, []) if isinstance(s, Int)]
    assert len(integers) >= 9
    for spec in integers:
        assert spec.maximum == limits.INTEGER[spec.limit].high
        assert spec.json_schema()["maximum"] == spec.maximum


def test_the_table_of_limits_in_the_docs_is_fresh():
    checking = (ROOT / "docs" / "checking.md").read_text(encoding="utf-8")
    assert checking == with_limits_table(checking), "docs/checking.md is stale: run python tools/gen_docs.py"
    assert limits.markdown_table() in checking


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12))
def test_any_text_that_validates_builds_every_format(text):
    from egmplan.render.build import render_outputs

    result = load_meeting_text(_text(title=_quoted(text), label=_quoted(text), annotation=_quoted(text)), "m.yaml")
    if result.meeting is None:
        assert {d.path for d in result.errors} <= {"agenda[0].title", "agenda[0].annotation", "deadlines[0].label"}
        return
    outputs = render_outputs(result.meeting, ["md", "html", "txt", "json", "csv", "ics", "docx"])
    assert all(outputs.values())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dates(min_value=date(1899, 6, 1), max_value=date(2200, 6, 30)),
       st.sampled_from(["-999w", "-52w", "-5d", "+30d", "-999wd", "+999wd", "-5wd COB", "+2d 23:30", "1900-01-01",
                        "2199-12-31 00:00"]),
       st.sampled_from(["Europe/Vienna", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "Asia/Kathmandu"]))
def test_any_date_that_validates_builds_the_calendar_and_the_schedule(opening, due, zone):
    from egmplan.planning.deadlines import deadline_times
    from egmplan.planning.schedule import build_schedule
    from egmplan.render.build import render_outputs

    text = _text(start=opening.isoformat(), end=opening.isoformat(), issued=opening.isoformat(), due=due)
    text = text.replace("Europe/Vienna", zone)
    result = load_meeting_text(text, "m.yaml")
    if result.meeting is None:
        messages = {d.message for d in result.errors}
        assert all("outside the dates egmplan handles" in m or m.startswith("there is no sitting on")
                   or "the meeting has no sitting" in m or "does not exist" in m for m in messages), messages
        return
    outputs = render_outputs(result.meeting, ["ics", "json", "docx", "html"])
    assert all(outputs.values())
    schedule = build_schedule(result.meeting, ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu"])
    assert len(schedule.sittings) == len(result.meeting.sittings)
    assert len(deadline_times(result.meeting, "Pacific/Kiritimati")) == 1


def _forbidden_by_definition(code: int) -> bool:
    """The characters no output can hold, as limits.py's comment defines them."""
    return (code <= 0x08 or 0x0B <= code <= 0x1F or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029)
            or 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE)


def test_the_forbidden_characters_are_exactly_the_controls_separators_and_noncharacters():
    found = [code for code in range(0x110000)
             if 0xD800 > code or code > 0xDFFF if limits.FORBIDDEN.fullmatch(chr(code))]
    assert found == [code for code in range(0x110000)
                     if (0xD800 > code or code > 0xDFFF) and _forbidden_by_definition(code)]
    assert len([c for c in found if c >= 0xFDD0]) == 66  # the noncharacters


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_the_forbidden_characters_are_found_where_they_stand_in_any_text(text):
    assert limits.FORBIDDEN.findall(text) == [c for c in text if _forbidden_by_definition(ord(c))]


@pytest.mark.parametrize("text", ["Other \u202ematters", "\u2069", "caf\u00e9 \u202a"])
def test_bidi_warning_sees_controls_in_any_text_that_is_not_ascii(text):
    assert limits.bidi_warning(text) is not None
    assert limits.bidi_warning(text.encode("ascii", "ignore").decode()) is None
