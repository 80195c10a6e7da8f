"""The bundled meetings as tests place them in folders of their own.

The seventh meeting's annotations recount the earlier meetings with ``{history:N}``, which
reads the series file beside the meeting file and the meeting files that series names.
A test that copies a bundled meeting elsewhere copies it with :func:`copy_meeting`, which
brings along what it needs (its series and the series' other meetings, its translation
catalogues); a test that loads edited text loads it with :func:`load_copy`.

A test whose subject is a folder of unrelated drafts (two copies of one meeting, a meeting
whose number it changes, the cache of checked meetings, which never stores a meeting that
reads other files) copies :data:`STANDALONE` instead: the same seventh meeting with the
history written out, the example bundled with the package, which needs no series.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEETINGS = ROOT / "meetings"
SERIES = MEETINGS / "egm-cybercrime.series.yaml"
SEVENTH = MEETINGS / "egm-cybercrime-2021.yaml"
STANDALONE = ROOT / "src" / "egmplan" / "examples" / "egm-cybercrime-2021.yaml"

_FILE_ENTRY = re.compile(r"^  - file: (\S+)$", re.MULTILINE)


def series_files() -> list[str]:
    """The meeting files the bundled series names, in its order."""
    return _FILE_ENTRY.findall(SERIES.read_text(encoding="utf-8"))


def copy_meeting(folder: Path, name: str | None = None, *, text: str | None = None,
                 source: Path = SEVENTH) -> Path:
    """``source`` (or ``text``, an edited copy of it) written as ``folder/name``, with what it
    needs beside it: its translation catalogues, renamed with it, and, for a meeting of the
    bundled series, the series file listing it (with the series' catalogues) and the series'
    other meeting files.

    Under its own name the meeting keeps the bundled series file. Under another name it is
    the same meeting of a series file of its own, ``<name's stem>.series.yaml``, which lists
    it in place of ``source``: two drafts of one meeting can then stand in one folder, each
    found by its own series file."""
    folder.mkdir(parents=True, exist_ok=True)
    name = name or source.name
    if source.parent == MEETINGS:
        _copy_series(folder, source, name)
    return _copy_file(folder, name, source, text)


def _copy_file(folder: Path, name: str, source: Path, text: str | None) -> Path:
    """The meeting file and its catalogues, renamed with it."""
    path = folder / name
    for catalogue in sorted(source.parent.glob(f"{source.stem}.*.po")):
        language = catalogue.name[len(source.stem) + 1:-len(".po")]
        shutil.copy(catalogue, folder / f"{path.stem}.{language}.po")
    if text is None:
        path.write_bytes(source.read_bytes())
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _copy_series(folder: Path, source: Path, name: str) -> None:
    listed = series_files()
    assert source.name in listed, f"{source.name} is not in the bundled series"
    for other in listed:
        if other != source.name:
            _copy_file(folder, other, MEETINGS / other, None)
    series = SERIES.read_text(encoding="utf-8")
    series_name = SERIES.name
    if name != source.name:
        entry = f"  - file: {source.name}\n"
        assert series.count(entry) == 1
        series = series.replace(entry, f"  - file: {name}\n")
        series_name = f"{Path(name).stem}.series.yaml"
    (folder / series_name).write_text(series, encoding="utf-8")
    for catalogue in sorted(MEETINGS.glob(f"{SERIES.name.removesuffix('.yaml')}.*.po")):  # its translations
        language = catalogue.name.removesuffix(".po").rsplit(".", 1)[1]
        shutil.copy(catalogue, folder / f"{series_name.removesuffix('.yaml')}.{language}.po")


def copy_bundled(folder: Path) -> list[Path]:
    """Every bundled meeting with the series file into ``folder``, as ``meetings/`` holds
    them; the meeting files' paths, in the series' order."""
    return [copy_meeting(folder, source=MEETINGS / name) for name in series_files()]


def load_copy(text: str, shown: str = "meeting.yaml", meeting_id: str = "meeting", *, source: Path = SEVENTH):
    """``text`` (an edited copy of ``source``) loaded as ``load_meeting_text(text, shown,
    meeting_id)`` loads it, but standing in a folder with what it needs, as the loader
    needs for ``{history}``: the :class:`egmplan.loader.LoadResult`."""
    from egmplan.loader import load_meeting

    with tempfile.TemporaryDirectory(prefix="egmplan-test-") as folder:
        return load_meeting(copy_meeting(Path(folder), f"{meeting_id}.yaml", text=text, source=source), shown)
