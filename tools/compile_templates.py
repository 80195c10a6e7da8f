"""Compile egmplan's built-in templates ahead of time into ``src/egmplan/templates/compiled``.

Jinja compiles each template to Python the first time it is loaded: 60 ms of every
``agenda build`` went to the agenda's five templates. This writes what Jinja's own
:meth:`jinja2.Environment.compile_templates` makes of every built-in template, with the
environment egmplan renders with, and a manifest: the Jinja version first, then each template's
SHA-256 and name. egmplan uses a compiled template only while both still hold
(:class:`egmplan.render.templates.CompiledLoader`); tests/test_compiled_templates.py fails when
the folder is stale.

Run from the repository root after changing a template or Jinja's version::

    .venv/bin/python tools/compile_templates.py
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile

import jinja2

from egmplan.render import templates


def source_environment() -> jinja2.Environment:
    """egmplan's environment for the built-ins, compiling from the sources."""
    return templates.configured(jinja2.Environment, [jinja2.PackageLoader(*templates.BUILTIN_PACKAGE)],
                                auto_reload=False)


def manifest(names: list[str]) -> str:
    lines = [f"jinja2 {jinja2.__version__}"]
    for name in names:
        with open(os.path.join(templates.BUILTIN_FOLDER, name), "rb") as stream:
            lines.append(f"{hashlib.sha256(stream.read()).hexdigest()}  {name}")
    return "\n".join(lines) + "\n"


def compile_into(folder: str) -> None:
    """Every built-in template compiled into ``folder`` (which must not exist), with the manifest."""
    env = source_environment()
    names = sorted(env.list_templates(extensions=["j2"]))
    env.compile_templates(folder, zip=None, filter_func=lambda name: name in names, ignore_errors=False)
    with open(os.path.join(folder, templates.COMPILED_MANIFEST), "w", encoding="utf-8") as stream:
        stream.write(manifest(names))


def main() -> None:
    target = templates.COMPILED_FOLDER
    with tempfile.TemporaryDirectory() as scratch:
        fresh = os.path.join(scratch, "compiled")
        compile_into(fresh)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(fresh, target)
    print(f"compiled {len(os.listdir(target)) - 1} templates into {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
