"""How many terminal columns a text takes: East Asian wide and full-width characters two
(Unicode East_Asian_Width W and F, UAX #11), combining marks none, every other character one.
Plain-text layouts align and wrap by it (render/wrapping.py, the planning reports' tables in
style/, the terminal's long schedule)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def display_width(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two, combining marks none."""
    if text.isascii():
        return len(text)
    if len(text) <= 64:  # table cells and labels, measured again and again ("10 a.m.–1 p.m.")
        return _short_width(text)
    return _width(text)


def _width(text: str) -> int:
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if is_wide(char) else 1
    return width


_short_width = lru_cache(maxsize=4096)(_width)


def ljust(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` columns."""
    return text + " " * (width - display_width(text))
