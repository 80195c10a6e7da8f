"""Autoescaped templates and the HTML filters escape through egmplan.render.htmlescape, which
must give exactly what markupsafe gives (the same text, a Markup) for every kind of value a
template prints."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup, escape

from egmplan.render import templates
from egmplan.render.htmlescape import escape_html, markup
from egmplan.render.templates import environment

# Characters markupsafe escapes, entities already written, and ordinary text of several scripts.
TEXTS = st.lists(st.sampled_from(["a", "b", " ", "&", "<", ">", '"', "'", "=", ";", "#", "\\", "\n", "中", "\u00a0",
                                  "&amp;", "&#34;"]), max_size=12).map("".join)


class Html:
    def __html__(self):
        return "<b>given</b>"


class Text(str):
    pass


@settings(max_examples=1000, deadline=None)
@given(st.one_of(TEXTS, TEXTS.map(Markup), TEXTS.map(Text), st.integers(), st.none(), st.booleans(),
                 st.floats(allow_nan=False), st.just(Html())))
def test_escape_html_gives_what_markupsafe_escape_gives(value):
    written = escape_html(value)
    assert type(written) is Markup
    assert written == escape(value)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_markup_is_markupsafes_markup(text):
    made = markup(text)
    assert type(made) is Markup
    assert made == Markup(text)
    assert str(made) == text


def test_the_cases_that_matter_written_out():
    assert escape_html("a < b & \"c\" 'd'") == "a &lt; b &amp; &#34;c&#34; &#39;d&#39;"
    assert escape_html(Markup("<em>x</em>")) == "<em>x</em>"
    assert escape_html(7) == "7"
    assert escape_html(-12) == "-12"
    assert escape_html(True) == "True"
    assert escape_html(Html()) == "<b>given</b>"


def test_every_template_prints_through_it():
    # Built-in and user templates alike (one environment without user folders, one sandboxed).
    for env in (environment(()), environment(("/nonexistent-templates",))):
        template = env.from_string("{% autoescape true %}<p>{{ text }}{{ html }}{{ number }}</p>{% endautoescape %}")
        assert template.root_render_func.__globals__["escape"] is escape_html
        assert template.render(text="<i>&", html=Markup("<em>x</em>"), number=3) == \
            "<p>&lt;i&gt;&amp;<em>x</em>3</p>"
    assert isinstance(environment(()).get_template("agenda.html.j2"), templates.EscapingTemplate)
