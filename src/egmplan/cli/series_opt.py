"""Which series a command works on: a series file, its id, or the one in the meetings folder."""

from __future__ import annotations

from pathlib import Path

from egmplan.cli import common


def series_path(ref: str | None) -> Path:
    """The series file ``ref`` names (a path or an id in the meetings folder), or the only
    series file of the meetings folder; a wrong reference is a command-line error (exit 2)."""
    from egmplan.catalog import series_files

    folder = common.folder()
    found = series_files(folder)
    if ref is None:
        if len(found) == 1:
            return found[0]
        shown = common.display_path(folder)
        if not found:
            raise common.fail(f"no series file (*.series.yaml) in {shown}; see docs/series.md", common.EXIT_INPUT)
        raise common.fail(f"{shown} holds {len(found)} series files; name one: "
                          + ", ".join(p.name.removesuffix('.series.yaml') for p in found), common.EXIT_USAGE)
    path = Path(ref)
    if path.is_file():
        return path
    for candidate in found:
        if candidate.name.removesuffix(".series.yaml").removesuffix(".series.yml") == ref:
            return candidate
    ids = ", ".join(p.name.removesuffix(".series.yaml") for p in found) or "none"
    raise common.fail(f"no series {ref!r} in {common.display_path(folder)} (series there: {ids})", common.EXIT_USAGE)


def load_series_or_fail(ref: str | None):
    """The series, or exit 1 after printing every problem of its file."""
    from egmplan.loader.series import load_series

    path = series_path(ref)
    result = load_series(path, common.display_path(path))
    for diagnostic in result.diagnostics:
        common.stderr(str(diagnostic))
    if result.series is None:
        raise common.fail(f"{common.display_path(path)} has errors; nothing was built", common.EXIT_INPUT)
    return result.series
