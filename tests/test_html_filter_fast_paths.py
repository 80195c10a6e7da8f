"""The HTML filters' fast paths (a paragraph of one plain run, a symbol with nothing to escape)
give what the general code gives: each is compared with the filter as it was written before
the fast path (the oracle) on random spans and text rich in the characters that matter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup, escape

from egmplan.render import filters
from egmplan.render.annotation import Footnote, Span

TEXTS = st.text(st.sampled_from(list("aZ09 ./-&<>\"'\\:;_#\n\té中١") + ["\u00a0"]), max_size=16)
SPANS = st.lists(st.builds(Span, TEXTS, st.booleans(), st.none() | st.integers(1, 3)), max_size=4).map(tuple)
FOOTNOTES = (Footnote(1, (Span("One & <two>"),)), Footnote(2, (Span("b", italic=True), Span("c"))))


def oracle_html_spans(spans, footnotes=None):
    texts = {f.number: f.spans for f in footnotes or ()}
    out = []
    for span in spans:
        if span.footnote is not None and span.footnote in texts:
            n = int(span.footnote)
            out.append(f'<span class="footnote" data-number="{n}">{oracle_html_spans(texts[span.footnote])}</span>')
        elif span.footnote is not None:
            n = int(span.footnote)
            out.append(f'<sup class="fnref"><a href="#fn-{n}" aria-label="footnote {n}">{n}</a></sup>')
        elif span.italic:
            out.append(f"<em>{escape(span.text)}</em>")
        else:
            out.append(str(escape(span.text)))
    return Markup("".join(out))


def oracle_css_string(text):
    out = []
    for ch in filters._one_line(text):
        out.append(ch if ch.isascii() and (ch.isalnum() or ch in " ./-") else f"\\{ord(ch):x} ")
    return Markup('"' + "".join(out) + '"')


@settings(max_examples=2000, deadline=None)
@given(SPANS, st.sampled_from([None, (), FOOTNOTES]))
def test_html_spans_writes_what_it_wrote_before_its_fast_path(spans, footnotes):
    written = filters.html_spans(spans, footnotes)
    assert isinstance(written, Markup)
    assert written == oracle_html_spans(spans, footnotes)


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_css_string_writes_what_it_wrote_before_its_fast_path(text):
    written = filters.css_string(text)
    assert isinstance(written, Markup)
    assert written == oracle_css_string(text)


def test_the_fast_paths_are_taken_and_still_escape():
    # A test that cannot fail is none: the cases each fast path handles, written out.
    assert filters.html_spans((Span('Fish & "chips" <b>'),)) == "Fish &amp; &#34;chips&#34; &lt;b&gt;"
    assert isinstance(filters.html_spans((Span("a"),)), Markup)
    assert filters.css_string("UNODC/CCPCJ/EG.4/2021/1") == '"UNODC/CCPCJ/EG.4/2021/1"'
    assert filters.css_string("A/1\n2") == '"A/1 2"'


def test_html_language_is_the_same_on_every_call():
    assert filters.html_language("fr") == 'lang="fr"'
    assert filters.html_language("ar") == 'lang="ar" dir="rtl"'
    assert filters.html_language("ar") == 'lang="ar" dir="rtl"'
    assert isinstance(filters.html_language("ar"), Markup)
