"""Calendar words, plural rules and list patterns of a language from CLDR, through Babel.

Month and weekday names, plural categories, language and territory names, "and"-lists and
grouped numbers are CLDR's, never
typed by hand (issue 13). Babel is imported inside the functions (start-up of English
commands must not load it) and every lookup is cached, so a document asks Babel once per
language and not once per date.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def month_names(locale: str, width: str = "wide", context: str = "format") -> tuple[str, ...]:
    """The twelve month names, January first: ``format`` as inside a date (``janvier``,
    ``enero``; the genitive in Russian, ``апреля``), ``stand-alone`` (``апрель``)."""
    from babel.dates import get_month_names

    names = get_month_names(width, context, locale=locale)
    return tuple(names[m] for m in range(1, 13))


@lru_cache(maxsize=None)
def weekday_names(locale: str, width: str = "wide", context: str = "format") -> tuple[str, ...]:
    """The seven weekday names, Monday first (``date.weekday()`` order)."""
    from babel.dates import get_day_names

    names = get_day_names(width, context, locale=locale)
    return tuple(names[d] for d in range(7))


@lru_cache(maxsize=None)
def _locale(locale: str):
    from babel import Locale

    return Locale.parse(locale)


@lru_cache(maxsize=4096)
def plural_category(locale: str, n: int) -> str:
    """CLDR plural category of ``n``: ``one``, ``two``, ``few``, ``many``, ``other`` (Russian:
    1 and 21 ``one``, 2-4 ``few``, 5 and 11 ``many``; Chinese: always ``other``)."""
    return _locale(locale).plural_form(n)


@lru_cache(maxsize=None)
def language_name(locale: str, code: str) -> str:
    """The name of language ``code`` in ``locale``: ``anglais``, ``inglés``."""
    return _locale(locale).languages[code]


@lru_cache(maxsize=None)
def territory_name(locale: str, code: str) -> str | None:
    """CLDR's name of the country or territory ``code`` (ISO 3166-1 alpha-2) in ``locale``:
    ``Russie``, ``Rusia``, ``Россия``; None where CLDR has no name for the code."""
    return _locale(locale).territories.get(code.upper())


def join_and(items: list[str] | tuple[str, ...], locale: str) -> str:
    """``2, 3 et 4`` / ``2, 3 y 4``: CLDR's standard list pattern."""
    return _list_joiner(locale)(tuple(items))


@lru_cache(maxsize=None)
def _list_joiner(locale: str):
    from babel.lists import format_list

    @lru_cache(maxsize=1024)
    def join(items: tuple[str, ...]) -> str:
        return format_list(list(items), locale=locale)

    return join


@lru_cache(maxsize=4096)
def grouped(n: int, locale: str) -> str:
    """An integer with the locale's digit grouping: ``1 020`` (fr, narrow no-break space), ``1020`` (es)."""
    from babel.numbers import format_decimal

    return format_decimal(n, locale=locale)
