"""English: the language's code and script direction, numbers and ordinals in words and
figures, and the grammar the other modules share (agreement, plurals, capitals)."""

from __future__ import annotations

LANGUAGE = "en"
DIRECTION = "ltr"

_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_UNITS = (
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)
_ORDINAL_TENS = (
    "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
    "eightieth", "ninetieth",
)


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _under_hundred(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] if unit == 0 else f"{_TENS[tens]}-{_UNITS[unit]}"


def number_word(n: int) -> str:
    """Cardinal in words for 0..999, British/UN style with ``and``.

    ``zero``, ``six``, ``twenty-one``, ``one hundred``, ``one hundred and five``,
    ``nine hundred and ninety-nine``. ValueError outside 0..999.
    """
    _check_range(n, 0)
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _under_hundred(rest)
    head = f"{_UNITS[hundreds]} hundred"
    return head if rest == 0 else f"{head} and {_under_hundred(rest)}"


def ordinal_word(n: int) -> str:
    """Spelled-out ordinal, lower case, for 1..999 (UN-STYLE O1).

    ``first``, ``twelfth``, ``twentieth``, ``twenty-sixth``, ``sixty-fourth``,
    ``one hundredth``, ``one hundred and first``. ValueError outside 1..999.
    """
    _check_range(n, 1)
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return f"{_UNITS[hundreds]} hundredth"
    if rest < 20:
        tail = _ORDINAL_UNITS[rest]
    else:
        tens, unit = divmod(rest, 10)
        tail = _ORDINAL_TENS[tens] if unit == 0 else f"{_TENS[tens]}-{_ORDINAL_UNITS[unit]}"
    return tail if hundreds == 0 else f"{_UNITS[hundreds]} hundred and {tail}"


def ordinal_figure(n: int) -> str:
    """Ordinal in figures for numbered sittings (UN-STYLE O2), n >= 1.

    ``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``-``13th``, ``21st``, ``101st``, ``112th``.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    if n % 100 in (11, 12, 13):
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- text helpers ------------------------------------------------------------------------

def capitalize_first(s: str) -> str:
    """Upper-case the first character only (O1: ``Sixty-fourth session``)."""
    return s[:1].upper() + s[1:]


def _default_plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def plural(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` in words with the noun agreeing: ``one day``, ``six plenary meetings``.

    The plural defaults to a regular English plural of ``singular``
    (``-s``, ``-es``, consonant + ``y`` -> ``-ies``). ValueError outside 0..999.
    """
    noun = singular if n == 1 else (plural if plural is not None else _default_plural(singular))
    return f"{number_word(n)} {noun}"
