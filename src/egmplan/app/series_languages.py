"""A series in one of its languages (``series.languages``): translated by its catalogue,
``<series-id>.series.<language>.po`` beside the series file, as a meeting is by its own
(:mod:`egmplan.app.languages`). The original language (the first) reads no catalogue and
does not import Babel."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from egmplan.app.languages import LanguageNotAvailable, Untranslated
from egmplan.untranslated import annotation_marked, text_marked


def series_catalogue_path(series_file: Path, series_id: str, language: str) -> Path:
    """``egm-cybercrime.series.fr.po`` beside ``egm-cybercrime.series.yaml``."""
    return Path(series_file).with_name(f"{series_id}.series.{language}.po")


def chosen_series_languages(series, asked) -> tuple[str, ...]:
    """The languages to build: ``asked`` (each once, in the order given), else every language
    of the series that has a style module. Raises :class:`LanguageNotAvailable` for one the
    series does not declare or egmplan has no style for."""
    from egmplan import style

    original, *others = series.languages
    available = (original, *(language for language in others if language in style.LANGUAGES))
    if not asked:
        return available
    for language in asked:
        if language not in available:
            why = (f"{series.id} is not issued in {language!r} (series.languages)" if language not in series.languages
                   else f"egmplan has no style for {language!r} yet")
            raise LanguageNotAvailable(f"--lang {language}: {why}; available: {', '.join(available)}")
    return tuple(dict.fromkeys(asked))


@dataclass(frozen=True)
class SeriesVersion:
    """``series`` in ``language``: translated where its catalogue translates it;
    ``untranslated``: the rest (empty for the original language)."""

    language: str
    original: str
    series: object                      # egmplan.model_series.Series
    untranslated: tuple[Untranslated, ...]
    catalogue: str | None
    mapping: dict | None = None

    @property
    def is_original(self) -> bool:
        return self.language == self.original

    def marked(self, rich: bool = False):
        """The series with each untranslated string marked (as :meth:`MeetingVersion.marked`):
        a mandate or an annotation gets the label as a paragraph of its own."""
        if not self.untranslated:
            return self.series
        from egmplan.translatable_series import series_translated

        mapping = dict(self.mapping or {})
        for string in self.untranslated:
            several = string.context == "series.mandate" or ".annotations[" in string.context
            mapping[string.context] = (annotation_marked if several else text_marked)(string.text, rich)
        return series_translated(self.series, mapping)


def series_version(series, series_file: Path, shown: str, language: str) -> SeriesVersion:
    """``series`` (loaded from ``series_file``, shown as ``shown``) in ``language``."""
    original = series.languages[0]
    if language == original:
        return SeriesVersion(language, original, series, (), None)
    from egmplan.app.languages import catalogue_translations
    from egmplan.translatable_series import series_strings, series_translated

    path = series_catalogue_path(series_file, series.id, language)
    name = str(Path(shown).with_name(path.name))
    mapping, missing = catalogue_translations(path, name, language, series_strings(series), "series file")
    return SeriesVersion(language, original, series_translated(series, mapping), missing, name, mapping)


@dataclass(frozen=True)
class WorkplanIn:
    """The series to print a workplan from, in one language (None when refused), its style,
    and, when refused, its untranslated strings and the summary."""

    series: object | None
    style: object
    untranslated: tuple[str, ...] = ()


def workplan_in(series, series_file: Path, shown: str, language: str | None, *, rich: bool,
                allow_untranslated: bool = False) -> WorkplanIn:
    """``series`` in ``language`` (None: its original) for ``egmplan workplan``: its strings
    left untranslated refuse it, or with ``allow_untranslated`` print marked (``rich``: for
    HTML, a highlighted label). Raises :class:`LanguageNotAvailable` (a usage error)."""
    from egmplan.app.languages import untranslated_lines, untranslated_summary
    from egmplan.style import get_style

    chosen = chosen_series_languages(series, (language,) if language else series.languages[:1])[0]
    version = series_version(series, series_file, shown, chosen)
    style = get_style(chosen)
    if version.untranslated and not allow_untranslated:
        return WorkplanIn(None, style, (*untranslated_lines(version),
                                        untranslated_summary(version, series.id, extract=f"-s {series.id}")))
    return WorkplanIn(version.marked(rich=rich), style)
