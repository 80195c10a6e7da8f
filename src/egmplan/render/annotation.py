"""Annotations: the small Markdown subset of an agenda item's ``annotation`` parsed into
paragraphs and lists of spans (italics, footnote references), with document-wide
footnote numbers. The types are part of :mod:`egmplan.render.view` (re-exported there).
"""

from __future__ import annotations

import re

from egmplan.record import Record, record

# --- inline text -----------------------------------------------------------------------


@record
class Span(Record):
    """A run of text. ``italic`` for ``*text*``. A footnote reference is a Span whose
    ``footnote`` is its document-wide number and whose ``text`` is that number as a string
    (render it superscript)."""

    text: str
    italic: bool = False
    footnote: int | None = None


@record
class Block(Record):
    """A block of an annotation: ``kind`` is "paragraph" (``spans``) or "list" (``items``,
    one tuple of spans per bullet; UN documents print such lists indented, without bullets
    or with a dash)."""

    kind: str
    spans: tuple[Span, ...] = ()
    items: tuple[tuple[Span, ...], ...] = ()

    @property
    def text(self) -> str:
        """The plain text of a paragraph (footnote references as their numbers)."""
        return spans_text(self.spans)


@record
class Footnote(Record):
    """A footnote, numbered 1, 2, 3... across the whole document in order of first reference."""

    number: int
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return spans_text(self.spans)


def spans_text(spans: tuple[Span, ...]) -> str:
    """Plain text of spans; a footnote reference contributes its number."""
    return "".join(s.text for s in spans)


# --- annotation parsing (a small Markdown subset) -----------------------------------------

_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:\s?(.*)$")
_INLINE = re.compile(r"\[\^([^\]\s]+)\]|\*([^*\n]+?)\*|\\([*\\\[\]])")
_BULLET = re.compile(r"^[-*] +(.*)$")
_BULLET_MARKS = ("-", "*")
_REFERENCE = re.compile(r"\[\^([^\]\s]+)\]")


class FootnoteNumbering:
    """Document-wide footnote numbers, given in order of first reference."""

    def __init__(self) -> None:
        self.next = 1

    def take(self) -> int:
        number = self.next
        self.next += 1
        return number


def parse_inline(text: str, labels: dict[str, int] | None = None) -> tuple[Span, ...]:
    """``*italic*``, footnote references ``[^n]`` (mapped through ``labels`` to document
    numbers) and backslash escapes (``\\*``). Runs of plain text are merged."""
    if "*" in text or "\\" in text:
        return _marked_spans(text, labels or {})
    if "[^" not in text or not labels:
        # No mark at all, or references none of which is mapped: they stay as written.
        return (Span(text, False, None),) if text else ()
    # Only references can match: the text split at them (the regular expression engine finds
    # their literal start; _INLINE's alternatives have none: it tries each position) is
    # plain text and labels in turn; a reference not mapped stays as written.
    parts = _REFERENCE.split(text)
    spans: list[Span] = []
    pending = parts[0]
    for n in range(1, len(parts), 2):
        label = parts[n]
        number = labels.get(label)
        if number is None:
            pending += "[^" + label + "]" + parts[n + 1]
        else:
            if pending:
                spans.append(Span(pending, False, None))
            spans.append(Span(str(number), False, number))
            pending = parts[n + 1]
    if pending:
        spans.append(Span(pending, False, None))
    return tuple(spans)


def _marked_spans(text: str, labels: dict[str, int]) -> tuple[Span, ...]:
    spans: list[Span] = []
    pending: list[str] = []  # plain text since the last italic or footnote span, never empty strings
    position = 0
    for match in _INLINE.finditer(text):
        start = match.start()
        if start > position:
            pending.append(text[position:start])
        label = match.group(1)
        if label is not None:
            number = labels.get(label)
            if number is not None:
                if pending:
                    spans.append(Span("".join(pending), False, None))
                    pending = []
                spans.append(Span(str(number), False, number))
            else:
                pending.append(match.group(0))
        elif match.group(2) is not None:
            if pending:
                spans.append(Span("".join(pending), False, None))
                pending = []
            spans.append(Span(match.group(2), True, None))
        else:
            pending.append(match.group(3))
        position = match.end()
    if position < len(text):
        pending.append(text[position:])
    if pending:
        spans.append(Span("".join(pending), False, None))
    return tuple(spans)


def parse_annotation(text: str, numbering: FootnoteNumbering) -> tuple[tuple[Block, ...], tuple[Footnote, ...]]:
    """Paragraphs (separated by blank lines; single line breaks join with a space),
    ``- `` bullet lists and ``[^n]: text`` footnote lines. Footnote labels are local to
    the annotation; they get document-wide numbers in order of first reference."""
    labels: dict[str, int] = {}
    body = text.splitlines()
    if "[^" in text:  # what a footnote's definition and its references start with
        definitions: dict[str, str] = {}
        lines = body
        body = []
        for line in lines:
            match = _FOOTNOTE_DEF.match(line.strip()) if "[^" in line else None
            if match:
                definitions[match.group(1)] = match.group(2).strip()
            else:
                body.append(line)
        if definitions:
            # A reference holds no line break: looked for line by line, as in the text.
            for line in body:
                if "[^" in line:
                    for label in _REFERENCE.findall(line):
                        if label in definitions and label not in labels:
                            labels[label] = numbering.take()

    blocks: list[Block] = []
    paragraph: list[str] = []
    bullets: list[str] = []
    for raw in body:
        line = raw.strip()
        bullet = _BULLET.match(line) if line[:1] in _BULLET_MARKS else None
        if bullet:
            if paragraph:
                blocks.append(Block("paragraph", parse_inline(" ".join(paragraph), labels), ()))
                paragraph = []
            bullets.append(bullet.group(1).strip())
        elif line and bullets and raw[:1].isspace():
            bullets[-1] += " " + line          # continuation of a bullet
        else:
            if bullets:
                blocks.append(Block("list", (), tuple([parse_inline(b, labels) for b in bullets])))
                bullets = []
            if line:
                paragraph.append(line)
            elif paragraph:  # a blank line ends the paragraph
                blocks.append(Block("paragraph", parse_inline(" ".join(paragraph), labels), ()))
                paragraph = []
    if paragraph:
        blocks.append(Block("paragraph", parse_inline(" ".join(paragraph), labels), ()))
    if bullets:
        blocks.append(Block("list", (), tuple([parse_inline(b, labels) for b in bullets])))
    if not labels:
        return tuple(blocks), ()
    # labels were numbered in the order they were added
    return tuple(blocks), tuple([Footnote(number, parse_inline(definitions[label], labels))
                                 for label, number in labels.items()])
