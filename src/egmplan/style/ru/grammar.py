"""Russian: the language's code and script direction, numbers and ordinals in words and
figures, and the grammar the other modules share (agreement, plurals, capitals)."""

from __future__ import annotations

from egmplan.style import cldr

LANGUAGE = "ru"
DIRECTION = "ltr"

# What a gathering is called, with the grammatical gender its ordinal agrees with.
_KINDS = {"meeting": ("совещание", "n"), "session": ("сессия", "f")}

_UNITS = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
          "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
          "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")
_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
         "восемьдесят", "девяносто")
_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
             "восемьсот", "девятьсот")
# Masculine nominative ordinals (UN Russian writes "е", not "ё": "четвертый").
_ORDINAL_UNITS = ("", "первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой",
                  "восьмой", "девятый", "десятый", "одиннадцатый", "двенадцатый", "тринадцатый",
                  "четырнадцатый", "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый",
                  "девятнадцатый")
_ORDINAL_TENS = ("", "", "двадцатый", "тридцатый", "сороковой", "пятидесятый", "шестидесятый",
                 "семидесятый", "восьмидесятый", "девяностый")
_ORDINAL_HUNDREDS = ("", "сотый", "двухсотый", "трехсотый", "четырехсотый", "пятисотый",
                     "шестисотый", "семисотый", "восьмисотый", "девятисотый")

# Nouns the product counts, by their English key: (one, few, many) forms and gender
# (CLDR's categories choose the form: 1, 21 one; 2-4 few; 5-20 many).
_NOUNS = {
    "plenary meeting": (("пленарное заседание", "пленарных заседания", "пленарных заседаний"), "n"),
    "meeting": (("заседание", "заседания", "заседаний"), "n"),
    "sitting": (("заседание", "заседания", "заседаний"), "n"),
    "day": (("день", "дня", "дней"), "m"),
    "session": (("сессия", "сессии", "сессий"), "f"),
    "hour": (("час", "часа", "часов"), "m"),
    "minute": (("минута", "минуты", "минут"), "f"),
    "participant": (("участник", "участника", "участников"), "m"),
    "panellist": (("докладчик", "докладчика", "докладчиков"), "m"),
}


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _cardinal(n: int, gender: str = "m") -> str:
    """0..999 in words; the last word agrees in gender for 1 and 2 (одна, одно, две)."""
    if n == 0:
        return _UNITS[0]
    hundreds, rest = divmod(n, 100)
    words = [_HUNDREDS[hundreds]] if hundreds else []
    if rest >= 20:
        tens, rest = divmod(rest, 10)
        words.append(_TENS[tens])
    if rest:
        unit = _UNITS[rest]
        if rest == 1:
            unit = {"f": "одна", "n": "одно"}.get(gender, unit)
        elif rest == 2:
            unit = "две" if gender == "f" else unit
        words.append(unit)
    return " ".join(words)


def number_word(n: int) -> str:
    """Cardinal in words for 0..999: ``ноль``, ``шесть``, ``двадцать один``, ``сто пять``."""
    _check_range(n, 0)
    return _cardinal(n)


def _agree(word: str, gender: str) -> str:
    """A masculine ordinal in another gender: ``первый`` -> ``первая``/``первое``."""
    if gender == "m":
        return word
    if word.endswith("ий"):  # третий
        return word[:-2] + ("ья" if gender == "f" else "ье")
    return word[:-2] + ("ая" if gender == "f" else "ое")


def ordinal_word(n: int, gender: str = "n") -> str:
    """Spelled-out ordinal, lower case, for 1..999, agreeing with ``gender`` (``n``: совещание,
    ``f``: сессия, ``m``): ``седьмое``, ``шестая``, ``шестьдесят четвертая``, ``сотое``."""
    _check_range(n, 1)
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return _agree(_ORDINAL_HUNDREDS[hundreds], gender)
    words = [_HUNDREDS[hundreds]] if hundreds else []
    if rest < 20:
        words.append(_agree(_ORDINAL_UNITS[rest], gender))
    else:
        tens, unit = divmod(rest, 10)
        if unit:
            words += [_TENS[tens], _agree(_ORDINAL_UNITS[unit], gender)]
        else:
            words.append(_agree(_ORDINAL_TENS[tens], gender))
    return " ".join(words)


def ordinal_figure(n: int) -> str:
    """Ordinal in figures for numbered sittings: ``1-е``, ``21-е`` (neuter: заседание)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    return f"{n}-е"


def _kind(kind: str) -> tuple[str, str]:
    return _KINDS.get(kind, (kind, "n"))


# --- text helpers ------------------------------------------------------------------------

def capitalize_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def plural(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` in words with the noun in the form CLDR's plural rules ask for: ``один день``,
    ``два дня``, ``пять дней``, ``двадцать один день``, ``шесть пленарных заседаний``.
    ``singular`` is the English key of a noun egmplan counts (``plenary meeting``, ``day``);
    another word is printed as given (``plural`` for every n but 1). ValueError outside 0..999."""
    _check_range(n, 0)
    if singular in _NOUNS:
        (one, few, many), gender = _NOUNS[singular]
        noun = {"one": one, "few": few}.get(cldr.plural_category(LANGUAGE, n), many)
        return f"{_cardinal(n, gender)} {noun}"
    noun = singular if n == 1 else (plural or singular)
    return f"{_cardinal(n)} {noun}"
