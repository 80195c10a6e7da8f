"""The product names its sources by UN symbol and title ("UNODC/CCPCJ/EG.4/2021/1", "the
proposed organization of work for the sixth meeting"), never by the file names of the
copies the project was built from ("seed 000", "the seeds")."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ["src", "docs", "meetings", "participants", "bench", "tools", "README.md"]
# "seed" as a word, and "seed 003"-style references; PYTHONHASHSEED and the like are not words.
REFERENCE = re.compile(r"\bseeds?\b|\bseed[ _-]?0\d\d", re.IGNORECASE)


def _shipped_text_files():
    for name in SHIPPED:
        path = ROOT / name
        for file in ([path] if path.is_file() else sorted(path.rglob("*"))):
            if not file.is_file() or "__pycache__" in file.parts:
                continue
            data = file.read_bytes()
            if b"\0" in data:
                continue                                   # images and other binary files
            yield file, data.decode("utf-8")


def _references(text: str) -> list[tuple[int, str]]:
    return [(number, line.strip()) for number, line in enumerate(text.splitlines(), 1) if REFERENCE.search(line)]


def test_no_shipped_file_refers_to_its_sources_as_seeds():
    found = [f"{file.relative_to(ROOT)}:{number}: {line}"
             for file, text in _shipped_text_files() for number, line in _references(text)]
    assert found == []


def test_the_check_finds_what_it_looks_for():
    assert _references("as seed 004 prints it\nthe seeds name\nSeed: x\n(seed_003)\nPYTHONHASHSEED=0\nseedling") == [
        (1, "as seed 004 prints it"), (2, "the seeds name"), (3, "Seed: x"), (4, "(seed_003)")]
    assert sum(1 for _ in _shipped_text_files()) > 50
