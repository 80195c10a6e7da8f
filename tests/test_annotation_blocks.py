"""parse_annotation looks for footnote definitions and bullets only on the lines that can
hold them, and ends its blocks without a closure; it goes over the lines once, and numbers
the footnotes from the references in its blocks' texts afterwards; compared with the version that matched
every line against every pattern (the oracle, as written before) on random annotations
rich in the characters and line shapes that matter."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from egmplan.render.annotation import Block, Footnote, FootnoteNumbering, parse_annotation, parse_inline

_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:\s?(.*)$")
_BULLET = re.compile(r"^[-*] +(.*)$")

LINES = st.one_of(
    st.text(st.sampled_from(list("[]^*-:\\ \t\xa01ax")), max_size=12),
    st.sampled_from(["", "  ", "- item", "  - item", "* item", "-item", "  more", "[^1]: Note.",
                     "  [^2]:Note", "[^x]: *it*", "text[^1]", "a [^2] b", "[^1]:", "\t[^1]: n"]),
)
# Line breaks other than "\n" (str.splitlines breaks at each): a reference or a definition
# never spans two lines.
OTHER_BREAKS = st.sampled_from(["\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028"])
TEXTS = (st.lists(LINES, max_size=10).map("\n".join) | st.lists(LINES, max_size=6).map("\r\n".join)
         | st.tuples(st.lists(LINES, max_size=6), OTHER_BREAKS).map(lambda lines_break: lines_break[1].join(lines_break[0])))


def oracle(text: str, numbering: FootnoteNumbering):
    definitions: dict[str, str] = {}
    body: list[str] = []
    for line in text.splitlines():
        match = _FOOTNOTE_DEF.match(line.strip())
        if match:
            definitions[match.group(1)] = match.group(2).strip()
        else:
            body.append(line.rstrip())
    labels: dict[str, int] = {}
    for label in re.findall(r"\[\^([^\]\s]+)\]", "\n".join(body)):
        if label in definitions and label not in labels:
            labels[label] = numbering.take()
    blocks: list[Block] = []
    paragraph: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", parse_inline(" ".join(paragraph), labels), ()))
            paragraph.clear()
        if bullets:
            blocks.append(Block("list", (), tuple(parse_inline(b, labels) for b in bullets)))
            bullets.clear()

    for raw in body:
        line = raw.strip()
        if not line:
            flush()
            continue
        bullet = _BULLET.match(line)
        if bullet:
            if paragraph:
                flush()
            bullets.append(bullet.group(1).strip())
        elif bullets and raw[:1].isspace():
            bullets[-1] += " " + line
        else:
            if bullets:
                flush()
            paragraph.append(line)
    flush()
    footnotes = tuple(Footnote(number, parse_inline(definitions[label], labels))
                      for label, number in sorted(labels.items(), key=lambda kv: kv[1]))
    return tuple(blocks), footnotes


@settings(max_examples=3000, deadline=None)
@given(TEXTS, st.integers(1, 5))
def test_parse_annotation_gives_what_the_oracle_gives(text, first_number):
    numbering, expected_numbering = FootnoteNumbering(), FootnoteNumbering()
    numbering.next = expected_numbering.next = first_number
    assert parse_annotation(text, numbering) == oracle(text, expected_numbering)
    assert numbering.next == expected_numbering.next


def test_the_cases_the_oracle_must_see():
    text = "Intro *a*[^1]\nsame paragraph\n\n- one\n  continued\n* two[^2]\nafter\n\n[^2]: Second.\n[^1]: First."
    numbering = FootnoteNumbering()
    assert parse_annotation(text, numbering) == oracle(text, FootnoteNumbering())
    blocks, footnotes = parse_annotation(text, FootnoteNumbering())
    assert [b.kind for b in blocks] == ["paragraph", "list", "paragraph"]
    assert [f.number for f in footnotes] == [1, 2] and footnotes[0].text == "First."
    assert blocks[1].items[0][0].text == "one continued"
