"""``site build``: the site of a series in each of its languages.

The original language (the first of ``series.languages``) is where it always was:
``index.html``, ``<meeting>/index.html``, ``workplan/``. Each other language L is under
``L/``: the series page, its workplan, and a page for each meeting that can be read in L: a
meeting with a file of its own when its ``meeting.languages`` lists L (with its agenda
files in L, as ``agenda build --lang L`` renders them), and a meeting known only from the
series file (its facts are the series', translated by the series catalogue). A meeting
whose file is not issued in L has no page there: the series page in L links its page in
the original language, marked with that language's name. Every page links its versions in
the other languages.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

AGENDA_FORMATS = ("md", "html", "docx", "text", "json", "csv", "ics")


@dataclass(frozen=True)
class SiteMeeting:
    """A meeting with a file of its own, loaded and checked: its file and how it is shown."""

    meeting: object        # egmplan.model.Meeting
    path: Path
    shown: str


@dataclass(frozen=True)
class SiteBuild:
    """The site's files (None when a language was refused), the languages built and, when
    refused, the untranslated strings and the summary of each version that left some."""

    files: dict[str, bytes] | None
    languages: tuple[str, ...]
    untranslated: tuple[str, ...] = ()


def build_site_languages(series, series_file: Path, series_shown: str, meetings: dict[int, SiteMeeting],
                         asked: tuple[str, ...] | None, *, allow_untranslated: bool = False,
                         generated: datetime | None = None) -> SiteBuild:
    """The site in the languages ``asked`` (None: every language of the series). Raises
    :class:`egmplan.app.languages.LanguageNotAvailable` for a language the series does not
    declare (or egmplan has no style for)."""
    from egmplan.app.languages import untranslated_lines, untranslated_summary
    from egmplan.app.series_languages import chosen_series_languages, series_version

    languages = chosen_series_languages(series, asked)
    original = series.languages[0]
    series_versions = {language: series_version(series, series_file, series_shown, language)
                       for language in languages}
    meeting_versions = {language: _meeting_versions(series, meetings, language) for language in languages
                        if language != original}
    refused = []
    if not allow_untranslated:
        for language in languages:
            version = series_versions[language]
            if version.untranslated:
                refused += [*untranslated_lines(version),
                            untranslated_summary(version, series.id, extract=f"-s {series.id}")]
            for number, meeting_version in sorted(meeting_versions.get(language, {}).items()):
                if meeting_version.untranslated:
                    refused += [*untranslated_lines(meeting_version),
                                untranslated_summary(meeting_version, meetings[number].meeting.id)]
    if refused:
        return SiteBuild(None, languages, tuple(refused))
    pages_in = _pages_in(series, meetings, languages, original)
    files: dict[str, bytes] = {}
    for language in languages:
        files.update(_language_files(series, series_versions[language], meetings,
                                     meeting_versions.get(language), language, original, pages_in, generated))
    return SiteBuild(files, languages)


def _meeting_versions(series, meetings: dict[int, SiteMeeting], language: str) -> dict:
    """The meetings of the series issued in ``language``, each in it."""
    from egmplan.app.languages import available_languages, meeting_version

    return {number: meeting_version(site.meeting, site.path, site.shown, language)
            for number, site in meetings.items() if language in available_languages(site.meeting)}


def _pages_in(series, meetings: dict[int, SiteMeeting], languages: tuple[str, ...], original: str) -> dict:
    """``{page path (original's): ((language, path of its version), ...)}`` for every page."""
    from egmplan.app.languages import available_languages
    def where(language: str, page: str) -> tuple[str, str]:
        return language, page if language == original else f"{language}/{page}"

    found = {"index.html": tuple(where(language, "index.html") for language in languages)}
    for facts in series.meetings:
        page = f"{facts.page_folder}/index.html"
        site = meetings.get(facts.number)
        issued = available_languages(site.meeting) if site is not None else languages
        found[page] = tuple(where(language, page) for language in languages
                            if language == original or language in issued)
    return found


def _language_files(series, series_version, meetings, meeting_versions, language, original, pages_in,
                    generated) -> dict[str, bytes]:
    from egmplan.render.site import build_site
    from egmplan.style import get_style

    style = get_style(language)
    if language == original:
        return build_site(series, {n: site.meeting for n, site in meetings.items()}, style, generated=generated,
                          versions=pages_in)
    from egmplan.app.build import render_version
    from egmplan.output import build_timestamp

    pages_series = series_version.marked(rich=True)
    plain_series = series_version.marked(rich=False)
    elsewhere = {}
    built_too = any(built == original for built, _ in pages_in["index.html"])  # the original is built too
    for facts in series.meetings:
        if facts.file is not None and facts.number not in meeting_versions:
            elsewhere[facts.number] = (f"../{facts.page_folder}/index.html" if built_too else "", original)
    agendas, worded = {}, {}
    for number, version in meeting_versions.items():
        instant = generated or build_timestamp(None, version.meeting.issued)
        agendas[number] = render_version(version, AGENDA_FORMATS, (), instant)
        worded[number] = version.marked(rich=True)
    # A meeting's page gives the reason for its postponement in the page's language.
    pages_series = replace(pages_series, meetings=tuple(
        replace(facts, postponement_reason=worded[facts.number].postponement_reason)
        if facts.number in worded else facts for facts in pages_series.meetings))
    return build_site(pages_series, worded, style, generated=generated, prefix=f"{language}/",
                      versions=pages_in, elsewhere=elsewhere, agendas=agendas, plain_series=plain_series)
