"""Greedy line filling that gives exactly what ``textwrap.wrap`` gives with
``break_on_hyphens=False`` (and the other settings at their defaults), a line at a time.

``textwrap`` splits the text into chunks (runs of whitespace, runs of anything else) and
moves them one by one in Python; plain text wraps thousands of paragraphs a build, and that
loop was a quarter of its time. Here each line is found with one search back from its last
column. When the text holds whitespace other than the space (a tab, a no-break space...),
``textwrap`` itself does the work: its rules for those (tabs expanded, a no-break space is a
word for splitting but whitespace for dropping) are not repeated here.
``tests/test_wrapping.py`` compares the two on random texts, widths and indents.

Text with East Asian wide or full-width characters (Chinese) is measured in terminal
columns, not characters: such a character takes two (Unicode's East_Asian_Width W and F,
UAX #11), and a line may break between two of them, where there is no space. It never
breaks before closing punctuation (``，。；：）」`` ...) nor after opening punctuation
(``（「`` ...): the kinsoku rules of Chinese and Japanese typesetting (JIS X 4051, W3C
"Requirements for Chinese Text Layout"). :func:`wrap_lines` sends such text to
:func:`_wrap_wide`; Latin text never reaches it and wraps as before, byte for byte.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata

from egmplan.textwidth import display_width, is_wide as _is_wide

_OTHER_WHITESPACE = re.compile(r"[^\S ]")  # str.isspace() and not " "
_SPACES = re.compile(" +")
# The high bytes of the UTF-16 code units of every East Asian wide or full-width character
# (U+1100-115F, U+231A-27BF, U+2B1B-2B55, U+2E80-A4CF, U+A960-A97F, U+AC00-D7A3,
# U+F900-FAFF, U+FE10-FFE6 and, through their surrogates, the planes above): a text none of
# whose code units has one is narrow throughout, found in one pass in C. A superset: the
# characters are then checked one by one; tests/test_wrapping.py proves it misses none.
_WIDE_HIGH_BYTES = {0x11, *range(0x23, 0x28), 0x2B, *range(0x2E, 0xA5), 0xA9, *range(0xAC, 0xDC), 0xF9, 0xFA,
                    0xFE, 0xFF}
_NARROW_HIGH_BYTES = bytes(b for b in range(256) if b not in _WIDE_HIGH_BYTES)
# Kinsoku: never at the start of a line (closing brackets, stops, commas, small kana)...
NO_BREAK_BEFORE = frozenset(
    "，。、；：！？）」』》〉】〕〗〙〛〞〟’”…‥・ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    "．，：；！？）］｝｣､)]},.;:!?%")
# ... never at the end of one (opening brackets and quotes).
NO_BREAK_AFTER = frozenset("（「『《〈【〔〖〘〚〝‘“［｛｢([{")


_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def is_printable(text: str) -> bool:
    """``text.isprintable()``; for ASCII text, bytes.translate deleting the printable
    characters says it in one pass, about twice as fast (a paragraph of the text agenda)."""
    if text.isascii():
        return not text.encode().translate(None, _PRINTABLE_ASCII)
    return text.isprintable()


def wrap_lines(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "",
               break_long_words: bool = True) -> list[str]:
    """``textwrap.wrap(text, width, initial_indent=..., subsequent_indent=...,
    break_long_words=..., break_on_hyphens=False)``."""
    return wrap_printable(text, width, initial_indent, subsequent_indent, break_long_words, is_printable(text))


def wrap_printable(text: str, width: int, initial_indent: str, subsequent_indent: str, break_long_words: bool,
                   printable: bool) -> list[str]:
    """:func:`wrap_lines` for a caller that knows already whether ``text.isprintable()``."""
    if width > 0 and not text.isascii() and has_wide(text):
        return _wrap_wide(text, width, initial_indent, subsequent_indent, break_long_words)
    # Every whitespace character but the space is unprintable (str.isprintable: categories
    # Cc, Zs but the space, Zl, Zp): a printable text needs no search for them.
    if width <= 0 or (not printable and _OTHER_WHITESPACE.search(text)):
        return textwrap.wrap(text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent,
                             break_long_words=break_long_words, break_on_hyphens=False)
    if len(text) <= width - len(initial_indent):
        # The whole text fits on its first line (no wide character: a character is a column).
        line = text.rstrip(" ")
        return [initial_indent + line] if line else []
    if (width > len(initial_indent) and width > len(subsequent_indent) and text[0] != " "  # (not empty here)
            and (not break_long_words or len(initial_indent) == len(subsequent_indent))):
        lines = _narrow_lines(text.rstrip(" "), width - len(initial_indent), width - len(subsequent_indent),
                              break_long_words)
        if lines is not None:
            if not initial_indent and not subsequent_indent:
                return lines  # a table cell
            return [initial_indent + lines[0], *[subsequent_indent + line for line in lines[1:]]]
    return _chunk_lines(text, width, initial_indent, subsequent_indent, break_long_words)


def fill_printable(text: str, width: int, initial_indent: str, subsequent_indent: str, printable: bool) -> str:
    """``"\n".join(wrap_printable(text, width, initial_indent, subsequent_indent, False, printable))``:
    the plain-text agenda's paragraphs, joined in one call (no list of indented lines)."""
    if (printable and width > len(initial_indent) and width > len(subsequent_indent) and text[:1] not in ("", " ")
            and (text.isascii() or not has_wide(text))):
        if len(text) <= width - len(initial_indent):
            return initial_indent + text.rstrip(" ")
        return initial_indent + ("\n" + subsequent_indent).join(
            _narrow_lines(text.rstrip(" "), width - len(initial_indent), width - len(subsequent_indent), False))
    return "\n".join(wrap_printable(text, width, initial_indent, subsequent_indent, False, printable))


def _narrow_lines(text: str, first_room: int, room: int, break_long_words: bool) -> list[str] | None:
    """The lines (without their indents) that textwrap makes of ``text``, printable and narrow,
    neither starting nor ending with a space, in lines of ``first_room`` characters, then ``room``
    (both at least one). A line ends at the last space within its room, or, when there is
    none, after its first word, which is longer than the line: ``None`` then if
    ``break_long_words`` (textwrap would cut that word, and any other longer than a line,
    at the line's end; :func:`_chunk_lines` does). With ``break_long_words`` both rooms must be
    the same: textwrap cuts a word longer than the line it does not fit on, even when the
    next line, wider, would hold it."""
    size = len(text)
    lines: list[str] = []
    start = 0
    limit = first_room
    while limit < size:
        end = text.rfind(" ", start, limit + 1)
        if end < 0:  # text[start] is never a space
            if break_long_words:
                return None
            end = text.find(" ", limit)
            if end < 0:
                lines.append(text[start:])
                return lines
            lines.append(text[start:end])
        else:
            lines.append(text[start:end].rstrip(" "))
        start = end + 1  # before the text's last character, which is not a space
        if text[start] == " ":  # a line after the first drops the spaces it would begin with
            start = _SPACES.match(text, start).end()
        limit = start + room
    lines.append(text[start:])
    return lines


def _chunk_lines(text: str, width: int, initial_indent: str, subsequent_indent: str,
                 break_long_words: bool) -> list[str]:
    """:func:`wrap_printable`'s lines for narrow text without whitespace but the space, longer
    than its first line, by textwrap's chunks: leading spaces, long words cut, an indent as
    wide as the line."""
    # textwrap's chunks are here maximal runs of spaces and of non-spaces; a line takes chunks
    # while they fit, so it ends at the last chunk boundary within its width.
    lines: list[str] = []
    size = len(text)
    start = 0
    while start < size:
        if lines:
            indent = subsequent_indent
            if text[start] == " ":  # a line after the first drops the spaces it would begin with
                start += 1
                if start < size and text[start] == " ":
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




def may_be_wide(text: str) -> bool:
    """Whether ``text`` may hold a wide character (never False when it does)."""
    return bool(text.encode("utf-16-be")[0::2].translate(None, _NARROW_HIGH_BYTES))


def has_wide(text: str) -> bool:
    """Whether ``text`` holds an East Asian wide or full-width character."""
    return may_be_wide(text) and any(map(_is_wide, text))




def _segments(text: str) -> list[tuple[str, int, bool]]:
    """``text`` cut at its break opportunities: ``(piece, columns, is_space)``. A run of
    spaces is one segment (where textwrap would break), so is a run of narrow characters (a
    word); a wide character is a segment of its own, glued to its neighbours by kinsoku."""
    atoms: list[tuple[str, bool, bool]] = []  # (text, is_space, is_wide)
    # A no-break space is a character of its word, never part of a run of spaces (a run
    # "\xa0 " measured as one character raised TypeError).
    for match in re.finditer(r"[^\S\xa0]+|\S|\xa0", text):
        piece = match.group()
        space = piece[0].isspace() and piece[0] != "\xa0"
        wide = not space and _is_wide(piece)
        if atoms and not space and not wide and not atoms[-1][1] and not atoms[-1][2]:
            atoms[-1] = (atoms[-1][0] + piece, False, False)  # a narrow word grows
        elif space:
            atoms.append((" " * len(piece), True, False))
        else:
            atoms.append((piece, False, wide))
    segments: list[list] = []
    for index, (piece, space, wide) in enumerate(atoms):
        if segments and not space and not atoms[index - 1][1]:
            before = atoms[index - 1][0]
            glued = (not wide and not atoms[index - 1][2]) or piece[0] in NO_BREAK_BEFORE \
                or before[-1] in NO_BREAK_AFTER
            if glued:
                segments[-1][0] += piece
                continue
        segments.append([piece, space])
    # Spaces before closing or after opening punctuation are no place to break either.
    merged: list[list] = []
    for piece, space in segments:
        if (not space and len(merged) >= 2 and merged[-1][1] and not merged[-2][1]
                and (piece[0] in NO_BREAK_BEFORE or merged[-2][0][-1] in NO_BREAK_AFTER)):
            blank = merged.pop()
            merged[-1][0] += blank[0] + piece
        else:
            merged.append([piece, space])
    return [(piece, display_width(piece), space) for piece, space in merged]


def _cut(piece: str, room: int) -> int:
    """How many characters of ``piece`` fill ``room`` columns (0 when not even one fits),
    stepping back so that the rest does not start with closing punctuation (nor the cut piece
    end with opening punctuation) where that leaves something on the line."""
    used = 0
    cut = 0
    for char in piece:
        step = 0 if unicodedata.combining(char) else (2 if _is_wide(char) else 1)
        if used + step > room:
            break
        used += step
        cut += 1
    back = cut
    while 1 < back < len(piece) and (piece[back] in NO_BREAK_BEFORE or piece[back - 1] in NO_BREAK_AFTER):
        back -= 1
    return back if back > 1 else cut


def _wrap_wide(text: str, width: int, initial_indent: str, subsequent_indent: str,
               break_long_words: bool) -> list[str]:
    """Greedy filling by display width (textwrap's rules for spaces and long words), breaking
    also between wide characters, never against kinsoku."""
    chunks = _segments(text)
    chunks.reverse()
    lines: list[str] = []
    while chunks:
        indent = subsequent_indent if lines else initial_indent
        room = width - display_width(indent)
        if lines and chunks[-1][2]:
            chunks.pop()  # a line after the first drops the spaces it would begin with
            if not chunks:
                break
        line: list[tuple[str, int, bool]] = []
        used = 0
        while chunks and used + chunks[-1][1] <= room:
            chunk = chunks.pop()
            line.append(chunk)
            used += chunk[1]
        if chunks and chunks[-1][1] > room:
            piece, _, space = chunks[-1]
            cut = _cut(piece, room - used) if break_long_words else 0
            if break_long_words and not line:
                cut = max(cut, 1)  # a line holds at least one character
            if cut:
                head, rest = piece[:cut], piece[cut:]
                line.append((head, display_width(head), space))
                if rest:
                    chunks[-1] = (rest, display_width(rest), space)
                else:
                    chunks.pop()
            elif not line:
                line.append(chunks.pop())
        while line and line[-1][2]:
            line.pop()
        if line:
            lines.append(indent + "".join(chunk[0] for chunk in line))
    return lines


def fill(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "",
         break_long_words: bool = True) -> str:
    """``textwrap.fill`` with the same settings as :func:`wrap_lines`."""
    return "\n".join(wrap_lines(text, width, initial_indent, subsequent_indent, break_long_words))
