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
    if "[" not in text or "[^" not in text or not labels:  # one character is looked for faster
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
    definitions: dict[str, str] = {}
    # The blocks' texts, in order: a paragraph's lines joined, or the list of a list's bullets.
    pieces: list[str | list[str]] = []
    paragraph: list[str] = []
    bullets: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        first = line[:1]
        if first == "[" and line.startswith("[^"):
            match = _FOOTNOTE_DEF.match(line)
            if match:  # a definition is no line of the text around it
                definitions[match.group(1)] = match.group(2).strip()
                continue
        bullet = _BULLET.match(line) if first in _BULLET_MARKS else None
        if bullet:
            if paragraph:
                pieces.append(" ".join(paragraph))
                paragraph = []
            bullets.append(bullet.group(1).strip())
        elif line and bullets and raw[:1].isspace():
            bullets[-1] += " " + line          # continuation of a bullet
        else:
            if bullets:
                pieces.append(bullets)
                bullets = []
            if line:
                paragraph.append(line)
            elif paragraph:  # a blank line ends the paragraph
                pieces.append(" ".join(paragraph))
                paragraph = []
    if paragraph:
        pieces.append(" ".join(paragraph))
    if bullets:
        pieces.append(bullets)

    labels: dict[str, int] = {}
    if definitions:
        # Numbered in order of first reference in the text. Each line of the text is in one
        # piece, the pieces in order, joined with spaces, which no reference holds.
        for piece in pieces:
            for part in (piece,) if type(piece) is str else piece:
                if "[" in part:
                    for label in _REFERENCE.findall(part):
                        if label in definitions and label not in labels:
                            labels[label] = numbering.take()
    blocks = tuple([Block("paragraph", parse_inline(piece, labels), ()) if type(piece) is str
                    else Block("list", (), tuple([parse_inline(b, labels) for b in piece]))
                    for piece in pieces])
    if not labels:
        return blocks, ()
    # labels were numbered in the order they were added
    return blocks, tuple([Footnote(number, parse_inline(definitions[label], labels))
                          for label, number in labels.items()])
