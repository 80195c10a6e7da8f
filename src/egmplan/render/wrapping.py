"""Greedy line filling that gives exactly what ``textwrap.wrap`` gives with
``break_on_hyphens=False`` (and the other settings at their defaults), a line at a time.

``textwrap`` splits the text into chunks (runs of whitespace, runs of anything else) and
moves them one by one in Python; plain text wraps thousands of paragraphs a build, and that
loop was a quarter of its time. Here each line is found with one search back from its last
column. When the text holds whitespace other than the space (a tab, a no-break space...),
``textwrap`` itself does the work: its rules for those (tabs expanded, a no-break space is a
word for splitting but whitespace for dropping) are not repeated here.
``tests/test_wrapping.py`` compares the two on random texts, widths and indents.
"""

from __future__ import annotations

import re
import textwrap

_OTHER_WHITESPACE = re.compile(r"[^\S ]")  # str.isspace() and not " "
_SPACES = re.compile(" +")


def wrap_lines(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "",
               break_long_words: bool = True) -> list[str]:
    """``textwrap.wrap(text, width, initial_indent=..., subsequent_indent=...,
    break_long_words=..., break_on_hyphens=False)``."""
    if width <= 0 or _OTHER_WHITESPACE.search(text):
        return textwrap.wrap(text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent,
                             break_long_words=break_long_words, break_on_hyphens=False)
    # textwrap's chunks are here maximal runs of spaces and of non-spaces; a line takes chunks
    # while they fit, so it ends at the last chunk boundary within its width.
    lines: list[str] = []
    size = len(text)
    start = 0
    while start < size:
        if lines:
            indent = subsequent_indent
            if text[start] == " ":  # a line after the first drops the spaces it would begin with
                start = _SPACES.match(text, start).end()
                if start == size:
                    break
        else:
            indent = initial_indent
        room = width - len(indent)
        limit = start + room
        if limit >= size:
            line, start = text[start:].rstrip(" "), size
        else:
            if room <= 0:
                boundary = start
            elif text[limit] == " ":
                boundary = limit if text[limit - 1] != " " else start + len(text[start:limit].rstrip(" "))
            else:
                boundary = text.rfind(" ", start, limit) + 1 or start
            line = None
            if boundary == start or break_long_words:
                # The chunk after the boundary; textwrap acts on it only when it is longer than
                # the line's whole room (not only what is left of it).
                if text[boundary] == " ":
                    chunk_end = _SPACES.match(text, boundary).end()
                else:
                    chunk_end = text.find(" ", boundary)
                    if chunk_end < 0:
                        chunk_end = size
                if chunk_end - boundary > room:
                    if break_long_words:
                        cut = boundary + (room - (boundary - start) if room >= 1 else 1)
                        # The cut piece is the line's last chunk: dropped when it is spaces or
                        # empty, and then the chunk before it stays, even if it is spaces.
                        piece_is_text = cut > boundary and text[boundary] != " "
                        line = text[start:cut] if piece_is_text else text[start:boundary]
                        start = cut
                    elif boundary == start:
                        boundary = chunk_end  # a word longer than the line stands alone
            if line is None:
                line, start = text[start:boundary].rstrip(" "), boundary
        if line:
            lines.append(indent + line)
    return lines


def fill(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "",
         break_long_words: bool = True) -> str:
    """``textwrap.fill`` with the same settings as :func:`wrap_lines`."""
    return "\n".join(wrap_lines(text, width, initial_indent, subsequent_indent, break_long_words))
