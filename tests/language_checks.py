"""Helpers shared by tests/test_style_fr.py and tests/test_style_es.py: the bundled seventh
meeting in another language, built end to end, and the English words left in what it prints."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from typer.testing import CliRunner

from egmplan.cli.main import app

from bundled import copy_bundled

ROOT = Path(__file__).resolve().parent.parent
MEETING = "egm-cybercrime-2021"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Words the English style prints that no French or Spanish document should (single words, so
# that wrapping at 80 columns cannot hide them).
ENGLISH = MONTHS + WEEKDAYS + ("continued", "Annex", "Annotations", "Documentation", "Provisional",
                               "English", "General", "Item", "Time", "Title", "noon", "United")
# Keys whose values are codes, not printed text.
CODES = {"timezone", "kind", "distribution", "original_language", "style", "format", "key", "languages"}


def meeting_in(language: str, folder: Path) -> Path:
    """The bundled meetings copied to ``folder``, the seventh meeting's style set to
    ``language``, with that language's own "(continued)" (``CONTINUED`` of its style module:
    the loader on this branch still defaults style.continued to the English word)."""
    from egmplan.style import get_style

    copy_bundled(folder)
    seventh = folder / f"{MEETING}.yaml"
    text = seventh.read_text(encoding="utf-8")
    assert text.count('    continued: "(continued)"\n') == 1
    own = f'    continued: "{get_style(language).CONTINUED}"\n    language: {language}\n'
    seventh.write_text(text.replace('    continued: "(continued)"\n', own), encoding="utf-8")
    return seventh


def build(seventh: Path, out: Path, fmt: str) -> str:
    result = CliRunner().invoke(app, ["agenda", "build", str(seventh), "-f", fmt, "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return (out / MEETING / f"agenda.{fmt}").read_text(encoding="utf-8")


def _strings(node, key=None):
    if key in CODES:
        return
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, key)


def count(word: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w.]){re.escape(word)}(?![\w])", text))


def english_left(seventh: Path, printed: str, words=ENGLISH) -> dict[str, tuple[int, int]]:
    """``{word: (printed, in the file)}`` for each English word printed more often than the
    meeting file's own (still untranslated) text has it: what the style added."""
    source = "\n".join(_strings(yaml.safe_load(seventh.read_text(encoding="utf-8"))))
    found = {w: (count(w, printed), count(w, source)) for w in words}
    return {w: counts for w, counts in found.items() if counts[0] > counts[1]}
