"""egmplan's templates get the context Jinja would give them (egmplan.render.templates.
EscapingTemplate.new_context merges the globals in C instead of iterating Jinja's ChainMap):
the same names, values and order, for the built-ins and the sandbox, and a global added after
a template was loaded is seen as Jinja sees it."""

from __future__ import annotations

from collections import ChainMap
from types import MappingProxyType

import jinja2
import pytest
from jinja2.runtime import missing

from egmplan.render import templates


def _state(context: jinja2.runtime.Context):
    return (list(context.parent.items()), dict(context.vars), context.globals_keys, context.name,
            list(context.blocks), context.eval_ctx.autoescape)


def _jinjas(template, *args):
    return jinja2.Template.new_context(template, *args)


def _templates(tmp_path):
    (tmp_path / "user.html.j2").write_text("{% block body %}{{ view }}{% endblock %}", encoding="utf-8")
    builtin = templates.environment()
    sandbox = templates.environment((str(tmp_path),))
    own_globals = templates.configured(jinja2.Environment, [jinja2.DictLoader({"t.j2": "{{ x }}"})],
                                       auto_reload=False)
    own_globals.globals["added_later"] = 1
    return [builtin.get_template("agenda.md.j2"), builtin.get_template("agenda.html.j2"),
            sandbox.get_template("user.html.j2"), sandbox.get_template("agenda.txt.j2"),
            own_globals.get_template("t.j2", globals={"range": "the template's own", "mine": 2})]


@pytest.mark.parametrize("shared", [False, True])
@pytest.mark.parametrize("local_names", [None, {"x": 3, "gone": missing, "range": 4}])
def test_a_context_is_the_one_jinja_makes(tmp_path, shared, local_names):
    for template in _templates(tmp_path):
        assert type(template) is templates.EscapingTemplate and isinstance(template.globals, ChainMap)
        for given in ({}, {"view": 1, "range": 2, "cycler": None}):
            ours = template.new_context(dict(given), shared, local_names)
            assert _state(ours) == _state(_jinjas(template, dict(given), shared, local_names)), template.name
        assert template.new_context().parent == dict(template.globals) and len(template.globals) >= 6


def test_globals_not_in_dicts_are_given_as_they_are():
    template = templates.configured(jinja2.Environment, [jinja2.DictLoader({})], auto_reload=False) \
        .from_string("{{ a }} {{ b }}")
    template.globals = ChainMap({"a": 1}, MappingProxyType({"a": 0, "b": 2}))
    assert templates._merged(template.globals) is template.globals
    assert _state(template.new_context({})) == _state(_jinjas(template, {}))
    assert template.render() == "1 2"


def test_a_global_set_after_loading_is_seen_and_a_variable_hides_it():
    env = templates.configured(jinja2.Environment, [jinja2.DictLoader({"t.j2": "{{ greeting }} {{ range(2)|list }}"})],
                               auto_reload=False)
    template = env.get_template("t.j2")
    with pytest.raises(jinja2.UndefinedError):
        template.render()
    env.globals["greeting"] = "hello"
    assert template.render() == "hello [0, 1]"
    assert env.get_template("t.j2", globals={"greeting": "hi"}) is template
    assert template.render() == "hi [0, 1]"
    assert template.render(greeting="bye", range=lambda n: "ab") == "bye ['a', 'b']"
