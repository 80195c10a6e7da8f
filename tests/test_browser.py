"""Hostile meeting text opened in a real browser (headless Chromium from Debian): no script
runs and the text shows literally. Plus every other format keeps the same text inert."""

import re
import shutil
import subprocess
import tempfile
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app

runner = CliRunner()
HOSTILE = Path(__file__).parent / "hostile" / "injection.yaml"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _dump_dom(page: Path) -> str:
    """The DOM after the page's scripts (if any) have run."""
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    result = runner.invoke(app, ["agenda", "build", str(HOSTILE), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out / "injection"


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        message = ("CHROMIUM IS NOT INSTALLED: the real-browser injection test did NOT run "
                   "(apt-get install chromium; .ci/run installs it)")
        warnings.warn(message)
        pytest.skip(message)
    return CHROMIUM


def test_the_browser_check_can_fail(browser, tmp_path):
    """Positive control: a page whose script does run is seen as such."""
    page = tmp_path / "control.html"
    page.write_text('<html><head><title>t</title></head><body><script>document.title="PWNED";'
                    'document.body.setAttribute("data-pwned","yes")</script></body></html>')
    dom = _dump_dom(page)
    assert "<title>PWNED</title>" in dom and 'data-pwned="yes"' in dom


def test_hostile_agenda_runs_no_script_and_shows_text_literally(browser, built):
    dom = _dump_dom(built / "agenda.html")
    assert re.search(r"<body[^>]*>", dom).group() == "<body>"
    assert "PWNED" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1).replace("PWNED-BODY", "")
    assert "<script" not in dom.lower() and "<iframe" not in dom.lower()
    assert "&lt;script&gt;document.title='PWNED-BODY'&lt;/script&gt;" in dom
    assert "&lt;script&gt;document.body.setAttribute('data-pwned','annotation')&lt;/script&gt;" in dom
    assert "Opening &lt;img src=x onerror=\"document.body.setAttribute('data-pwned','title')\"&gt;" in dom
    assert 'href="javascript' not in dom


def test_hostile_text_is_inert_in_markdown(built):
    markdown = (built / "agenda.md").read_text(encoding="utf-8")
    # CommonMark: a backslash-escaped "<" is a literal character, never the start of HTML.
    assert re.findall(r"(?<!\\)<", markdown) == []
    assert re.findall(r"(?<!\\)\]\(", markdown) == []  # no live link
    table_rows = [line for line in markdown.splitlines() if line.startswith("|")]
    assert [len(re.findall(r"(?<!\\)\|", line)) for line in table_rows] == [5] * 6  # four cells each


def test_hostile_text_is_inert_in_the_calendar(built):
    from icalendar import Calendar

    calendar = Calendar.from_ical((built / "sittings.ics").read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 2
    for event in events:
        assert "ATTENDEE" not in event  # no property was injected
    assert str(events[1]["LOCATION"]) == "Vienna; ATTENDEE:mailto:attacker@example.org, x"


def test_line_breaks_in_single_line_fields_are_refused(tmp_path):
    text = HOSTILE.read_text(encoding="utf-8").replace(
        '  venue: "Vienna; ATTENDEE:mailto:attacker@example.org, x"', '  venue: "Vienna\\r\\nATTENDEE:mailto:a@example.org"')
    (tmp_path / "crlf.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path / "crlf.yaml")])
    assert result.exit_code == 1
    assert result.stdout == f"{tmp_path / 'crlf.yaml'}:8:10: error: meeting.venue: must be a single line\n"
