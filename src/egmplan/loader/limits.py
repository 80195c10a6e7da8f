"""Every limit a meeting file is held to, in one table, so that what validates builds.

Each limit is at or inside the tightest limit of the steps after the loader (Word,
HTML, the calendar files, the time-zone data, Python itself); ``reason`` names the
step. The loader's specs read their bounds from here, ``docs/checking.md`` prints this
table (``tools/gen_docs.py``), and ``tests/test_limits.py`` builds every format just
inside each limit and checks the exact message just outside it.
"""

from __future__ import annotations

import re
from datetime import date


class Limit:
    """One row of the table (a plain class: a dataclass would cost start-up time)."""

    __slots__ = ("what", "applies_to", "low", "high", "reason")

    def __init__(self, what: str, applies_to: str, low, high, reason: str):
        self.what = what              # how a message names the value ("a symbol")
        self.applies_to = applies_to  # the keys it applies to, for the docs
        self.low, self.high, self.reason = low, high, reason


FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2199, 12, 31)

TEXT = {
    "line": Limit("a single-line text", "titles, names, labels, venue, body and other single-line text",
                  1, 1_000, "far above any UN title; keeps a spreadsheet cell and a calendar summary readable"),
    "paragraph": Limit("an annotation", "`annotation` (several lines)", 1, 100_000,
                       "a long annotation is a few thousand characters; Word output stays fast"),
    "symbol": Limit("a symbol", "`symbol` of the meeting and of documents", 1, 255,
                    "Word's document properties (keywords, identifier) hold at most 255 characters"),
    "key": Limit("a key", "`key` of an item, and row references", 1, 64,
                 "a key is a short name"),
    "address": Limit("an address", "`address` and `addresses` of documents and statements", 1, 2_000,
                     "browsers and servers handle addresses of up to about 2,000 characters"),
}

# Integers: the upper bound (the lower bound is each key's own, in docs/meeting-format.md).
INTEGER = {
    "number": Limit("number", "`meeting.number`", None, 999, 'ordinal words ("nine hundred and ninety-ninth")'),
    "revision": Limit("revision", "`meeting.revision`", None, 999,
                      "calendar SEQUENCE numbers stop at 2,147,483,647 (RFC 5545)"),
    "estimated_minutes": Limit("estimated minutes", "`estimated_minutes`", None, 527_040,
                               "an item cannot take longer than the longest meeting (366 days)"),
    "speaking_minutes": Limit("minutes", "`speaking.statement_minutes`, `speaking.presentation_minutes`",
                              None, 1_440, "a statement or presentation lasts at most a day"),
    "year": Limit("year", "`period.start`, `period.end` of a series' workplan", None, 2_199,
                  "the last year of the dates handled"),
    "count": Limit("count", "`speaking.connections`, `delegates`, `speakers.statements`, "
                   "`speakers.presentations`", None, 100_000,
                   "Python refuses to read integers of more than 4,300 digits; `suggest` weighs in floating point"),
}

DATES = Limit("dates", "every date in the file, and the day each deadline falls on", FIRST_DATE, LAST_DATE,
              "calendar files and the time-zone data need a year before and after every date; "
              "before 1900 most zones are local mean time")
MEETING_DAYS = 366
# Every schedule converts each sitting to each zone asked for: `--tz all` is 313 zones, so a
# thousand sittings are 313,000 conversions (seconds, and half a gigabyte for its JSON).
# The longest UN sessions hold a few hundred plenary sittings.
MEETING_SITTINGS = 1_000

# Characters no output can hold: C0 and C1 controls (tab and, in several-line text, line
# feeds apart), the Unicode line and paragraph separators, and the 66 noncharacters
# (XML 1.0, hence Word, HTML and the .ics readers, refuses U+FFFE and U+FFFF).
_FORBIDDEN_CLASS = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
# The same characters found by a class re tests quickly (the characters below U+1FFFE and
# one range above) and, only for a character above, the exact class looked back on: re tests
# the 32 noncharacters above U+FFFF one by one at every position of every text otherwise
# (a catalogue's 22,000 characters: 1.1 ms, now 0.15 ms).
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufdd0-\ufdef\ufffe\uffff\U0001fffe-\U0010ffff]"
    f"(?<={_FORBIDDEN_CLASS})"
)
# Explicit embeddings, overrides and isolates: they reorder the text around them on screen
# (the "Trojan Source" trick), so they are shown to the user.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

# Letters and symbols that print as nothing; with format characters (zero-width space,
# joiners), combining marks and spaces they make a text that looks empty.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
_VISIBLE_ASCII = re.compile(r"[!-~]")


def forbidden_character_message(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if 0xFDD0 <= ord(char) <= 0xFDEF or (ord(char) & 0xFFFE) == 0xFFFE:
        return (f"contains {code}, a Unicode noncharacter that Word, HTML and calendar files cannot hold; "
                "remove it")
    return f"contains the control character {code}; remove it"


def looks_empty(text: str) -> bool:
    """True when every character of ``text`` prints as nothing."""
    if _VISIBLE_ASCII.search(text):
        return False
    import unicodedata

    return all(
        ch in _BLANK_LETTERS or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Zs", "Zl", "Zp", "Cc")
        for ch in text
    )


def bidi_warning(text: str) -> str | None:
    if text.isascii():  # answered without reading the text; every bidirectional control is beyond ASCII
        return None
    found = BIDI_CONTROLS.findall(text)
    if not found:
        return None
    found = sorted(set(found))
    import unicodedata

    names = ", ".join(f"U+{ord(ch):04X} ({unicodedata.name(ch)})" for ch in found)
    if len(found) == 1:
        return (f"contains the bidirectional control character {names}, which reorders how the text around it "
                "is displayed; remove it unless it is intended")
    return (f"contains the bidirectional control characters {names}, which reorder how the text around them "
            "is displayed; remove them unless they are intended")


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


DATES_HANDLED = f"the dates egmplan handles ({FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()})"


def outside_dates_message(day: str) -> str:
    return f"{day} is outside {DATES_HANDLED}"


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` -> a date inside :data:`DATES`; ValueError saying why not otherwise
    (the text must already have the shape ``\\d{4}-\\d{2}-\\d{2}``)."""
    year, month, day = int(text[0:4]), int(text[5:7]), int(text[8:10])
    if not FIRST_DATE.year <= year <= LAST_DATE.year:
        raise ValueError(outside_dates_message(text))
    try:
        return date(year, month, day)
    except ValueError:
        pass
    if not 1 <= month <= 12:
        raise ValueError(f"{text} is not a real date (months run from 01 to 12)")
    if day == 0:
        raise ValueError(f"{text} is not a real date (days run from 01)")
    import calendar

    days = calendar.monthrange(year, month)[1]
    raise ValueError(f"{text} is not a real date ({_MONTHS[month - 1]} {year} has {days} days)")


def markdown_table() -> str:
    """The table of limits in docs/checking.md (spliced in by tools/gen_docs.py)."""
    rows = ["| limit | applies to | allowed | why |", "|---|---|---|---|"]
    for limit in TEXT.values():
        rows.append(f"| length of {limit.what} | {limit.applies_to} | {limit.low:,} to {limit.high:,} characters "
                    f"| {limit.reason} |")
    for limit in INTEGER.values():
        rows.append(f"| {limit.what} | {limit.applies_to} | at most {limit.high:,} | {limit.reason} |")
    rows.append(f"| dates | {DATES.applies_to} | {FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()} "
                f"| {DATES.reason} |")
    rows.append(f"| length of a meeting | `meeting.dates` | at most {MEETING_DAYS} days | one year of sittings |")
    rows.append(f"| sittings | `sittings` (all dates together) | at most {MEETING_SITTINGS:,} | a schedule converts "
                "each sitting to each zone (313 for `--tz all`); the longest UN sessions hold a few hundred |")
    rows.append("| characters | every text | no control characters (tab and, in annotations, line breaks "
                "apart), no U+2028/U+2029, no Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…) "
                "| XML 1.0 (Word, HTML, calendar readers) cannot hold them |")
    rows.append("| visible text | every text | at least one character that prints (not only spaces, "
                "zero-width or combining characters) | an empty title would print as nothing |")
    rows.append("| bidirectional controls | every text | U+202A–U+202E and U+2066–U+2069 are accepted with a "
                "warning | they reorder how the text around them is displayed |")
    return "\n".join(rows) + "\n"
