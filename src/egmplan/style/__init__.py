"""UN editorial style: dates, times, ranges and ordinals (``shared/guides/UN-STYLE.md``).

The module-level functions are English. :func:`get_style` returns the module for a
language; each language is a sibling module (``style/en.py``, later ``style/fr.py``,
``style/es.py``) exposing the same functions, listed in :class:`Style`. Language
modules may use Babel for CLDR names, but only inside functions (start-up speed).
"""

from __future__ import annotations

import importlib
from datetime import date, time
from typing import Protocol, cast

from egmplan.style.en import (
    EN_DASH,
    capitalize_first,
    format_date,
    format_date_range,
    format_date_span_text,
    format_opening,
    format_time,
    format_time_range,
    history_paragraph,
    history_sentence,
    month_name,
    number_word,
    ordinal_figure,
    ordinal_word,
    plural,
    weekday_name,
)

__all__ = [
    "EN_DASH",
    "LANGUAGES",
    "Style",
    "capitalize_first",
    "format_date",
    "format_date_range",
    "format_date_span_text",
    "format_opening",
    "format_time",
    "format_time_range",
    "get_style",
    "history_paragraph",
    "history_sentence",
    "month_name",
    "number_word",
    "ordinal_figure",
    "ordinal_word",
    "plural",
    "weekday_name",
]

# Languages with a module in this package; add "fr", "es", ... as they are written.
LANGUAGES: tuple[str, ...] = ("en",)


class Style(Protocol):
    """What every language module provides (see ``style/en.py`` for the contracts)."""

    LANGUAGE: str

    def format_time(self, t: time, clock: str = "12h") -> str: ...
    def format_time_range(self, start: time, end: time, clock: str = "12h") -> str: ...
    def format_date(self, d: date, *, weekday: bool = False, year: bool = True) -> str: ...
    def format_date_range(self, start: date, end: date) -> str: ...
    def format_date_span_text(self, start: date, end: date) -> str: ...
    def format_opening(self, d: date, t: time, clock: str = "12h") -> str: ...
    def ordinal_word(self, n: int) -> str: ...
    def ordinal_figure(self, n: int) -> str: ...
    def number_word(self, n: int) -> str: ...
    def capitalize_first(self, s: str) -> str: ...
    def continued_title(self, title: str, suffix: str) -> str: ...
    def emphasis_parts(self, suffix: str) -> tuple[str, str, str]: ...
    def plural(self, n: int, singular: str, plural: str | None = None) -> str: ...
    def weekday_name(self, d: date) -> str: ...
    def month_name(self, month: int) -> str: ...
    def history_sentence(self, entry, short_body: str) -> str: ...
    def history_paragraph(self, entries, short_body: str) -> str: ...


def get_style(language: str = "en") -> Style:
    """The style module for ``language`` (``en``, ``en-GB`` and ``en_US`` all give English).

    Only the primary subtag is used. Raises ValueError for a language without a module.
    """
    primary = language.replace("_", "-").split("-", 1)[0].lower()
    if primary not in LANGUAGES:
        raise ValueError(
            f"no UN style for language {language!r}; available: {', '.join(LANGUAGES)}"
        )
    return cast(Style, importlib.import_module(f"{__name__}.{primary}"))
