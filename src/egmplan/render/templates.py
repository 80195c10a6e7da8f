"""The Jinja environment: built-in templates inside the package, user folders first.

One environment per process and per set of user folders (cached). Without user folders
it is an ordinary environment; with them it is a sandboxed one and the built-ins load
through it too, so a user template that includes a built-in one still runs sandboxed.
``StrictUndefined`` everywhere; autoescape for ``*.html.j2`` only.

The built-in templates are compiled ahead of time (:class:`CompiledLoader`): compiling an
agenda's five templates took 60 ms of every ``agenda build``.

User templates are confined and bounded (docs/agenda.md, "Templates"):

- a template is read only from inside its folder: a link (file or folder) that leads out of
  it is refused, and so is anything that is not a regular file or is over
  :data:`MAX_TEMPLATE_BYTES`;
- a render with user templates runs in a forked child process with at most
  :data:`MEMORY_LIMIT` more memory and :data:`TIME_LIMIT` seconds, and its output is at most
  :data:`MAX_OUTPUT` characters; a repetition (``"x" * n``) or power over the limits is
  refused before it is computed.

Every failure (syntax, undefined name, sandbox violation, a limit, any exception a template
raises) becomes a :class:`egmplan.errors.RenderError` naming the template and line. Jinja is
imported here, and this module is imported only by the exporters that use templates.
"""

from __future__ import annotations

import os
import traceback
from collections import ChainMap
from functools import lru_cache

import jinja2
import jinja2.runtime
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from egmplan.errors import RenderError
from egmplan.render import filters
from egmplan.render.htmlescape import escape_html
from egmplan.untranslated import MARK

BUILTIN_PACKAGE = ("egmplan", "templates")
BUILTIN_FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates")
COMPILED_FOLDER = os.path.join(BUILTIN_FOLDER, "compiled")  # written by tools/compile_templates.py
COMPILED_MANIFEST = "MANIFEST"

MAX_TEMPLATE_BYTES = 1024 * 1024          # one user template file
MAX_OUTPUT = 64 * 1024 * 1024             # characters one render may produce
MAX_SEQUENCE = 16 * 1024 * 1024           # characters or items one "*" may produce
MAX_POWER_BITS = 100_000                  # size of an integer one "**" may produce
TIME_LIMIT = 30                           # seconds for one render with user templates
MEMORY_LIMIT = 512 * 1024 * 1024         # bytes of memory one such render may add


class TemplateRefused(jinja2.TemplateError):
    """A user template that cannot be read: outside its folder, not a regular file, too large."""


class _OutOfTime(Exception):
    pass


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.endswith((".html.j2", ".html"))


class ConfinedLoader(jinja2.BaseLoader):
    """Templates from one folder and never from outside it (links are followed only inside)."""

    def __init__(self, folder: str):
        self.folder = folder
        self.root = os.path.realpath(folder)

    def get_source(self, environment, template):
        from egmplan.readfile import UnreadableFile, read_limited

        pieces = split_template_path(template)  # refuses ".." (TemplateNotFound)
        path = os.path.join(self.folder, *pieces)
        if not os.path.lexists(path):
            raise jinja2.TemplateNotFound(template)
        real = os.path.realpath(path)
        if os.path.commonpath([real, self.root]) != self.root:
            raise TemplateRefused(f"{path}: refused: it is a link that leads outside the template folder "
                                  f"{self.folder} (to {real})")
        try:
            data = read_limited(real, MAX_TEMPLATE_BYTES, "template")
        except UnreadableFile as exc:
            raise TemplateRefused(f"{path}: {exc}") from None
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateRefused(f"{path}: the template is not UTF-8; save it as UTF-8") from None
        mtime = os.path.getmtime(real)

        def uptodate() -> bool:
            try:
                return os.path.getmtime(real) == mtime
            except OSError:
                return False

        return source, path, uptodate


class CompiledLoader(jinja2.ModuleLoader):
    """The built-in templates as Jinja compiled them ahead of time (``tools/compile_templates.py``
    calls :meth:`jinja2.Environment.compile_templates` on the environment below): loading one
    imports a module (its byte code kept by Python like any other) instead of compiling it.

    A compiled template is used only while it is what compiling would make now: Jinja is the
    version that compiled it (the manifest's first line; otherwise the loader is not used at
    all) and the template's source has the SHA-256 it was compiled from (otherwise this loader
    does not have it, and the :class:`jinja2.ChoiceLoader` compiles the source)."""

    def __init__(self, folder: str, sources: dict[str, str]):
        super().__init__(folder)
        self.sources = sources  # template name -> SHA-256 of the source it was compiled from

    @classmethod
    def for_builtins(cls, folder: str = COMPILED_FOLDER) -> CompiledLoader | None:
        """The loader of the compiled built-ins, or None when they were compiled by another Jinja
        or are missing."""
        try:
            with open(os.path.join(folder, COMPILED_MANIFEST), encoding="utf-8") as stream:
                first, *lines = stream.read().splitlines()
        except (OSError, UnicodeDecodeError, ValueError):
            return None
        if first != f"jinja2 {jinja2.__version__}":
            return None
        sources = {}
        for line in lines:
            digest, _, name = line.partition("  ")
            sources[name] = digest
        return cls(folder, sources)

    def load(self, environment, name, globals=None):
        import hashlib

        digest = self.sources.get(name)
        source_path = os.path.join(BUILTIN_FOLDER, *split_template_path(name))
        try:
            with open(source_path, "rb") as stream:
                current = hashlib.sha256(stream.read()).hexdigest()
        except OSError:
            raise jinja2.TemplateNotFound(name) from None
        if digest != current:
            raise jinja2.TemplateNotFound(name)
        template = super().load(environment, name, globals)
        template.filename = source_path  # error messages name the template, not its module
        return template

    def get_source(self, environment, template):
        raise jinja2.TemplateNotFound(template)  # the sources are the next loader's

    def list_templates(self) -> list[str]:
        return sorted(self.sources)


def builtin_loaders() -> list[jinja2.BaseLoader]:
    """The compiled built-ins when they are current, then the built-ins' sources."""
    compiled = CompiledLoader.for_builtins()
    source = jinja2.PackageLoader(*BUILTIN_PACKAGE)
    return [compiled, source] if compiled else [source]


class EscapingTemplate(jinja2.Template):
    """A template whose autoescaped output (each ``{{ ... }}``) calls
    :func:`egmplan.render.htmlescape.escape_html`, the same Markup as ``markupsafe.escape``
    at a fraction of its cost (about 200 outputs an agenda page). A compiled template calls
    the ``escape`` that its module imports from Jinja's runtime; the name is rebound in that
    module's namespace, which its root, blocks and macros share."""

    @classmethod
    def from_code(cls, environment, code, globals, uptodate=None):
        template = super().from_code(environment, code, globals, uptodate)
        template.root_render_func.__globals__["escape"] = escape_html
        return template

    @classmethod
    def from_module_dict(cls, environment, module_dict, globals):
        template = super().from_module_dict(environment, module_dict, globals)  # a compiled built-in
        template.root_render_func.__globals__["escape"] = escape_html
        return template

    def new_context(self, vars=None, shared=False, locals=None):
        """:meth:`jinja2.Template.new_context` given the template's globals as one dict. Jinja's
        are a :class:`collections.ChainMap` (the template's own, then the environment's), which
        a render's context copies and then lists, each in Python: about 8 µs of every render
        (an include lists them only; about 1 µs). The same names and values, in the same order,
        merged in C (tests/test_template_context.py)."""
        return jinja2.runtime.new_context(self.environment, self.name, self.blocks, vars, shared,
                                          _merged(self.globals), locals)


def _merged(globals):
    """A ChainMap of dicts as one dict: the keys in the order the ChainMap lists them (the last
    map's first), each with the value of the first map that has it."""
    if type(globals) is not ChainMap:
        return globals
    merged = {}
    for names in reversed(globals.maps):
        if type(names) is not dict:
            return globals
        merged.update(names)
    return merged


class BoundedSandbox(SandboxedEnvironment):
    """The sandbox, refusing repetitions and powers whose result would be huge before computing them."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context, operator, left, right):
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                if isinstance(sequence, (str, list, tuple)) and isinstance(times, int) \
                        and len(sequence) * times > MAX_SEQUENCE:
                    raise SecurityError(f"a repetition of {len(sequence) * times:,} characters or items "
                                        f"is over the limit of {MAX_SEQUENCE:,}")
        if operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0 \
                and abs(left) > 1 and abs(left).bit_length() * right > MAX_POWER_BITS:
            raise SecurityError(f"a power of about {abs(left).bit_length() * right:,} bits is over the limit "
                                f"of {MAX_POWER_BITS:,}")
        return super().call_binop(context, operator, left, right)


@lru_cache(maxsize=None)
def environment(user_dirs: tuple[str, ...] = ()) -> jinja2.Environment:
    """The environment for these user template folders (first wins), then the built-ins.
    With user folders the built-ins are compiled by the sandbox, never taken compiled."""
    if user_dirs:
        loaders: list[jinja2.BaseLoader] = [ConfinedLoader(d) for d in user_dirs]
        return configured(BoundedSandbox, [*loaders, jinja2.PackageLoader(*BUILTIN_PACKAGE)], auto_reload=True)
    return configured(jinja2.Environment, builtin_loaders(), auto_reload=False)


def configured(kind: type[jinja2.Environment], loaders: list[jinja2.BaseLoader], *,
               auto_reload: bool) -> jinja2.Environment:
    """An environment of ``kind`` with egmplan's settings and filters (the settings are part of
    what a template compiles to: tools/compile_templates.py compiles with this too)."""
    env = kind(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # The package's templates do not change while egmplan runs: no stat of each file
        # (every include too) on every render. A user's folder is checked as Jinja does.
        auto_reload=auto_reload,
        # And they are a few: kept in a dict (Jinja's documented -1), not its locked LRU cache
        # of 400, which every include and render looks its template up in.
        cache_size=400 if auto_reload else -1,
    )
    env.template_class = EscapingTemplate
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
    user_dirs = tuple(str(d) for d in user_dirs) if user_dirs else ()
    if user_dirs and hasattr(os, "fork"):
        text = _render_in_child(name, user_dirs, context)
    else:
        text = _render(name, user_dirs, context)
    return _untranslated_marked(name, text)


def _untranslated_marked(name: str, text: str) -> str:
    """Strings left untranslated (``--allow-untranslated``) highlighted in HTML, labelled in
    other templates (:mod:`egmplan.untranslated`)."""
    if MARK not in text:
        return text
    from egmplan.untranslated import mark_html, plain

    return mark_html(text) if _autoescape(name) else plain(text)


def _render(name: str, user_dirs: tuple[str, ...], context: dict) -> str:
    env = environment(user_dirs)
    try:
        template = env.get_template(name)
        if not user_dirs:
            return template.render(**context)
        chunks, size = [], 0
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise RenderError(f"{template.filename or name}: the output is over {MAX_OUTPUT:,} characters, "
                                  "the limit for one template")
            chunks.append(chunk)
        return "".join(chunks)
    except RenderError:
        raise
    except TemplateRefused as exc:
        raise RenderError(str(exc)) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(f"{_where(exc.filename or exc.name, exc.lineno)}: template syntax error: {exc.message}") from exc
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"template {exc.name} not found (looked in: {', '.join(user_dirs) or 'the built-ins'})") from exc
    except SecurityError as exc:
        raise RenderError(f"{_where(*_template_line(exc))}: refused by the template sandbox: {exc}") from exc
    except jinja2.UndefinedError as exc:
        raise RenderError(f"{_where(*_template_line(exc))}: {exc.message}") from exc
    except _OutOfTime as exc:
        raise RenderError(f"{_where(*_template_line(exc))}: the template ran for more than {TIME_LIMIT} s, "
                          "the limit for one render (a loop that does not end?)") from exc
    except RecursionError as exc:
        raise RenderError(f"{_where(*_template_line(exc))}: the template calls itself too deeply "
                          "(a macro or include without an end?)") from exc
    except MemoryError as exc:
        raise RenderError(f"{_where(*_template_line(exc))}: the template needs more than "
                          f"{MEMORY_LIMIT // (1024 * 1024):,} MiB of memory, the limit for one render") from exc
    except Exception as exc:  # whatever a template's expression raises (ZeroDivisionError, OverflowError...)
        raise RenderError(f"{_where(*_template_line(exc))}: {type(exc).__name__}: {exc}") from exc


def _render_in_child(name: str, user_dirs: tuple[str, ...], context: dict) -> str:
    """Render in a forked child bounded in memory and time, so that no template can exhaust
    this process; the text (or the error message) comes back through a pipe."""
    import pickle
    import select
    import signal
    import time

    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: render, send, and leave without running any of the parent's clean-up
        status = 0
        try:
            os.close(reader)
            _bound_this_process()
            try:
                payload = ("text", _render(name, user_dirs, context))
            except RenderError as exc:
                payload = ("error", str(exc))
            signal.alarm(0)
            data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(data)
            while view:
                view = view[os.write(writer, view):]
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(writer)
    received = bytearray()
    deadline = time.monotonic() + TIME_LIMIT + 5  # the child stops itself first; this catches a stuck C call
    finished = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([reader], [], [], remaining)[0]:
                raise RenderError(f"{name}: the template ran for more than {TIME_LIMIT} s, the limit for one render")
            chunk = os.read(reader, 1 << 20)
            if not chunk:
                break
            received += chunk
        finished = True
    finally:
        os.close(reader)
        if not finished:  # out of time, or interrupted (Ctrl-C): the child must not outlive us
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
    if not received:
        how = f"signal {-os.waitstatus_to_exitcode(status)}" if os.WIFSIGNALED(status) else "an error"
        raise RenderError(f"{name}: the template render was stopped by {how} "
                          f"(the limits are {TIME_LIMIT} s and {MEMORY_LIMIT // (1024 * 1024):,} MiB)")
    kind, value = pickle.loads(bytes(received))
    if kind == "error":
        raise RenderError(value)
    return value


def _bound_this_process() -> None:
    """Limit the child's memory and time: MemoryError past the memory limit, _OutOfTime (with
    the template's line) when the time is up, and the kernel's SIGXCPU as a last resort."""
    import resource
    import signal

    def out_of_time(signum, frame):
        raise _OutOfTime()

    signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(TIME_LIMIT)
    try:
        _lower_limit(resource.RLIMIT_CPU, TIME_LIMIT + 2)
        with open("/proc/self/statm") as stream:
            pages = int(stream.read().split()[0])
        _lower_limit(resource.RLIMIT_AS, pages * os.sysconf("SC_PAGE_SIZE") + MEMORY_LIMIT)
    except (OSError, ValueError):
        pass  # no /proc or a limit already lower: the time limit and the parent's watchdog still hold


def _lower_limit(which: int, wanted: int) -> None:
    import resource

    soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft == resource.RLIM_INFINITY or wanted < soft:
        resource.setrlimit(which, (wanted, hard))
