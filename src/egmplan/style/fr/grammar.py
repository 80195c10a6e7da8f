"""French: the language's code and script direction, numbers and ordinals in words and
figures, and the grammar the other modules share (agreement, plurals, capitals)."""

from __future__ import annotations

from egmplan.style.en import capitalize_first  # the same in French

LANGUAGE = "fr"
DIRECTION = "ltr"

APOSTROPHE = "\u2019"

_KINDS = {"meeting": "réunion", "session": "session"}   # both feminine

_UNITS = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize",
)
_TENS = ("", "dix", "vingt", "trente", "quarante", "cinquante", "soixante")


def kind_word(kind: str) -> str:
    """``réunion`` for a meeting, ``session`` for a session."""
    return _KINDS.get(kind, kind)


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _under_hundred(n: int) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return f"dix-{_UNITS[n - 10]}"
    tens, unit = divmod(n, 10)
    if tens == 7:
        return "soixante et onze" if unit == 1 else f"soixante-{_under_hundred(10 + unit)}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_UNITS[unit]}"
    if tens == 9:
        return f"quatre-vingt-{_under_hundred(10 + unit)}"
    if unit == 0:
        return _TENS[tens]
    return f"{_TENS[tens]} et un" if unit == 1 else f"{_TENS[tens]}-{_UNITS[unit]}"


def number_word(n: int, feminine: bool = False) -> str:
    """Cardinal in words, 0..999, traditional spelling: ``vingt et un``, ``soixante et onze``,
    ``quatre-vingts``, ``quatre-vingt-un``, ``cent``, ``deux cents``, ``deux cent un``.
    ``feminine``: ``une``, ``vingt et une``."""
    _check_range(n, 0)
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        text = _under_hundred(rest)
    else:
        head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
        text = (head + ("s" if hundreds > 1 else "")) if rest == 0 else f"{head} {_under_hundred(rest)}"
    if feminine and (text == "un" or text.endswith((" un", "-un"))):
        text += "e"
    return text


def ordinal_word(n: int, masculine: bool = False) -> str:
    """Spelled-out ordinal, lower case, 1..999. Feminine by default, as ``réunion`` and
    ``session`` are: ``première``; ``masculine``: ``premier``. Then ``deuxième``,
    ``sixième``, ``vingt et unième``, ``soixante-quatrième``, ``quatre-vingtième``,
    ``centième``, ``cent unième``."""
    _check_range(n, 1)
    if n == 1:
        return "premier" if masculine else "première"
    words = number_word(n)
    for ending, replacement in (("cinq", "cinquième"), ("neuf", "neuvième"), ("cents", "centième"),
                                ("vingts", "vingtième")):
        if words.endswith(ending):
            return words[: -len(ending)] + replacement
    if words.endswith("e"):
        return words[:-1] + "ième"
    return words + "ième"


def ordinal_figure(n: int, feminine: bool = False) -> str:
    """Ordinal in figures: ``1er`` (``1re`` feminine), ``2e``, ``21e``, ``101e``."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    if n == 1:
        return "1re" if feminine else "1er"
    return f"{n}e"


def plural(n: int, singular: str, plural: str | None = None, feminine: bool = False) -> str:
    """``n`` in words with the noun agreeing: ``une séance``, ``trois jours``. The plural
    defaults to adding ``s`` to each word (``séance plénière`` -> ``séances plénières``)."""
    if n <= 1:
        noun = singular
    elif plural is not None:
        noun = plural
    else:
        noun = " ".join(w if w.endswith(("s", "x", "z")) else w + "s" for w in singular.split(" "))
    return f"{number_word(n, feminine)} {noun}"


# --- text helpers ------------------------------------------------------------------------

def _elided(preposition: str, word: str) -> str:
    """``de Vienne``, ``d’Addis-Abeba``."""
    if preposition == "de" and word[:1].lower() in "aeiouyâàéèêëîïôûüh":
        return f"d{APOSTROPHE}{word}"
    return f"{preposition} {word}"


_FEMININE_HEADS = ("commission", "conférence", "assemblée", "réunion", "session", "cour", "consultation",
                   "instance", "équipe", "plateforme", "table")


def of_body(name: str) -> str:
    """The body's name after "de" with its article: ``du Groupe d’experts``,
    ``de la Commission …``, ``de l’Instance …`` (gender from the first word: a documented default)."""
    head = name.split(" ", 1)[0].lower()
    if head[:1] in "aeiouyâàéèêëîïôûüh":
        return f"de l{APOSTROPHE}{name}"
    if head in _FEMININE_HEADS:
        return f"de la {name}"
    return f"du {name}"
