"""parse_inline gathers plain text before making a span, and skips its expression when the
text holds nothing it can match; compared with the version that grew the last span chunk by
chunk (the oracle, as written before) on random text rich in the characters that matter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from egmplan.render.annotation import _INLINE, Span, parse_inline

TEXTS = st.text(st.sampled_from(list("[]^*\\\n 1ax_")), max_size=30)
LABELS = st.dictionaries(st.sampled_from(["1", "2", "a", "x"]), st.integers(1, 9), max_size=3)


def oracle(text: str, labels: dict[str, int] | None = None) -> tuple[Span, ...]:
    labels = labels or {}
    spans: list[Span] = []

    def plain(chunk: str) -> None:
        if not chunk:
            return
        if spans and not spans[-1].italic and spans[-1].footnote is None:
            spans[-1] = Span(spans[-1].text + chunk)
        else:
            spans.append(Span(chunk))

    position = 0
    for match in _INLINE.finditer(text):
        plain(text[position:match.start()])
        if match.group(1) is not None:
            label = match.group(1)
            if label in labels:
                spans.append(Span(str(labels[label]), footnote=labels[label]))
            else:
                plain(match.group(0))
        elif match.group(2) is not None:
            spans.append(Span(match.group(2), italic=True))
        else:
            plain(match.group(3))
        position = match.end()
    plain(text[position:])
    return tuple(spans)


@settings(max_examples=3000, deadline=None)
@given(TEXTS, LABELS)
def test_parse_inline_gives_what_the_oracle_gives(text, labels):
    assert parse_inline(text, labels) == oracle(text, labels)


def test_the_cases_the_oracle_must_see():
    assert parse_inline("a *b* c[^1] \\* d[^2]", {"1": 4}) == (
        Span("a "), Span("b", italic=True), Span(" c"), Span("4", footnote=4), Span(" * d[^2]"))
    assert parse_inline("plain") == (Span("plain"),)
    assert parse_inline("") == ()
