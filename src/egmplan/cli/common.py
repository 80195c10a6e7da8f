"""What every command shares: where meetings are, loading one, reporting problems, exit codes."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path

import typer

from egmplan.errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE, EgmplanError, InputError, UsageError, printable

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C

MEETING_HELP = ("Meeting file or id (a file stem in the meetings folder; 'example' is the meeting bundled "
                "with egmplan). Default: the meeting under way or next.")


def stderr(message: str) -> None:
    """A message on stderr. Whatever user text it holds, no escape sequence or other control
    character reaches the terminal (each line is shown :func:`~egmplan.errors.printable`);
    line breaks are the caller's, so user text inside one line goes through ``printable``."""
    sys.stderr.write("\n".join(printable(line) for line in message.split("\n")) + "\n")


def write_stdout(output: str | bytes) -> None:
    """An exporter's output on stdout: text as text, bytes as they are."""
    if isinstance(output, str):
        sys.stdout.write(output)
        return
    stream = getattr(sys.stdout, "buffer", None)
    sys.stdout.flush()
    if stream is None:  # a text-only stdout (a test harness): only text formats reach it
        sys.stdout.write(output.decode("utf-8"))
        return
    stream.write(output)
    stream.flush()


def refuse_binary_on_terminal(exporter, hint: str) -> None:
    """A binary format (a PDF) is no text to show: refused when stdout is a terminal (exit 2)."""
    if exporter.binary and sys.stdout.isatty():
        raise fail(f"a {exporter.name.upper()} is not shown in a terminal: {hint}", EXIT_USAGE)


def fail(message: str, code: int = EXIT_INPUT) -> EgmplanError:
    """The error to raise for ``message``: a command-line mistake with ``EXIT_USAGE``, else an
    input that cannot be used. :mod:`egmplan.cli.main` prints it (user text escaped, line
    breaks too) and exits with its code."""
    return UsageError(message) if code == EXIT_USAGE else InputError(message)


def terminal_width() -> int | None:
    """The width a plain-text table must fit in a terminal (``COLUMNS`` when set, else the
    terminal's); None when the output goes to a pipe or a file, where plain layouts stay the
    same bytes whatever the width (scripts read them)."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return max(shutil.get_terminal_size().columns, 20)  # reads COLUMNS first


def columns_setting(default: int) -> int:
    """``COLUMNS`` when it is a sensible width (20 to 1,000), else ``default``."""
    text = os.environ.get("COLUMNS", "")
    return int(text) if text.isascii() and text.isdigit() and 20 <= int(text[:5]) <= 1000 else default


def source_date_epoch() -> str | None:
    """``SOURCE_DATE_EPOCH`` from the environment, checked before anything is built (a malformed
    value raises :class:`egmplan.errors.SourceDateEpochError`: exit 2)."""
    from egmplan.output import parse_source_date_epoch

    value = os.environ.get("SOURCE_DATE_EPOCH")
    parse_source_date_epoch(value)
    return value or None


def output_path(value: str | None, option: str = "'-o' / '--output'") -> str | None:
    """An output path from the command line; an empty one is a command-line error (exit 2),
    never the current folder."""
    if value is not None and not value.strip():
        raise typer.BadParameter("expected a path, got an empty string", param_hint=option)
    return value


def github_annotations_wanted() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def github_annotation(diagnostic) -> str:
    """A GitHub Actions workflow command; its user text is shown as in the text format
    (:func:`~egmplan.errors.printable`: no line break can start a second command, no escape
    sequence reaches the log), then escaped as the runner expects."""
    def escape(text: str, prop: bool = False) -> str:
        text = printable(text).replace("%", "%25")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    kind = {"error": "error", "note": "notice"}.get(diagnostic.severity, "warning")
    message = f"{diagnostic.path}: {diagnostic.message}" if diagnostic.path else diagnostic.message
    return (
        f"::{kind} file={escape(diagnostic.file, True)},line={diagnostic.line},"
        f"col={diagnostic.column}::{escape(message)}"
    )


def report(diagnostics, quiet_warnings: bool = False) -> None:
    """Diagnostics to stderr as file:line:col lines (and annotations under GitHub Actions).
    Notes (departures a row acknowledges with ``reason:``) are validate's to list, not every command's."""
    for diagnostic in diagnostics:
        if diagnostic.is_note or (quiet_warnings and not diagnostic.is_error):
            continue
        stderr(str(diagnostic))
        if github_annotations_wanted():
            sys.stdout.write(github_annotation(diagnostic) + "\n")


def folder() -> Path:
    from egmplan.catalog import meetings_folder

    return meetings_folder(dict(os.environ), Path.cwd())


def no_meetings() -> EgmplanError:
    """Exit 1: the meetings folder holds no meeting file (never a silent fallback)."""
    from egmplan.catalog import ENVIRONMENT_VARIABLE, folder_problem, no_meetings_message

    from_environment = bool(os.environ.get(ENVIRONMENT_VARIABLE))
    where = folder()
    shown = str(where) if from_environment else "./" + display_path(where)
    problem = folder_problem(where)
    if problem:
        return fail(f"cannot read the meetings folder {shown}: {problem}")
    return fail(no_meetings_message(shown, from_environment))


def resolve(ref: str) -> Path:
    """The file a meeting argument names (:func:`egmplan.catalog.resolve`: an unknown id is
    exit 2, a missing file exit 1)."""
    from egmplan.catalog import resolve as resolve_in

    return resolve_in(ref, folder(), display_path(folder()))


def is_folder(path: Path) -> bool:
    """``path.is_dir()``, but False for a name the system cannot look up (too long)."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def display_path(path: Path) -> str:
    """The path relative to the working directory when it is under it (a link is shown as
    the link, not as what it points to)."""
    return display_paths([path])[0]


def display_paths(paths) -> list[str]:
    """:func:`display_path` of each of ``paths``, the working folder read once and each folder
    resolved once (a bulk build shows 1,000 paths: resolving each cost five system calls)."""
    cwd = Path.cwd()
    real_cwd: Path | None = None
    real_folders: dict[Path, Path | None] = {}
    shown = []
    for path in paths:
        absolute = os.path.normpath(os.path.join(cwd, path))  # os.path.abspath, the folder read once
        # A path that does not start with the folder's text is not under it (relative_to would raise).
        relative = _relative(absolute, cwd)
        if relative is None:
            if real_cwd is None:
                real_cwd = cwd.resolve()  # looked up only when needed
            relative = _relative(absolute, real_cwd)
        if relative is None:
            try:
                relative = _relative(_resolved(Path(path), real_folders), real_cwd)
            except (ValueError, OSError, RuntimeError):
                pass
        shown.append(str(path) if relative is None else relative)
    return shown


def _relative(path, folder: Path) -> str | None:
    """``str(Path(path).relative_to(folder))``, None when not under it."""
    if not str(path).startswith(str(folder)):
        return None
    try:
        return str(Path(path).relative_to(folder))
    except ValueError:
        return None


def _resolved(path: Path, real_folders: dict) -> Path:
    """``path.resolve()``, its folder's resolution taken from ``real_folders`` (filled as they
    are resolved): the same path, as long as its last part is not a link (then resolved whole)."""
    if path.name in ("", "..") or os.path.islink(path):
        return path.resolve()
    folder = path.parent
    if folder not in real_folders:
        try:
            real_folders[folder] = folder.resolve()
        except RuntimeError:  # a loop of links: resolving the path says so too
            real_folders[folder] = None
    if real_folders[folder] is None:
        return path.resolve()
    return real_folders[folder] / path.name


def load(path: Path, quiet: bool = False):
    """Load and check a meeting or exit 1 after reporting its errors."""
    from egmplan.app.check import load_and_check

    result = load_and_check(path, display_path(path))
    report(result.diagnostics, quiet_warnings=quiet)
    if result.meeting is None:
        raise typer.Exit(EXIT_INPUT)
    return result.meeting


def pick_meeting(ref: str | None, quiet: bool = False):
    """The meeting a one-meeting command works on (``-m``), or the current one, said on stderr."""
    return pick_meeting_file(ref, quiet)[1]


def pick_meeting_file(ref: str | None, quiet: bool = False):
    """``(path, meeting)``: the meeting a one-meeting command works on (``-m``), or the current
    one, said on stderr, with the file it was loaded from."""
    if ref:
        path = resolve(ref)
        return path, load(path, quiet)
    from egmplan.app.check import current_meeting
    from egmplan.catalog import meeting_files

    files = meeting_files(folder())
    if not files:
        raise no_meetings()
    current = current_meeting(files, display_path, datetime.now(timezone.utc))
    for path in current.skipped:
        stderr(f"egmplan: warning: skipping {printable(display_path(path))}: it has errors (run 'egmplan validate')")
    chosen = current.chosen
    if chosen is None:
        raise fail(f"every meeting file in {display_path(folder())} has errors; fix one or give one with -m")
    if not quiet:
        stderr(f"egmplan: using {printable(chosen.meeting.id)} ({printable(display_path(chosen.path))}); choose another with -m")
    return chosen.path, chosen.meeting


def _language_code(value: str | None) -> str | None:
    """Language codes are written in lower case (ISO 639-1); ``FR`` means ``fr``."""
    return value.strip().lower() if value is not None else None


def lang_option():
    """``--lang LANG``: the language of a command's human-readable text."""
    return typer.Option(None, "--lang", metavar="LANG", callback=_language_code,
                        help="The language of the text (a code of meeting.languages: ar, zh, en, fr, ru, es), "
                             "translated by the meeting's catalogue. Default: the meeting's original language. "
                             "JSON keys stay the same; only text values change.")


def allow_untranslated_option():
    return typer.Option(False, "--allow-untranslated",
                        help="With --lang: print strings the catalogue leaves untranslated in the original "
                             "language, marked [untranslated], instead of failing (exit 1).")


def pick_meeting_in(ref: str | None, quiet: bool, language: str | None, allow_untranslated: bool,
                    highlighted: bool = False):
    """The meeting a one-meeting command works on (:func:`pick_meeting`), in ``language``
    (None: its original language, read from no catalogue). A language the meeting is not
    issued in, or without a style, is exit 2; strings left untranslated are listed and exit 1
    unless ``allow_untranslated``, which marks them (``highlighted``: for HTML, Word, PDF)."""
    path, meeting = pick_meeting_file(ref, quiet)
    if language is None:
        return meeting
    from egmplan.app.languages import chosen_languages, meeting_version, untranslated_lines, untranslated_summary

    chosen_languages(meeting, [language])
    version = meeting_version(meeting, path, display_path(path), language)
    if version.untranslated and not allow_untranslated:
        for line in untranslated_lines(version):
            stderr(line)
        raise fail(untranslated_summary(version, meeting.id))
    return version.marked(rich=highlighted)


def languages_asked(languages: list[str] | None) -> tuple[str, ...] | None:
    """The repeatable --lang values, each once, in lower case (None: every language)."""
    if not languages:
        return None
    for language in languages:
        if not language.strip():
            raise typer.BadParameter("expected a language code, got an empty string", param_hint="'--lang'")
    return tuple(dict.fromkeys(language.strip().lower() for language in languages))
