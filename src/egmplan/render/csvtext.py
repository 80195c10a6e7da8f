"""The one way egmplan writes CSV: RFC 4180, and no cell a spreadsheet runs as a formula.

A spreadsheet opening a CSV file runs a cell that starts with ``=``, ``+``, ``-`` or ``@``
as a formula (``=HYPERLINK(...)``, ``=cmd|...``); a leading tab or carriage return hides
such a start from a naive check. Following OWASP's rule for CSV injection, such a cell is
written with a single quote in front, which spreadsheets show as text; the csv module
quotes every field that holds the delimiter, a quote or a line break. A plain signed number
or UTC offset (``-1``, ``+05:30``, ``-03``) names no function and is written as it is, so
the machine-readable columns stay machine-readable.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SIGNED_NUMBER = re.compile(r"[+-]?\d+(?:[.:]\d+)?")


def cell(value) -> str:
    """``value`` as a CSV cell that a spreadsheet reads as text, never as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not _SIGNED_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write(header: Iterable[str], rows: Iterable[Iterable]) -> str:
    """The header and rows as CSV text with CRLF line ends (RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([cell(c) for c in header])
    writer.writerows([cell(c) for c in row] for row in rows)
    return buffer.getvalue()
