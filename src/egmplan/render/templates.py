"""The Jinja environment: built-in templates inside the package, user folders first.

One environment per process and per set of user folders (cached). Without user folders
it is an ordinary environment; with them it is a ``SandboxedEnvironment`` and the
built-ins load through it too, so a user template that includes a built-in one still runs
sandboxed. ``StrictUndefined`` everywhere; autoescape for ``*.html.j2`` only.

Every failure (syntax, undefined name, sandbox violation, missing template) becomes a
:class:`egmplan.errors.RenderError` naming the template and line. Jinja is imported here,
and this module is imported only by the exporters that use templates.
"""

from __future__ import annotations

import traceback
from functools import lru_cache

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from egmplan.errors import RenderError
from egmplan.render import filters

BUILTIN_PACKAGE = ("egmplan", "templates")


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html.j2", ".html"))


@lru_cache(maxsize=None)
def environment(user_dirs: tuple[str, ...] = ()) -> jinja2.Environment:
    """The environment for these user template folders (first wins), then the built-ins."""
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(d) for d in user_dirs]
    loaders.append(jinja2.PackageLoader(*BUILTIN_PACKAGE))
    kind = SandboxedEnvironment if user_dirs else jinja2.Environment
    env = kind(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(filters.FILTERS)
    return env


def _template_line(exc: BaseException) -> tuple[str | None, int | None]:
    """The innermost template frame of a runtime error (Jinja rewrites tracebacks so
    template frames carry the template's file name and line)."""
    name, line = None, None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2") or "/templates/" in frame.filename:
            name, line = frame.filename, frame.lineno
    return name, line


def _where(name: str | None, line: int | None) -> str:
    if name and line:
        return f"{name}:{line}"
    return name or "template"


def render(name: str, user_dirs: tuple[str, ...] = (), **context) -> str:
    """Render template ``name`` with ``context``; every failure is a RenderError."""
    env = environment(tuple(str(d) for d in user_dirs))
    try:
        template = env.get_template(name)
        return template.render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(f"{_where(exc.filename or exc.name, exc.lineno)}: template syntax error: {exc.message}") from exc
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"template {exc.name} not found (looked in: {', '.join(user_dirs) or 'the built-ins'})") from exc
    except SecurityError as exc:
        where = _where(*_template_line(exc))
        raise RenderError(f"{where}: refused by the template sandbox: {exc}") from exc
    except jinja2.UndefinedError as exc:
        where = _where(*_template_line(exc))
        raise RenderError(f"{where}: {exc.message}") from exc
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:
        where = _where(*_template_line(exc))
        raise RenderError(f"{where}: {type(exc).__name__}: {exc}") from exc

