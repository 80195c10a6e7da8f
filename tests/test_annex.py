"""The annex (organization of work): every sitting prints, heading rows, item keys and
``{item:KEY}``, acknowledged departures (``reason:``), and the linear "(continued)" rule."""

import csv
import io
import json
import re
from pathlib import Path

from typer.testing import CliRunner

from egmplan.app.check import check_text
from egmplan.cli.main import app
from egmplan.planning.orgwork import organization_rows
from egmplan.references import resolve_reference

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

HEAD = """\
meeting:
  body: Expert Group on Testing
  number: 3
  venue: Vienna
  timezone: Europe/Vienna
"""

# Friday to Monday: two sittings on weekdays, one on Saturday (sittings.days) that the
# organization of work does not list, an afternoon and a morning given as [].
WEEKEND = HEAD + """\
  dates: {start: 2021-04-09, end: 2021-04-12}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
  days:
    2021-04-10:
      - {start: "10:00", end: "13:00"}
agenda:
  - key: organizational
    title: Organizational matters
    items:
      - {key: opening, title: Opening of the meeting}
      - {key: agenda, title: Adoption of the agenda}
  - {key: report, title: Adoption of the report}
organization_of_work:
  2021-04-09:
    - ["opening", "agenda"]
    - []
  2021-04-12:
    - []
    - ["report"]
"""

WEEKEND_CSV = [
    ["date", "sitting", "start", "end", "time", "item", "title", "continued", "track"],
    ["2021-04-09", "1", "10:00", "13:00", "10 a.m.–1 p.m.", "1 (a)", "Opening of the meeting", "false", ""],
    ["2021-04-09", "1", "10:00", "13:00", "10 a.m.–1 p.m.", "1 (b)", "Adoption of the agenda", "false", ""],
    ["2021-04-09", "2", "15:00", "18:00", "3–6 p.m.", "", "To be announced", "false", ""],
    ["2021-04-10", "1", "10:00", "13:00", "10 a.m.–1 p.m.", "", "To be announced", "false", ""],
    ["2021-04-12", "1", "10:00", "13:00", "10 a.m.–1 p.m.", "", "To be announced", "false", ""],
    ["2021-04-12", "2", "15:00", "18:00", "3–6 p.m.", "2", "Adoption of the report", "false", ""],
]

WEEKEND_TABLE = [  # Date | Time | Item | Title or description, blank cells as UN-STYLE W2 leaves them
    ["Friday, 9 April", "10 a.m.–1 p.m.", "1 (a)", "Opening of the meeting"],
    ["", "", "1 (b)", "Adoption of the agenda"],
    ["", "3–6 p.m.", "", "To be announced"],
    ["Saturday, 10 April", "10 a.m.–1 p.m.", "", "To be announced"],
    ["Monday, 12 April", "10 a.m.–1 p.m.", "", "To be announced"],
    ["", "3–6 p.m.", "2", "Adoption of the report"],
]


def _write(tmp_path: Path, text: str, name: str = "m.yaml") -> Path:
    folder = tmp_path / "meetings"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _rows(text: str) -> list[tuple]:
    result = check_text(text)
    assert result.meeting is not None, result.diagnostics
    # planning gives the base title and the continued flag; the test reads them as printed
    return [(r.date.isoformat(), r.sitting, r.item, f"{r.title} (continued)" if r.continued else r.title)
            for r in organization_rows(result.meeting)]


def test_planning_gives_the_base_title_and_the_continued_flag():
    example = ROOT / "src" / "egmplan" / "examples" / "egm-cybercrime-2021.yaml"
    rows = organization_rows(check_text(example.read_text(encoding="utf-8")).meeting)
    continued = [r for r in rows if r.continued]
    assert continued and all("continued" not in r.title for r in continued)


# --- 1. every sitting appears in the annex ------------------------------------------------


def test_every_sitting_prints_in_every_format(tmp_path, monkeypatch):
    from docx import Document

    monkeypatch.chdir(tmp_path)
    _write(tmp_path, WEEKEND)
    result = runner.invoke(app, ["agenda", "build", "m", "-o", "out"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out" / "m"

    assert list(csv.reader(io.StringIO((out / "orgwork.csv").read_text(encoding="utf-8")))) == WEEKEND_CSV

    rows = json.loads((out / "agenda.json").read_text(encoding="utf-8"))["table"]["rows"]
    assert [[r["date"], r["sitting"], r["item"], r["title"]] for r in rows] == [
        [r[0], int(r[1]), r[5], r[6]] for r in WEEKEND_CSV[1:]
    ]

    markdown = (out / "agenda.md").read_text(encoding="utf-8")
    table = markdown[markdown.index("| Date | Time |"):]
    assert table.splitlines()[2:] == ["| " + " | ".join(cells) + " |" for cells in WEEKEND_TABLE]

    html = (out / "agenda.html").read_text(encoding="utf-8")
    body = html[html.index("<tbody"):html.rindex("</tbody>")]
    cells = [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)]
             for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]
    # HTML spans the date and time cells over their rows instead of leaving them blank.
    assert cells == [[cell for n, cell in enumerate(row) if n >= 2 or cell] for row in WEEKEND_TABLE]

    document = Document(str(out / "agenda.docx"))
    assert [[c.text.replace("\xa0", " ") for c in row.cells] for row in document.tables[-1].rows][1:] == WEEKEND_TABLE

    text = (out / "agenda.txt").read_text(encoding="utf-8")
    announced = [line.split() for line in text.splitlines() if "To be announced" in line]
    assert announced == [
        ["3–6", "p.m.", "To", "be", "announced"],
        ["Saturday,", "10", "April", "10", "a.m.–1", "p.m.", "To", "be", "announced"],
        ["Monday,", "12", "April", "10", "a.m.–1", "p.m.", "To", "be", "announced"],
    ]

    terminal = runner.invoke(app, ["orgwork", "-m", "m", "-q"])
    assert terminal.exit_code == 0, terminal.output
    assert [line.split() for line in terminal.stdout.splitlines() if "To be announced" in line] == announced


def test_validate_warns_about_each_sitting_without_an_item(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, WEEKEND)
    result = runner.invoke(app, ["validate", "m"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "meetings/m.yaml:13:9: warning: sittings.days.2021-04-10[0]: the sitting of 2021-04-10 (Saturday), "
        "10 a.m.–1 p.m. is not in organization_of_work; the annex prints 'To be announced'",
        "meetings/m.yaml:24:7: warning: organization_of_work.2021-04-09[1]: no item at the sitting of "
        "2021-04-09 (Friday), 3–6 p.m.; the annex prints 'To be announced'",
        "meetings/m.yaml:26:7: warning: organization_of_work.2021-04-12[0]: no item at the sitting of "
        "2021-04-12 (Monday), 10 a.m.–1 p.m.; the annex prints 'To be announced'",
    ]


def test_the_to_be_announced_text_is_a_style_setting():
    text = WEEKEND.replace("  dates:", "  style: {to_be_announced: Items to be announced}\n  dates:")
    titles = [title for _, _, item, title in _rows(text) if not item]
    assert titles == ["Items to be announced"] * 3
    meeting = check_text(text).meeting
    assert meeting.style.to_be_announced == "Items to be announced"


def test_a_meeting_without_organization_of_work_lists_every_sitting_without_warning():
    text = WEEKEND[:WEEKEND.index("organization_of_work:")]
    result = check_text(text)
    assert result.diagnostics == []
    assert [(d, s, title) for d, s, _, title in _rows(text)] == [
        ("2021-04-09", 1, "To be announced"), ("2021-04-09", 2, "To be announced"),
        ("2021-04-10", 1, "To be announced"),
        ("2021-04-12", 1, "To be announced"), ("2021-04-12", 2, "To be announced"),
    ]


def test_init_output_lists_all_ten_sittings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    flags = ["--body", "Expert Group on Testing", "--number", "2", "--venue", "Geneva",
             "--start", "2027-03-29", "--end", "2027-04-02", "--sittings", "10:00-13:00,15:00-18:00"]
    assert runner.invoke(app, ["init", "new", *flags]).exit_code == 0
    result = runner.invoke(app, ["orgwork", "-m", "new", "-f", "json", "-q"])
    rows = json.loads(result.stdout)["rows"]
    assert [(r["date"], r["sitting"], r["item"]) for r in rows] == [
        ("2027-03-29", 1, "1 (a)"), ("2027-03-29", 1, "1 (b)"), ("2027-03-29", 2, ""),
        ("2027-03-30", 1, ""), ("2027-03-30", 2, ""), ("2027-03-31", 1, ""), ("2027-03-31", 2, ""),
        ("2027-04-01", 1, ""), ("2027-04-01", 2, ""),
        ("2027-04-02", 1, ""), ("2027-04-02", 2, "2"), ("2027-04-02", 2, "3"),
    ]
    validate = runner.invoke(app, ["validate", "new"])
    assert validate.stderr == "OK: 1 file checked, 0 errors, 8 warnings\n"


def test_orgwork_plan_write_keeps_the_days_it_leaves_empty_in_the_annex(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = HEAD + """\
  dates: {start: 2021-04-06, end: 2021-04-08}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
agenda:
  - {key: opening, title: Opening of the meeting, estimated_minutes: 60}
  - {key: report, title: Adoption of the report, estimated_minutes: 120}
"""
    _write(tmp_path, text)
    assert runner.invoke(app, ["orgwork", "plan", "-m", "m", "--write", "-q"]).exit_code == 0
    result = runner.invoke(app, ["orgwork", "-m", "m", "-f", "csv", "-q"])
    rows = list(csv.reader(io.StringIO(result.stdout)))[1:]
    assert [(r[0], r[1], r[5], r[6]) for r in rows] == [
        ("2021-04-06", "1", "1", "Opening of the meeting"),
        ("2021-04-06", "1", "2", "Adoption of the report"),
        ("2021-04-06", "2", "", "To be announced"),
        ("2021-04-07", "1", "", "To be announced"),
        ("2021-04-07", "2", "", "To be announced"),
        ("2021-04-08", "1", "", "To be announced"),
        ("2021-04-08", "2", "", "To be announced"),
    ]
    validate = runner.invoke(app, ["validate", "m"])
    assert validate.stderr == "OK: 1 file checked, 0 errors, 5 warnings\n"


# --- 7. heading rows ------------------------------------------------------------------


HEADINGS = HEAD + """\
  dates: {start: 2021-04-06, end: 2021-04-07}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
agenda:
  - title: Opening of the meeting
  - title: Review of implementation
    short_title: Review
    items:
      - title: Chapter I
      - title: Chapter II
      - title: Chapter III
  - title: Adoption of the report
organization_of_work:
  2021-04-06:
    - ["1", "2", "2 (a)"]
    - ["2 (b)"]
  2021-04-07:
    - ["2", "2 (c)", "2 (a)"]
    - ["3"]
"""


def test_a_heading_row_does_not_make_later_sub_items_continued():
    assert _rows(HEADINGS) == [
        ("2021-04-06", 1, "1", "Opening of the meeting"),
        ("2021-04-06", 1, "2", "Review of implementation"),
        ("2021-04-06", 1, "2 (a)", "Chapter I"),
        ("2021-04-06", 2, "2 (b)", "Chapter II"),
        ("2021-04-07", 1, "2", "Review (continued)"),
        ("2021-04-07", 1, "2 (c)", "Chapter III"),
        ("2021-04-07", 1, "2 (a)", "Chapter I (continued)"),
        ("2021-04-07", 2, "3", "Adoption of the report"),
    ]


def test_a_heading_row_is_not_scheduled_as_a_whole():
    assert check_text(HEADINGS).diagnostics == []


def test_an_item_taken_whole_still_makes_its_sub_items_continued():
    text = HEADINGS.replace('["1", "2", "2 (a)"]', '["1", "2"]').replace('["2", "2 (c)", "2 (a)"]', '["2 (c)", "2 (a)"]')
    assert _rows(text)[1:5] == [
        ("2021-04-06", 1, "2", "Review of implementation"),
        ("2021-04-06", 2, "2 (b)", "Chapter II (continued)"),
        ("2021-04-07", 1, "2 (c)", "Chapter III (continued)"),
        ("2021-04-07", 1, "2 (a)", "Chapter I (continued)"),
    ]
    assert [d.message.split(" but ")[0] for d in check_text(text).diagnostics] == [
        "item 2 has sub-items (a)–(c)"
    ]


# --- 4. item keys and {item:KEY} --------------------------------------------------------


KEYED = HEAD + """\
  dates: {start: 2021-04-06, end: 2021-04-06}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
agenda:
  - title: Organizational matters
    items:
      - {key: opening, title: Opening of the meeting}
      - {key: agenda, title: Adoption of the agenda}
  - key: other
    title: Other matters
    annotation: |
      Under agenda item {item:other}, after sub-item {item:agenda} and before item {item: report}.
  - key: report
    title: Adoption of the report
    documentation_note: No documentation is currently foreseen under agenda item {item:report}.
organization_of_work:
  2021-04-06:
    - ["opening", "agenda", "other", "report"]
"""


def _agenda_md(text: str) -> str:
    from egmplan.render.build import render_outputs

    return render_outputs(check_text(text).meeting, ["md"])["agenda.md"].decode()


def test_item_placeholders_give_the_numbers_and_follow_a_renumbering():
    markdown = _agenda_md(KEYED)
    assert "Under agenda item 2, after sub-item 1 (b) and before item 3.\n" in markdown
    assert "No documentation is currently foreseen under agenda item 3.\n" in markdown
    inserted = KEYED.replace("  - key: other\n", "  - title: Election of officers\n  - key: other\n")
    markdown = _agenda_md(inserted)
    assert "Under agenda item 3, after sub-item 1 (b) and before item 4.\n" in markdown
    assert "No documentation is currently foreseen under agenda item 4.\n" in markdown


def test_keys_in_organization_of_work_follow_a_renumbering_numbers_do_not():
    inserted = KEYED.replace("  - key: other\n", "  - title: Election of officers\n  - key: other\n")
    assert [item for _, _, item, _ in _rows(inserted)] == ["1 (a)", "1 (b)", "3", "4"]
    numbered = KEYED.replace('["opening", "agenda", "other", "report"]', '["1 (a)", "1 (b)", "2", "3"]')
    inserted = numbered.replace("  - key: other\n", "  - title: Election of officers\n  - key: other\n")
    assert [(item, title) for _, _, item, title in _rows(inserted)][2:] == [
        ("2", "Election of officers"), ("3", "Other matters"),
    ]


def test_resolve_reference_says_which_item_a_row_points_at():
    agenda = check_text(KEYED).meeting.agenda
    assert resolve_reference("3", agenda).item.title == "Adoption of the report"
    assert resolve_reference("1(b)", agenda).number == "1 (b)"
    assert resolve_reference("report", agenda).by_key is True
    assert resolve_reference("1 (c)", agenda).problem == "item 1 has no sub-item (c)"
    assert resolve_reference("reprt", agenda).problem == (
        "'reprt' is neither an item number such as \"1 (a)\" nor a key of an item; did you mean 'report'?"
    )


def test_rows_remember_how_they_named_their_item():
    numbered = KEYED.replace('["opening", "agenda", "other", "report"]', '["opening", "1(b)", "2", "report"]')
    rows = check_text(numbered).meeting.organization[0].rows
    assert [(r.item, r.written, r.by_number) for r in rows] == [
        ("1 (a)", "opening", False), ("1 (b)", "1(b)", True), ("2", "2", True), ("3", "report", False),
    ]


def test_bundled_meetings_and_init_name_items_by_key(tmp_path, monkeypatch):
    for path in [*(p for p in (ROOT / "meetings").glob("*.yaml") if not p.name.endswith(".series.yaml")), ROOT / "src" / "egmplan" / "examples" / "egm-cybercrime-2021.yaml"]:
        text = path.read_text(encoding="utf-8")
        block = text[text.index("organization_of_work:"):]
        assert not re.search(r'"\d+( \([a-z]\))?"', block), path.name
        assert not re.search(r"agenda item \d", text), path.name
    monkeypatch.chdir(tmp_path)
    flags = ["--body", "B", "--number", "2", "--venue", "Vienna", "--start", "2027-03-29", "--end", "2027-03-29",
             "--sittings", "10:00-13:00"]
    assert runner.invoke(app, ["init", "new", *flags]).exit_code == 0
    text = (tmp_path / "meetings" / "new.yaml").read_text(encoding="utf-8")
    assert text.endswith('organization_of_work:             # date -> one list of item keys per sitting; '
                         '[] = to be announced\n  2027-03-29:\n    - ["opening", "agenda", "other-matters", "report"]\n')


# --- 9. reason: and the README's first command ------------------------------------------


def test_readme_first_command_prints_no_warning_on_the_bundled_meetings(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    validate = runner.invoke(app, ["validate"])
    build = runner.invoke(app, ["agenda", "build", "-o", str(tmp_path)])
    assert (validate.exit_code, build.exit_code) == (0, 0)
    assert validate.stderr == "OK: 4 files checked, 0 errors, 0 warnings, 3 notes\n"
    assert [line.split(": ")[1] for line in validate.stdout.splitlines()] == ["note"] * 3
    assert build.stdout == ""
    # the seventh meeting in each of its languages: English, then French and Spanish in fr/ and es/
    assert build.stderr.splitlines() == [
        f"{name}: agenda.md, agenda.html, agenda.docx, agenda.txt, agenda.json, orgwork.csv, agenda.pdf, "
        f"sittings.ics -> {tmp_path}/{folder}/"
        for name, folder in (("egm-cybercrime-2017", "egm-cybercrime-2017"), ("egm-cybercrime-2020", "egm-cybercrime-2020"),
                             ("egm-cybercrime-2021", "egm-cybercrime-2021"),
                             ("egm-cybercrime-2021 (fr)", "egm-cybercrime-2021/fr"),
                             ("egm-cybercrime-2021 (es)", "egm-cybercrime-2021/es"))
    ] + ["built 3 meetings, 40 files"]


def test_agenda_build_counts_warnings_and_lists_them_with_verbose(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, WEEKEND)
    result = runner.invoke(app, ["agenda", "build", "m", "-o", "out", "-f", "md"])
    assert result.stderr.splitlines() == [
        "m: 3 warnings (see: egmplan validate meetings/m.yaml)",
        "m: agenda.md -> out/m/",
        "built 1 meeting, 1 file",
    ]
    verbose = runner.invoke(app, ["agenda", "build", "m", "-o", "out", "-f", "md", "-v"])
    assert sum(" warning: " in line for line in verbose.stderr.splitlines()) == 3


# --- issue 11: "(continued)" in linear time -----------------------------------------------


def _large_meeting(items: int, days: int, rows_per_sitting: int) -> str:
    """Whole items that have sub-items, each row a different item: the case that was
    quadratic (every row compared with every item taken before)."""
    from datetime import date, timedelta

    start = date(2021, 1, 4)
    lines = [HEAD + f"  dates: {{start: {start}, end: {start + timedelta(days=days - 1)}}}",
             "sittings:", "  default:", '    - {start: "10:00", end: "13:00"}', '    - {start: "15:00", end: "18:00"}',
             "agenda:"]
    lines += [f"  - {{title: Item {n}, items: [{{title: A}}, {{title: B}}]}}" for n in range(1, items + 1)]
    lines.append("organization_of_work:")
    row = 0
    for offset in range(days):
        day = start + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        lines.append(f"  {day}:")
        for _ in range(2):
            refs = []
            for _ in range(rows_per_sitting):
                refs.append(f'"{row % items + 1}"')
                row += 1
            lines.append("    - [" + ", ".join(refs) + "]")
    return "\n".join(lines) + "\n"


def _python_lines_run(text: str) -> int:
    """Lines of egmplan's own code executed to load (and check) a meeting and build its table:
    a count, not a time, so the test cannot be flaky."""
    import sys

    from egmplan.render.view import build_table

    package = str(ROOT / "src" / "egmplan")
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if not frame.f_code.co_filename.startswith(package):
            return None

        def local(frame, event, arg):
            nonlocal count
            if event == "line":
                count += 1
            return local
        return local

    sys.settrace(tracer)
    try:
        meeting = check_text(text).meeting
        build_table(meeting)
    finally:
        sys.settrace(None)
    return count


def test_continued_is_worked_out_in_linear_time():
    # Four times the rows over four times the items: linear work grows about 4 times,
    # the old quadratic rule 16 times.
    small = _python_lines_run(_large_meeting(items=100, days=14, rows_per_sitting=10))
    large = _python_lines_run(_large_meeting(items=400, days=56, rows_per_sitting=10))
    assert large < 5 * small, (small, large)
