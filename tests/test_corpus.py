"""The broken-file corpus: each file gets exactly the messages in its .expected file."""

import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from egmplan.app.check import load_and_check

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(CORPUS.glob("*.yaml"))


def _diagnostics(path: Path) -> str:
    result = load_and_check(path, path.name, translations=True)
    return "".join(f"{d}\n" for d in result.diagnostics)


def test_corpus_has_at_least_thirty_broken_files():
    broken = [p for p in CASES if p.with_suffix(".expected").read_text(encoding="utf-8")]
    assert len(broken) >= 30


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_corpus_file_gets_exact_messages(path):
    assert _diagnostics(path) == path.with_suffix(".expected").read_text(encoding="utf-8")


def test_every_diagnostic_has_a_line_and_column():
    for path in CASES:
        for diagnostic in load_and_check(path, path.name).diagnostics:
            assert diagnostic.line >= 1 and diagnostic.column >= 1, str(diagnostic)


def test_unquoted_time_still_means_the_time():
    meeting = load_and_check(CORPUS / "unquoted-times.yaml").meeting
    assert [(s.start.isoformat(), s.end.isoformat()) for s in meeting.sittings] == [
        ("10:30:00", "13:00:00"), ("15:00:00", "18:00:00"),
    ]


def test_norway_and_yes_stay_strings():
    meeting = load_and_check(CORPUS / "norway-stays-a-string.yaml").meeting
    assert (meeting.venue, meeting.agenda[1].title) == ("NO", "yes")


def test_deprecated_zone_is_used_under_its_current_name():
    meeting = load_and_check(CORPUS / "timezone-deprecated.yaml").meeting
    assert meeting.timezone == "Asia/Kolkata"


def _run_isolated(tmp_path: Path, content: bytes) -> subprocess.CompletedProcess:
    """Validate a file in a child process, so that a crash, a hang or a blow-up cannot hide:
    it must answer within 60 s, and its peak memory (VmHWM) stays under 100 MB."""
    target = tmp_path / "hostile.yaml"
    target.write_bytes(content)
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [sys.executable, "-c",
             "import sys; from egmplan.app.check import load_and_check; "
             "r = load_and_check(sys.argv[1], 'hostile.yaml'); print(*r.diagnostics, sep='\\n'); "
             # The child's own high-water mark: wait4's ru_maxrss would include the parent's
             # memory at fork time (Linux keeps the pre-exec peak).
             "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')), file=sys.stderr)",
             str(target)],
            stdout=subprocess.PIPE, stderr=errors, text=True,
        )
        timer = threading.Timer(60, process.kill)  # a hang fails the test instead of blocking it
        timer.start()
        stdout = process.stdout.read()
        status = process.wait()
        timer.cancel()
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    peak_kib = int(stderr.split("VmHWM:")[1].split()[0])
    assert peak_kib < 100 * 1024, f"peak memory {peak_kib // 1024} MB"
    return subprocess.CompletedProcess(process.args, status, stdout, stderr)


def test_nesting_fifty_thousand_deep_is_refused_without_crashing(tmp_path):
    done = _run_isolated(tmp_path, b"meeting: " + b"[" * 50_000 + b"]" * 50_000 + b"\n")
    assert (done.returncode, done.stdout) == (0, "hostile.yaml:1:49: error: the file nests deeper than 40 levels\n")


def test_block_nesting_fifty_thousand_deep_is_refused(tmp_path):
    done = _run_isolated(tmp_path, b"".join(b" " * i + b"- \n" for i in range(0, 2000, 2)).replace(b"- \n", b"-\n"))
    assert done.returncode == 0
    assert done.stdout.endswith("error: the file nests deeper than 40 levels\n")


def test_file_of_several_megabytes_is_refused(tmp_path):
    content = b"meeting:\n  body: " + b"x" * (5 * 1024 * 1024) + b"\n"
    done = _run_isolated(tmp_path, content)
    assert (done.returncode, done.stdout) == (
        0, "hostile.yaml:1:1: error: the file is 5,242,898 bytes; meeting files are limited to 2,097,152 bytes\n"
    )


def test_billion_laughs_is_refused_in_bounded_memory(tmp_path):
    done = _run_isolated(tmp_path, (CORPUS / "billion-laughs.yaml").read_bytes())
    assert (done.returncode, done.stdout) == (
        0, "hostile.yaml:1:4: error: anchors (&a) are not allowed in meeting files; write values out\n"
    )
