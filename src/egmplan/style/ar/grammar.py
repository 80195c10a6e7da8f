"""Arabic: the language's code and script direction, numbers and ordinals in words and
figures, and the grammar the other modules share (agreement, plurals, capitals)."""

from __future__ import annotations

from egmplan.style import cldr

LANGUAGE = "ar"
DIRECTION = "rtl"


def _li(word: str) -> str:
    """The preposition لِ joined to its noun: ``لفريق الخبراء``; before the article it drops the
    alif (``للجنة``); before a word not in Arabic script it stands apart with a tatweel (``لـUNODC``)."""
    if not word or not _is_arabic_letter(word[0]):
        return f"لـ{word}"
    if word.startswith("ال"):
        return "ل" + word[1:]
    return "ل" + word


def _is_arabic_letter(char: str) -> bool:
    return "\u0621" <= char <= "\u064a"


# --- numbers and ordinals ----------------------------------------------------------------

_UNITS_M = ("صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة")
_UNITS_F = ("صفر", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر")
_TENS = ("", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_HUNDREDS = ("", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة",
             "ثمانمائة", "تسعمائة")
# The forms for 3..10 are polar: ثلاثة with masculine nouns, ثلاث with feminine ones.
# Ordinals 1..10, masculine and feminine (الاجتماع السابع، الدورة السابعة).
_ORD_M = ("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
          "التاسع", "العاشر")
_ORD_F = ("", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
          "الثامنة", "التاسعة", "العاشرة")
# In compounds 1 is الحادي/الحادية: الحادي عشر، الحادية والعشرون.
_ORD_COMPOUND_ONE = {"m": "الحادي", "f": "الحادية"}
_TENS_DEFINITE = tuple("ال" + word if word else "" for word in _TENS)


def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _check_gender(gender: str) -> None:
    if gender not in ("m", "f"):
        raise ValueError(f"gender must be 'm' or 'f', not {gender!r}")


def _cardinal(n: int, gender: str) -> str:
    """A cardinal for a noun of ``gender``: 3..10 take the other gender's form (ثلاثة أيام،
    ثلاث جلسات), 1 and 2 agree (واحد، اثنتان)."""
    if n == 0:
        return "صفر"
    hundreds, rest = divmod(n, 100)
    parts = [_HUNDREDS[hundreds]] if hundreds else []
    if rest:
        parts.append(_under_hundred(rest, gender))
    return " و".join(parts)


def _unit(n: int, gender: str) -> str:
    """The unit for a noun of ``gender``: ``_UNITS_M`` holds the forms masculine nouns take
    (واحد، اثنان، ثلاثة أيام), ``_UNITS_F`` the feminine nouns' (واحدة، اثنتان، ثلاث جلسات)."""
    return (_UNITS_M if gender == "m" else _UNITS_F)[n]


def _under_hundred(n: int, gender: str) -> str:
    if n <= 10:
        return _unit(n, gender) if n < 10 else ("عشرة" if gender == "m" else "عشر")
    if n < 20:
        unit = n - 10
        ten = "عشر" if gender == "m" else "عشرة"
        if unit == 1:
            head = "أحد" if gender == "m" else "إحدى"
        elif unit == 2:
            head = "اثنا" if gender == "m" else "اثنتا"
        else:
            head = _unit(unit, gender)
        return f"{head} {ten}"
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    head = ("واحد" if gender == "m" else "إحدى") if unit == 1 else _unit(unit, gender)
    return f"{head} و{_TENS[tens]}"


def number_word(n: int, gender: str = "m") -> str:
    """A cardinal in words, 0..999, for a noun of ``gender`` ("m" default): ``ستة``,
    ``أحد عشر``, ``واحد وعشرون``, ``مائة وخمسة``. ValueError outside 0..999."""
    _check_range(n, 0)
    _check_gender(gender)
    return _cardinal(n, gender)


def _ordinal_under_hundred(n: int, gender: str) -> str:
    if n <= 10:
        return (_ORD_M if gender == "m" else _ORD_F)[n]
    tens, unit = divmod(n, 10)
    if n < 20:
        head = _ORD_COMPOUND_ONE[gender] if unit == 1 else (_ORD_M if gender == "m" else _ORD_F)[unit]
        return f"{head} {'عشر' if gender == 'm' else 'عشرة'}"
    if unit == 0:
        return _TENS_DEFINITE[tens]
    head = _ORD_COMPOUND_ONE[gender] if unit == 1 else (_ORD_M if gender == "m" else _ORD_F)[unit]
    return f"{head} و{_TENS_DEFINITE[tens]}"


def ordinal_word(n: int, gender: str = "m") -> str:
    """A spelled-out definite ordinal agreeing with its noun, 1..999: masculine (the default,
    ``الاجتماع السابع``) or feminine (``الدورة الرابعة والستون``). Hundreds:
    ``المائة``, ``الخامس بعد المائة``. ValueError outside 1..999."""
    _check_range(n, 1)
    _check_gender(gender)
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _ordinal_under_hundred(rest, gender)
    hundred = "ال" + _HUNDREDS[hundreds] if hundreds != 2 else "المائتين"
    if rest == 0:
        return "المائتان" if hundreds == 2 else hundred
    after = "المائة" if hundreds == 1 else hundred
    return f"{_ordinal_under_hundred(rest, gender)} بعد {after}"


def ordinal_figure(n: int) -> str:
    """Numbered sittings are written with the figure after the noun (``الجلسة 2``), so the
    ordinal in figures is the figure: ``2``. ValueError below 1."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    return str(n)


def capitalize_first(s: str) -> str:
    """Arabic has no capitals: the text unchanged."""
    return s


# --- counted nouns (CLDR plural categories through Babel) ---------------------------------

# The nouns egmplan counts, by their English singular: gender, then the forms for CLDR's
# categories one, two, few (3..10: plural), many (11..99: accusative singular) and
# other (100 and up: genitive singular).
_NOUNS = {
    "plenary meeting": ("f", {"one": "جلسة عامة واحدة", "two": "جلستان عامتان", "few": "جلسات عامة",
                              "many": "جلسة عامة", "other": "جلسة عامة"}),
    "meeting": ("f", {"one": "جلسة واحدة", "two": "جلستان", "few": "جلسات", "many": "جلسة",
                      "other": "جلسة"}),
    "sitting": ("f", {"one": "جلسة واحدة", "two": "جلستان", "few": "جلسات", "many": "جلسة",
                      "other": "جلسة"}),
    "day": ("m", {"one": "يوم واحد", "two": "يومان", "few": "أيام", "many": "يوماً", "other": "يوم"}),
    "minute": ("f", {"one": "دقيقة واحدة", "two": "دقيقتان", "few": "دقائق", "many": "دقيقة",
                     "other": "دقيقة"}),
    "hour": ("f", {"one": "ساعة واحدة", "two": "ساعتان", "few": "ساعات", "many": "ساعة", "other": "ساعة"}),
    "participant": ("m", {"one": "مشارك واحد", "two": "مشاركان", "few": "مشاركين", "many": "مشاركاً",
                          "other": "مشارك"}),
    "delegation": ("m", {"one": "وفد واحد", "two": "وفدان", "few": "وفود", "many": "وفداً", "other": "وفد"}),
}


def plural_category(n: int) -> str:
    """CLDR's plural category of ``n`` in Arabic (zero, one, two, few, many, other), from Babel."""
    return cldr.plural_category(LANGUAGE, n)


def plural(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and its noun, agreeing in Arabic: ``ست جلسات عامة``, ``ثلاثة أيام``,
    ``جلستان عامتان``, ``أحد عشر يوماً``. ``singular`` is the English noun egmplan counts
    ("plenary meeting", "day", ...); another noun is written after the figure
    (``n`` and ``plural`` or ``singular``). ValueError outside 0..999."""
    _check_range(n, 0)
    entry = _NOUNS.get(singular)
    if entry is None:
        return f"{n} {singular if n == 1 else (plural or singular)}"
    gender, forms = entry
    category = plural_category(n)
    if category in ("one", "two"):
        return forms[category]
    if category == "zero":
        return f"صفر {forms['few']}"
    return f"{_cardinal(n, gender)} {forms[category]}"


# The kinds of gathering: the noun and its gender (O3).
_KINDS = {"meeting": ("الاجتماع", "m"), "session": ("الدورة", "f")}


def _kind(kind: str) -> tuple[str, str]:
    return _KINDS.get(kind, (kind, "m"))


# --- text helpers ------------------------------------------------------------------------

def _and_list(parts: list[str]) -> str:
    """``2 و3 و4``: Arabic joins every member with و."""
    return " و".join(parts)
