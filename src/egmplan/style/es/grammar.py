"""Spanish: the language's code and script direction, numbers and ordinals in words and
figures, and the grammar the other modules share (agreement, plurals, capitals)."""

from __future__ import annotations

from egmplan.style.en import capitalize_first  # the same in Spanish

LANGUAGE = "es"
DIRECTION = "ltr"

# kind -> (noun, feminine)
_KINDS = {"meeting": ("reunión", True), "session": ("período de sesiones", False)}

_UNITS = (
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
    "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
    "veintisiete", "veintiocho", "veintinueve",
)
_TENS = ("", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
_HUNDREDS = ("", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
             "setecientos", "ochocientos", "novecientos")

_ORDINAL_UNITS = ("", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo",
                  "noveno")
_ORDINAL_TEENS = ("décimo", "undécimo", "duodécimo", "decimotercero", "decimocuarto", "decimoquinto",
                  "decimosexto", "decimoséptimo", "decimoctavo", "decimonoveno")
_ORDINAL_TENS = ("", "", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo",
                 "septuagésimo", "octogésimo", "nonagésimo")
_ORDINAL_HUNDREDS = ("", "centésimo", "ducentésimo", "tricentésimo", "cuadringentésimo", "quingentésimo",
                     "sexcentésimo", "septingentésimo", "octingentésimo", "noningentésimo")


def kind_word(kind: str) -> str:
    """``reunión`` for a meeting, ``período de sesiones`` for a session."""
    return _KINDS.get(kind, (kind, True))[0]


def _feminine(kind: str) -> bool:
    return _KINDS.get(kind, (kind, True))[1]


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _under_hundred(n: int) -> str:
    if n < 30:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] if unit == 0 else f"{_TENS[tens]} y {_UNITS[unit]}"


def number_word(n: int, feminine: bool = False, before_noun: bool = False) -> str:
    """Cardinal in words, 0..999: ``uno``, ``veintiuno``, ``treinta y uno``, ``cien``,
    ``ciento uno``, ``quinientos``. ``feminine``: ``una``, ``veintiuna``, ``doscientas``;
    ``before_noun`` (masculine): ``un``, ``veintiún``, ``treinta y un``."""
    _check_range(n, 0)
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        text = _under_hundred(rest)
    elif n == 100:
        text = "cien"
    else:
        head = _HUNDREDS[hundreds]
        if feminine and hundreds > 1:
            head = head[:-2] + "as"
        text = head if rest == 0 else f"{head} {_under_hundred(rest)}"
    if text.endswith("veintiuno"):
        text = text[:-3] + ("una" if feminine else "ún" if before_noun else "uno")
    elif text.endswith("uno") and (text == "uno" or text.endswith(" uno")):
        text = text[:-3] + ("una" if feminine else "un" if before_noun else "uno")
    return text


def _ordinal(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    tens, unit = divmod(rest, 10)
    words = [_ORDINAL_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest < 20:
        words.append(_ORDINAL_TEENS[unit])
    else:
        if tens:
            words.append(_ORDINAL_TENS[tens])
        if unit:
            words.append(_ORDINAL_UNITS[unit])
    return " ".join(words)


def ordinal_word(n: int, feminine: bool = True, before_noun: bool = False) -> str:
    """Spelled-out ordinal, lower case, 1..999, as UN Spanish writes sessions (two words past
    twenty): feminine by default, as ``reunión`` is (``primera``, ``séptima``,
    ``vigésima primera``); masculine: ``primero``, ``sexto``, ``vigésimo primero``, and
    ``before_noun`` drops the final o of primero and tercero (``primer``, ``decimotercer``)."""
    _check_range(n, 1)
    words = _ordinal(n).split(" ")
    if feminine:
        return " ".join(w[:-1] + "a" for w in words)
    if before_noun and words[-1].endswith(("primero", "tercero")):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def ordinal_figure(n: int, feminine: bool = False) -> str:
    """Ordinal in figures: ``1º``, ``19º`` (``1ª`` feminine)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    return f"{n}{'ª' if feminine else 'º'}"


def _plural_word(word: str) -> str:
    if word.endswith("ión"):
        return word[:-3] + "iones"
    if word[-1:] in "aeiouáéó":
        return word + "s"
    if word.endswith("z"):
        return word[:-1] + "ces"
    return word + "es"


def plural(n: int, singular: str, plural: str | None = None, feminine: bool = False) -> str:
    """``n`` in words with the noun agreeing: ``una sesión``, ``seis sesiones plenarias``,
    ``un día``, ``tres días``. The plural defaults to the regular plural of each word."""
    if n == 1:
        noun = singular
    elif plural is not None:
        noun = plural
    else:
        noun = " ".join(_plural_word(w) for w in singular.split(" "))
    return f"{number_word(n, feminine=feminine, before_noun=True)} {noun}"


# --- text helpers ------------------------------------------------------------------------

_FEMININE_HEADS = ("comisión", "conferencia", "asamblea", "reunión", "junta", "mesa", "corte",
                   "consulta", "plataforma")


def of_body(name: str) -> str:
    """The body's name after "de" with its article: ``del Grupo de Expertos``,
    ``de la Comisión …`` (gender from the first word: a documented default)."""
    head = name.split(" ", 1)[0].lower()
    if head in _FEMININE_HEADS or head.endswith(("ción", "sión", "dad")):
        return f"de la {name}"
    return f"del {name}"
