"""Chinese: the language's code and script direction, numbers and ordinals in words and
figures, and the grammar the other modules share (agreement, plurals, capitals)."""

from __future__ import annotations

LANGUAGE = "zh"
DIRECTION = "ltr"

# What a gathering is called after its ordinal: 第七次会议 (a meeting), 第六届会议 (a session).
_KINDS = {"meeting": "次会议", "session": "届会议"}
_DIGITS = "零一二三四五六七八九"
# Nouns the product counts, by their English key: the measure word and the noun.
_NOUNS = {
    "plenary meeting": "次全体会议",
    "meeting": "次会议",
    "sitting": "次会议",
    "day": "天",
    "session": "届会议",
    "hour": "小时",
    "minute": "分钟",
    "participant": "名与会者",
    "panellist": "名小组成员",
}


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def number_word(n: int) -> str:
    """Chinese numerals for 0..999: ``零``, ``六``, ``十二``, ``二十一``, ``一百零五``, ``一百一十``."""
    _check_range(n, 0)
    if n == 0:
        return _DIGITS[0]
    hundreds, rest = divmod(n, 100)
    tens, unit = divmod(rest, 10)
    text = f"{_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    elif hundreds and unit:
        text += "零"
    if unit:
        text += _DIGITS[unit]
    return text


def ordinal_word(n: int) -> str:
    """``第七``, ``第六十四``, ``第一百零一`` for 1..999."""
    _check_range(n, 1)
    return f"第{number_word(n)}"


def ordinal_figure(n: int) -> str:
    """Numbered sittings in figures: ``第1``, ``第21``."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    return f"第{n}"


def _kind(kind: str) -> str:
    return _KINDS.get(kind, kind)


# --- text helpers ------------------------------------------------------------------------

def capitalize_first(s: str) -> str:
    """Chinese has no case; Latin text at the start is capitalised as in English."""
    return s[:1].upper() + s[1:]


def plural(n: int, singular: str, plural: str | None = None) -> str:
    """``六次全体会议``, ``三天``, ``两天``: the numeral, the measure word and the noun (Chinese has one
    form, CLDR's category is always ``other``). ``singular`` is the English key of a noun egmplan
    counts; another word follows the numeral as given."""
    _check_range(n, 0)
    numeral = "两" if n == 2 else number_word(n)  # before a measure word two is 两
    return f"{numeral}{_NOUNS.get(singular, singular)}"
