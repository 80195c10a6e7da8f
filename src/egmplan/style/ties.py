"""No-break rules: where a UN document never breaks a line ("6 April", "10 a.m.",
"15 h 30", "6 апреля"), written as a no-break space. Each language's dates.py lists its
patterns; :func:`tie` applies them (UN typing practice: UN-STYLE.md)."""

from __future__ import annotations

import re
from datetime import date

NBSP = "\u00a0"


def tie(text: str, patterns: tuple[re.Pattern, ...]) -> str:
    """``text`` with each space a pattern matches made a no-break space."""
    for pattern in patterns:
        text = pattern.sub(NBSP, text)
    return text


def month_words(format_date) -> str:
    """An alternation of the month names as ``format_date`` writes them after the day
    (``avril``, ``апреля``, ``نيسان/أبريل``), escaped for a pattern."""
    words = []
    for month in range(1, 13):
        text = format_date(date(2001, month, 15), year=False)
        words.append(text[text.index("15") + 2:].strip())
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
