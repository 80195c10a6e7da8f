"""``egmplan validate``: check meeting files and point at every mistake."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from egmplan.cli import common
from egmplan.cli.formats import format_option
from egmplan.errors import printable
from egmplan.render.registry import VALIDATION


def validate(
    paths: Optional[List[Path]] = typer.Argument(None, metavar="[PATH]...", help="Meeting and series files, folders of them, or ids. Default: every file in the meetings folder."),
    strict: bool = typer.Option(False, "--strict", help="Fail (exit 1) on warnings too (never on notes: departures a row acknowledges with reason:)."),
    output_format: str = format_option(VALIDATION, default="text"),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Also say, for each file, what was checked."),
) -> None:
    """Check meeting files and series files; report each problem as FILE:LINE:COL: error: key.path: message.

    Exit 0 when clean, 1 on errors (or warnings with --strict), 2 on a bad command line.

    \b
    Example:
      egmplan validate meetings/egm-cybercrime-2021.yaml --strict
    """
    from egmplan.app.check import load_and_check
    from egmplan.catalog import MeetingNotFound, UnknownMeetingId, expand, is_series_file, meeting_files, series_files

    folder = common.folder()
    if paths:
        files = []
        for ref in paths:
            try:
                files += expand(str(ref), folder, common.display_path(folder), with_series=True)
            except UnknownMeetingId:
                raise  # the command line is wrong: egmplan.cli.main reports it (exit 2)
            except MeetingNotFound:
                files.append(Path(ref))  # reported as a file problem below
    else:
        files = meeting_files(folder)
        if not files:
            raise common.no_meetings()
        files += series_files(folder)
    results = [_load_series(f) if is_series_file(f) else load_and_check(f, common.display_path(f), translations=True)
               for f in files]
    diagnostics = [d for r in results for d in r.diagnostics]
    errors = sum(d.is_error for d in diagnostics)
    notes = sum(d.is_note for d in diagnostics)
    warnings = len(diagnostics) - errors - notes
    failed = errors > 0 or (strict and warnings > 0)

    if output_format == "json":
        import json

        payload = {
            "files": [
                {"file": common.display_path(f), "valid": _usable(r),
                 "diagnostics": [d.to_dict() for d in r.diagnostics]}
                for f, r in zip(files, results)
            ],
            "errors": errors,
            "warnings": warnings,
            "notes": notes,
        }
        from egmplan.jsontext import visible

        sys.stdout.write(visible(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n")
    elif output_format == "github":
        for d in diagnostics:
            sys.stdout.write(common.github_annotation(d) + "\n")
    else:
        for d in diagnostics:
            if quiet and d.is_note:
                continue
            sys.stdout.write(str(d) + "\n")
            if common.github_annotations_wanted():
                sys.stdout.write(common.github_annotation(d) + "\n")
        if verbose:
            for f, r in zip(files, results):
                errors_here = len(r.errors)
                if not _usable(r):
                    state = f"not usable ({errors_here} error{'s' if errors_here != 1 else ''})"
                elif is_series_file(f):
                    s = r.series
                    state = (f"{s.id}: a series of {len(s.meetings)} meetings, "
                             f"{len(s.workplans)} workplan{'s' if len(s.workplans) != 1 else ''}")
                else:
                    m = r.meeting
                    state = (f"{m.id}: {len(m.all_items())} items and sub-items, {len(m.sittings)} sittings, "
                             f"{len(r.warnings)} warning{'s' if len(r.warnings) != 1 else ''}")
                common.stderr(f"checked {printable(common.display_path(f))}: {printable(state)}")
        if not quiet or failed:
            verdict = "FAILED" if failed else "OK"
            summary = (f"{verdict}: {len(files)} file{'s' if len(files) != 1 else ''} checked, "
                       f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}")
            if notes:
                summary += f", {notes} note{'s' if notes != 1 else ''}"
            common.stderr(summary)
    raise typer.Exit(common.EXIT_INPUT if failed else common.EXIT_OK)


def _load_series(path: Path):
    from egmplan.app.check import load_series_checked

    return load_series_checked(path, common.display_path(path))


def _usable(result) -> bool:
    return getattr(result, "meeting", None) is not None or getattr(result, "series", None) is not None
