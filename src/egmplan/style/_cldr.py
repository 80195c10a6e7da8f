"""Calendar words and plural rules from CLDR, through Babel, for the language modules.

Babel is imported inside the functions (English start-up never loads it) and each lookup is
cached: a document asks for the same month a hundred times.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def month_names(language: str, width: str = "wide", context: str = "format") -> tuple[str, ...]:
    """The twelve month names, January first (``format`` context: as inside a date, which
    is the genitive in Russian, ``апреля``; ``stand-alone``: ``апрель``)."""
    from babel.dates import get_month_names

    names = get_month_names(width, context, language)
    return tuple(names[month] for month in range(1, 13))


@lru_cache(maxsize=None)
def weekday_names(language: str, width: str = "wide", context: str = "format") -> tuple[str, ...]:
    """The seven weekday names, Monday first (``date.weekday()`` order)."""
    from babel.dates import get_day_names

    names = get_day_names(width, context, language)
    return tuple(names[day] for day in range(7))


@lru_cache(maxsize=None)
def _locale(language: str):
    from babel import Locale

    return Locale.parse(language)


@lru_cache(maxsize=4096)
def plural_category(language: str, n: int) -> str:
    """CLDR plural category of ``n``: ``one``, ``few``, ``many``, ``other`` (Russian: 1 and 21
    ``one``, 2-4 ``few``, 5 and 11 ``many``; Chinese: always ``other``)."""
    return _locale(language).plural_form(n)
