"""Renderers: view models (:mod:`egmplan.render.view`, :mod:`egmplan.render.schedule`,
:mod:`egmplan.render.calendar_view`), many small exporters, one registry of formats
(:mod:`egmplan.render.registry`).

Each exporter module exposes a function taking a view and returning ``str`` (text formats)
or ``bytes`` (docx, ics); those that honour user templates take ``templates``, a tuple of
user template folders, first wins over the built-ins. Nothing here writes a file: the use
cases in :mod:`egmplan.app` and the commands write what these return.
"""

from __future__ import annotations

from pathlib import Path


def user_template_dirs(explicit: Path | None, cwd: Path) -> tuple[str, ...]:
    """User template folders: ``--templates DIR`` if given, else ``./templates`` when it
    exists. The caller passes the working directory (the core does not look it up)."""
    if explicit is not None:
        return (str(explicit),)
    local = cwd / "templates"
    return (str(local),) if local.is_dir() else ()


def bracketed(text: str, style) -> str:
    """`` (text)`` as ``style``'s language adds a bracketed part: ``（text）`` in Chinese
    (``style.PUNCTUATION``)."""
    marks = style.PUNCTUATION
    return f"{marks['before_open']}{marks['open']}{text}{marks['close']}"
