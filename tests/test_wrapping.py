"""The greedy wrapper gives what textwrap gives (textwrap is the oracle), line for line, for
text without East Asian wide characters; text with them (Chinese) is wrapped by display width,
between characters, never against kinsoku."""

import random
import re
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from egmplan.render import filters
from egmplan.render.wrapping import (
    NO_BREAK_AFTER, NO_BREAK_BEFORE, _segments, display_width, fill, has_wide, may_be_wide, wrap_lines,
)


def oracle(text, width, initial, subsequent, break_long):
    return textwrap.wrap(text, width, initial_indent=initial, subsequent_indent=subsequent,
                         break_long_words=break_long, break_on_hyphens=False)


def same_as_textwrap(text, width, initial, subsequent, break_long):
    if break_long and max(len(initial), len(subsequent)) >= width:
        return  # textwrap itself never ends there (egmplan breaks long words only in table cells, unindented)
    try:
        expected = oracle(text, width, initial, subsequent, break_long)
    except ValueError as exc:  # a width of 0 or less
        with pytest.raises(ValueError, match=re.escape(str(exc))):
            wrap_lines(text, width, initial, subsequent, break_long)
        return
    assert wrap_lines(text, width, initial, subsequent, break_long) == expected
    assert fill(text, width, initial, subsequent, break_long) == "\n".join(expected)


# Runs of spaces (leading, trailing, several at once), words longer than the line, hyphens,
# and whitespace other than the space (tab, newline, no-break space, em space, U+001C) that
# textwrap treats in its own ways; narrow non-ASCII (é, the en dash, the ambiguous-width ’).
pieces = st.sampled_from([" ", "  ", "     ", "a", "bb", "word", "-", "well-known", "é", "–", "’",
                          "x" * 12, "y" * 30, "\t", "\n", "\xa0", "\u2003", "\x1c"])
texts = st.lists(pieces, max_size=40).map("".join)
indents = st.text(alphabet=" >*1", max_size=14)


@settings(max_examples=1500, deadline=None)
@given(texts, st.integers(-1, 32), indents, indents, st.booleans())
def test_wrap_lines_equals_textwrap(text, width, initial, subsequent, break_long):
    same_as_textwrap(text, width, initial, subsequent, break_long)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ab\xa0", max_size=60), st.integers(1, 8), st.text(" a", max_size=9),
       st.text(" a", max_size=9), st.booleans())
def test_wrap_lines_equals_textwrap_on_narrow_lines(text, width, initial, subsequent, break_long):
    same_as_textwrap(text, width, initial, subsequent, break_long)


def test_wrap_lines_equals_textwrap_on_many_random_cases():
    """20,000 seeded cases of paragraph-like text at the widths and indents egmplan uses
    and around them (200,000 were compared once when the wrapper was written)."""
    chooser = random.Random(15)
    words = ["the", "General", "Assembly", "resolution", "65/230,", "open-ended", "intergovernmental",
             "https://www.unodc.org/unodc/en/organized-crime/open-ended-intergovernmental-expert-group.html",
             "UNODC/CCPCJ/EG.4/2021/1", "a", "I.", "(continued)", "¹", "—"]
    for _ in range(20_000):
        text = "".join(chooser.choice(words) + " " * chooser.choice((1, 1, 1, 2, 3))
                       for _ in range(chooser.randrange(0, 60)))
        if chooser.random() < 0.3:
            text = " " * chooser.randrange(1, 6) + text
        width = chooser.choice((80, 80, 80, 40, 20, 10, chooser.randrange(1, 100)))
        initial = " " * chooser.choice((0, 0, 4, 8, 10, 78, 85))
        subsequent = " " * chooser.choice((0, 4, 6, 10))
        same_as_textwrap(text, width, initial, subsequent, chooser.random() < 0.5)


def test_the_text_filters_wrap_as_before():
    """wrap and hanging (the plain-text agenda's filters) and the table's cells, against the
    textwrap calls they were."""
    paragraph = ("In its resolution 65/230, the General Assembly requested the Commission to establish an "
                 "open-ended intergovernmental expert group to conduct a comprehensive study  of the problem.")
    for text in (paragraph, "  " + paragraph, paragraph + "   ", "short", "", "   ", "x" * 120 + " y"):
        assert filters.wrap(text) == textwrap.fill(text, 80, break_long_words=False, break_on_hyphens=False)
        assert filters.wrap(text, indent="        ", subsequent="          ") == textwrap.fill(
            text, 80, initial_indent="        ", subsequent_indent="          ",
            break_long_words=False, break_on_hyphens=False)
        assert filters.hanging(text, "12.") == textwrap.fill(
            text, 80, initial_indent="12. ", subsequent_indent="    ", break_long_words=False,
            break_on_hyphens=False)
        assert filters._cell_lines(text, 33) == (textwrap.wrap(text, 33, break_on_hyphens=False) or [""])



@settings(max_examples=1500, deadline=None)
@given(texts, st.integers(1, 40), indents, st.one_of(st.none(), indents))
def test_the_wrap_filter_equals_textwrap_fill(text, width, indent, subsequent):
    """filters.wrap joins its lines in one call (wrapping.fill_printable): textwrap.fill of the
    text on one line, at any width and indents (either longer than the line too)."""
    assert filters.wrap(text, width, indent, subsequent) == textwrap.fill(
        filters._one_line(text), width, initial_indent=indent,
        subsequent_indent=indent if subsequent is None else subsequent,
        break_long_words=False, break_on_hyphens=False)

# --- text with East Asian wide characters ---------------------------------------------------

def test_the_wide_candidate_pattern_misses_no_wide_character():
    """Every assigned character Unicode (this Python's unicodedata) gives East_Asian_Width W or
    F is found by the fast test, so no Chinese text takes the Latin path.
    (unicodedata answers "F" for some unassigned code points; no text holds them.)"""
    import sys
    import unicodedata

    missed = [hex(c) for c in range(sys.maxunicode + 1)
              if unicodedata.east_asian_width(chr(c)) in ("W", "F") and unicodedata.category(chr(c)) != "Cn"
              and not may_be_wide(chr(c))]
    assert missed == []


def test_latin_text_never_takes_the_wide_path():
    assert [has_wide(t) for t in ("Vienna, 6–8 April 2021", "Chair’s “proposal”", "é¹ — …", "会议", "ＡＢ")] == [
        False, False, False, True, True]


def test_display_width():
    assert [display_width(t) for t in ("abc", "会议", "（续）", "e\u0301", "2021年")] == [3, 4, 6, 1, 6]


CHINESE = ("专家组第七次会议将于2021年4月6日星期二上午10时开幕。大会在其第65/230号决议中核可了《萨尔瓦多宣言》，"
           "并请预防犯罪和刑事司法委员会（预防犯罪委员会）设立一个不限成员名额政府间专家组。")


def test_chinese_wraps_by_display_width_between_characters():
    assert wrap_lines(CHINESE, 40, "    ", "  ") == [
        "    专家组第七次会议将于2021年4月6日星期",
        "  二上午10时开幕。大会在其第65/230号决议",
        "  中核可了《萨尔瓦多宣言》，并请预防犯罪",
        "  和刑事司法委员会（预防犯罪委员会）设立",
        "  一个不限成员名额政府间专家组。",
    ]


def test_closing_punctuation_never_starts_a_line():
    """At width 10 the stop would start the second line: the character before it moves down with it."""
    assert wrap_lines("一二三四五。六", 10) == ["一二三四", "五。六"]


def test_opening_punctuation_never_ends_a_line():
    assert wrap_lines("一二三四（五六）", 10) == ["一二三四", "（五六）"]


def test_mixed_latin_and_chinese_breaks_at_spaces_and_between_characters():
    assert wrap_lines("Item 2：审议 UNODC/CCPCJ/EG.4/2021/CRP.1 号文件", 20, break_long_words=False) == [
        "Item 2：审议", "UNODC/CCPCJ/EG.4/2021/CRP.1", "号文件"]


wide_pieces = st.sampled_from(["会", "议", "专家组", "。", "，", "；", "：", "（", "）", "「", "」", "《", "》",
                               " ", "  ", "a", "word", "2021", "年", "(a)", "UNODC/CCPCJ/EG.4/2021/1", "é"])


def _no_kinsoku_break(lines, indents) -> bool:
    for n in range(1, len(lines)):
        before, after = lines[n - 1], lines[n][len(indents[1]):]
        if after[:1] in NO_BREAK_BEFORE or before[-1:] in NO_BREAK_AFTER:
            return False
    return True


@settings(max_examples=1500, deadline=None)
@given(st.lists(wide_pieces, min_size=1, max_size=60).map("".join), st.integers(4, 90),
       st.sampled_from(["", "  ", "    "]), st.sampled_from(["", "  ", "      "]))
def test_wide_text_property(text, width, initial, subsequent):
    """Nothing lost or reordered (the text, spaces aside, is the lines', indents aside); no line
    wider than the width, but a word longer than the line when long words are not broken; no
    line starts with closing punctuation or ends with opening punctuation, where each piece
    that kinsoku glues together fits on a line."""
    if not has_wide(text):
        return
    room = width - max(len(initial), len(subsequent))
    for break_long in (True, False):
        lines = wrap_lines(text, width, initial, subsequent, break_long)
        bodies = [line[len(initial if n == 0 else subsequent):] for n, line in enumerate(lines)]
        assert "".join(b.replace(" ", "") for b in bodies) == text.replace(" ", "")
        if room < 2:
            continue  # the indent leaves no room for a wide character: textwrap's case too
        for n, line in enumerate(lines):
            if display_width(line) > width:
                assert not break_long and len(_segments(bodies[n].strip())) == 1  # one unbreakable word
        if break_long and max(w for _, w, _ in _segments(text)) <= room:
            assert _no_kinsoku_break(lines, (initial, subsequent)), lines


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(wide_pieces, pieces), max_size=40).map("".join), st.integers(1, 40),
       st.sampled_from(["", "  ", "    ", "1.  "]), st.sampled_from(["", "    ", "          "]))
def test_the_wrap_filter_joins_the_lines_of_wrap_lines(text, width, indent, subsequent):
    """Wide text too (where textwrap is no oracle): the filter's lines are wrap_lines'."""
    assert filters.wrap(text, width, indent, subsequent) == "\n".join(
        wrap_lines(filters._one_line(text), width, indent, subsequent, False))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["会议", "专家组", "。", "，", "（续）", "Vienna", " "]), min_size=1, max_size=80)
       .map("".join))
def test_chinese_at_80_columns_never_exceeds_80(text):
    assert all(display_width(line) <= 80 for line in wrap_lines(text, 80))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["a", "word", " ", "  ", "e\u0301", "–", "会议", "（续）", "\t", "\n", "\xa0", "x" * 12]),
                max_size=12).map("".join), st.integers(1, 20))
def test_a_table_cell_that_fits_is_wrapped_as_any_other(text, width):
    """The table's cells skip the wrapper when they fit, measured in characters and in columns
    (combining marks: fewer columns than characters; Chinese: more)."""
    assert filters._cell_lines(text, width) == (wrap_lines(filters._one_line(text), width) or [""])


def test_a_no_break_space_before_a_space_in_chinese_text():
    assert wrap_lines("Vienna\xa0 会议", 80) == ["Vienna\xa0 会议"]
    assert wrap_lines("维也纳\xa0 会议", 7) == ["维也纳\xa0", "会议"]


def test_is_printable_is_str_isprintable():
    from egmplan.render.wrapping import is_printable

    for text in [*map(chr, range(0x300)), "", "plain words", "tab\there", "del\x7f", "Vienna, 6–8 April", "会议\u3000"]:
        assert is_printable(text) == text.isprintable(), repr(text)
