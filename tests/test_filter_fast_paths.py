"""The escaping filters skip their regular expressions when a text cannot match them; each is
compared with the plain regular-expression version (the oracle, as the filters were written
before the fast paths) on random text rich in the characters that matter."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from egmplan.render import filters

# Line breaks, tabs and other controls; Markdown's specials; digits of several scripts
# (\d is any decimal digit); spaces; letters of several scripts.
ALPHABET = st.sampled_from(list("\r\n\t\f\v\x1c\x85\u2028 #+=-.)_*`[]<>|&~$\\09١٣۴߁a Zé中") + ["\u00a0"])
TEXTS = st.text(ALPHABET, max_size=24)


def oracle_one_line(text) -> str:
    return re.sub(r"\s*[\r\n\t\f\v]+\s*", " ", str(text))


def oracle_md_inline(text: str) -> str:
    return filters._MD_SPECIAL.sub(lambda m: "\\" + m.group(), oracle_one_line(text))


def oracle_md_block(text: str) -> str:
    text = filters._MD_BLOCK_START.sub(
        lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text.strip(" "))
    return filters._MD_CLOSING_HASHES.sub(lambda m: "\\" + m.group(), text)


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_the_fast_paths_give_what_the_regular_expressions_give(text):
    assert filters._one_line(text) == oracle_one_line(text)
    assert filters._md_inline(text) == oracle_md_inline(text)
    assert filters._md_block(text) == oracle_md_block(text)
    assert filters.md_escape(text) == oracle_md_block(oracle_md_inline(text))
    assert filters.md_escape(text, line_start=False) == oracle_md_inline(text).strip(" ")


def test_the_oracle_sees_what_the_fast_paths_skip():
    # Cases each fast path must still send to its expression (a test that cannot fail is none).
    assert filters._one_line("a\tb") == "a b"
    assert filters._md_block("١. item") == "١\\. item"
    assert filters._md_block("12) item") == "12\\) item"
    assert filters._md_block("3.") == "3\\."
    assert filters._md_block("Title #") == "Title \\#"
    assert filters._md_block("+1") == "\\+1"
    assert filters._one_line(7) == "7"


@settings(max_examples=500, deadline=None)
@given(st.text(ALPHABET, min_size=filters._LONG_TEXT - 5, max_size=filters._LONG_TEXT + 60))
def test_long_texts_searched_character_by_character_give_what_the_expression_gives(text):
    assert filters._md_inline(text) == oracle_md_inline(text)


def test_the_characters_searched_one_by_one_are_those_of_the_class():
    assert sorted(filters._MD_SPECIAL_CHARACTERS) == [
        c for c in map(chr, range(0x110000)) if filters._MD_MAYBE_SPECIAL.match(c)]
    long = "a" * filters._LONG_TEXT
    assert filters._md_inline(long + "_") == long + "\\_"
    assert filters._md_inline(long + "*x*") == long + "\\*x\\*"


def test_spans_filters_take_any_iterable_as_before():
    from egmplan.render.annotation import Span

    spans = (Span("a_b "), Span("1", footnote=1))
    assert filters.md_spans(iter(spans[:1])) == filters.md_spans(spans[:1]) == "a_b"
    assert filters.md_spans(s for s in spans) == "a_b [^1]"
    assert filters.txt_spans(iter(spans[:1])) == filters.txt_spans(spans[:1]) == "a_b "
    assert filters.txt_spans(s for s in spans) == "a_b ¹"
