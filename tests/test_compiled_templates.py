"""The built-in templates are taken compiled ahead of time (tools/compile_templates.py) only
while that is what compiling them now would make: the folder is current, a changed source or
another Jinja falls back to the source, and the output and the error messages are the same."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import jinja2
import pytest

from egmplan.errors import RenderError
from egmplan.render import templates
from egmplan.render.templates import COMPILED_FOLDER, CompiledLoader

ROOT = Path(__file__).resolve().parent.parent


def _files(folder: str) -> dict[str, bytes]:
    return {name: Path(folder, name).read_bytes() for name in sorted(os.listdir(folder))
            if name != "__pycache__"}


def _compile_tool():
    import importlib.util

    spec = importlib.util.spec_from_file_location("compile_templates", ROOT / "tools" / "compile_templates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_compiled_templates_are_current(tmp_path):
    """Run `.venv/bin/python tools/compile_templates.py` when this fails."""
    fresh = tmp_path / "compiled"
    _compile_tool().compile_into(str(fresh))
    assert _files(COMPILED_FOLDER) == _files(str(fresh)), \
        "the compiled templates are stale: run `.venv/bin/python tools/compile_templates.py`"


def test_every_builtin_template_is_compiled():
    builtins = sorted(p.name for p in Path(templates.BUILTIN_FOLDER).glob("*.j2"))
    assert sorted(CompiledLoader.for_builtins().sources) == builtins


def test_the_builtins_load_compiled_and_name_their_source():
    template = templates.environment().get_template("agenda.md.j2")
    assert template.root_render_func.__code__.co_filename.startswith(COMPILED_FOLDER + os.sep)
    assert template.filename == os.path.join(templates.BUILTIN_FOLDER, "agenda.md.j2")


@pytest.fixture(autouse=True)
def _loaders_collected():
    """A CompiledLoader left to die in a later test's garbage collection would leave its
    package module (Jinja's ModuleLoader keeps it in sys.modules through a weak proxy) dead
    while something walks sys.modules, as Hypothesis does: collect them here."""
    yield
    gc.collect()


@pytest.fixture()
def from_sources(monkeypatch):
    """The environment as it was before: every built-in compiled from its source."""
    templates.environment.cache_clear()
    gc.collect()
    monkeypatch.setattr(templates, "builtin_loaders", lambda: [jinja2.PackageLoader(*templates.BUILTIN_PACKAGE)])
    yield
    templates.environment.cache_clear()


def _outputs(folder: Path) -> dict[str, bytes]:
    """What egmplan writes through every built-in template: the site (each meeting's agenda in
    every format and language, its schedule, the series page), the workplan, the organization
    of work in Markdown and HTML."""
    from typer.testing import CliRunner

    from egmplan.cli.main import app

    runner = CliRunner()
    printed = {}
    for args in (["site", "build", "-q", "-o", str(folder / "site")],
                 ["workplan", "-f", "html", "-o", str(folder / "workplan.html")],
                 ["orgwork", "-m", "egm-cybercrime-2021", "-f", "md"],
                 ["orgwork", "-m", "egm-cybercrime-2021", "-f", "html"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        if "-o" not in args:
            printed[" ".join(args)] = result.stdout_bytes
    written = {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}
    return {**written, **printed}


def test_compiled_and_source_templates_write_the_same_bytes(request, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    compiled = _outputs(tmp_path / "compiled")
    request.getfixturevalue("from_sources")
    assert templates.environment().get_template("agenda.md.j2").root_render_func.__code__.co_filename \
        .endswith("agenda.md.j2")
    from_sources = _outputs(tmp_path / "sources")
    assert len(compiled) > 70 and from_sources == compiled


def _error_of(name: str) -> str:
    with pytest.raises(RenderError) as caught:
        templates.render(name)  # no view: the first name the template reads is undefined
    return str(caught.value)


@pytest.mark.parametrize("name", ["agenda.md.j2", "agenda.html.j2", "agenda.txt.j2"])
def test_an_error_names_the_template_and_line_as_from_source(name, request):
    compiled = _error_of(name)
    request.getfixturevalue("from_sources")
    assert compiled == _error_of(name)
    assert compiled.startswith(os.path.join(templates.BUILTIN_FOLDER, name) + ":")


def test_a_changed_source_is_compiled_from_the_source():
    stale = CompiledLoader(COMPILED_FOLDER, {"agenda.md.j2": "0" * 64})
    env = templates.configured(jinja2.Environment, [stale, jinja2.PackageLoader(*templates.BUILTIN_PACKAGE)],
                               auto_reload=False)
    with pytest.raises(jinja2.TemplateNotFound):
        stale.load(env, "agenda.md.j2")
    assert env.get_template("agenda.md.j2").root_render_func.__code__.co_filename.endswith("agenda.md.j2")


@pytest.mark.parametrize("manifest", [None, "jinja2 0.0.1\n", "", b"\xff\xfe"])
def test_compiled_by_another_jinja_or_without_manifest_they_are_not_used(tmp_path, manifest):
    folder = tmp_path / "compiled"
    folder.mkdir()
    for name, data in _files(COMPILED_FOLDER).items():
        if name != templates.COMPILED_MANIFEST:
            (folder / name).write_bytes(data)
    if isinstance(manifest, str):
        (folder / templates.COMPILED_MANIFEST).write_text(manifest, encoding="utf-8")
    elif manifest is not None:
        (folder / templates.COMPILED_MANIFEST).write_bytes(manifest)
    assert CompiledLoader.for_builtins(str(folder)) is None


def test_user_template_folders_never_take_the_compiled_builtins(tmp_path):
    env = templates.environment((str(tmp_path),))
    assert not any(isinstance(loader, CompiledLoader) for loader in env.loader.loaders)
    template = env.get_template("agenda.md.j2")  # compiled by the sandbox
    assert template.root_render_func.__code__.co_filename.endswith("agenda.md.j2")
