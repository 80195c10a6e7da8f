"""Load and check: a meeting file read by the loader, then what needs more than the file
itself: the planning checks (warnings about a meeting that loads but looks wrong,
:mod:`egmplan.planning.checks`) and, for each wrong zone name, what it was meant to be
(:mod:`egmplan.zonehints`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from egmplan.app import meeting_cache  # light, and imported by the command line's start anyway
from egmplan.errors import Diagnostic, DiagnosticSink
from egmplan.record import Record, record

if TYPE_CHECKING:
    from egmplan.loader import LoadResult


def load_and_check(path: str | Path, shown: str | None = None, *, tree: bool = False,
                   translations: bool = False) -> LoadResult:
    """The meeting file at ``path`` (named ``shown`` in messages), with every diagnostic; from
    the cache of checked meetings when one is in use (:mod:`egmplan.app.meeting_cache`).
    ``tree``: with the file's converted keys (``data``, which ``diff`` compares), never cached.
    ``translations``: with its catalogues' diagnostics too (``validate``; cached keyed by the
    catalogue files beside the meeting; other commands read them only when asked for another
    language, so Babel stays unloaded for English)."""
    if not isinstance(path, Path):
        path = Path(path)
    name = shown or str(path)
    with_catalogues = (lambda result: _with_catalogues(result, path, name)) if translations else None
    if tree or not meeting_cache.enabled():
        from egmplan.loader import load_meeting

        result = checked(load_meeting(path, shown))
        return with_catalogues(result) if with_catalogues else result

    def check_bytes(data: bytes) -> LoadResult:
        from egmplan.loader.load import load_meeting_bytes

        result = checked(load_meeting_bytes(data, name, meeting_id=path.stem, path=path))
        return with_catalogues(result) if with_catalogues else result

    def check_path() -> LoadResult:
        from egmplan.loader import load_meeting

        result = checked(load_meeting(path, shown))
        return with_catalogues(result) if with_catalogues else result

    # With its catalogues' diagnostics, an entry is keyed by the catalogues beside the file too.
    return meeting_cache.cached(path, name, check_bytes, check_path, catalogues=translations)


def _with_catalogues(result: LoadResult, path: Path, shown: str) -> LoadResult:
    if result.meeting is None or len(result.meeting.languages) < 2:
        return result
    found = catalogue_diagnostics(result.meeting, path, shown)
    return replace(result, diagnostics=[*result.diagnostics, *found]) if found else result


def catalogue_diagnostics(meeting, meeting_file: Path, shown: str) -> list[Diagnostic]:
    """For each language of the meeting but its original, what its catalogue lacks
    (:func:`egmplan.loader.catalogues.check_catalogue`), or that it has none yet."""
    from egmplan.loader.catalogues import catalogue_path, check_catalogue, read_catalogue
    from egmplan.translatable import translatable_strings

    strings = translatable_strings(meeting)
    found = []
    for language in meeting.languages[1:]:
        path = catalogue_path(meeting_file, meeting.id, language)
        name = str(Path(shown).with_name(path.name))
        if not path.exists():
            found.append(Diagnostic(name, 1, 1, "warning", "",
                                    f"no catalogue for {language} yet: {len(strings)} strings to translate; run "
                                    f"'egmplan translate extract -m {meeting.id} --lang {language}'"))
            continue
        found += check_catalogue(read_catalogue(path, name, language), strings, meeting.id)
    return found


def load_series_checked(path: Path, shown: str):
    """The series file at ``path`` (:func:`egmplan.loader.series.load_series`) with its
    catalogues' diagnostics too, one per language but its original (``validate``)."""
    from egmplan.loader.series import load_series

    result = load_series(path, shown)
    series = result.series
    if series is None or len(series.languages) < 2:
        return result
    from egmplan.app.series_languages import series_catalogue_path
    from egmplan.loader.catalogues import check_catalogue, read_catalogue
    from egmplan.translatable_series import series_strings

    strings = series_strings(series)
    found = []
    extract = f"-s {series.id}"
    for language in series.languages[1:]:
        catalogue = series_catalogue_path(path, series.id, language)
        name = str(Path(shown).with_name(catalogue.name))
        if not catalogue.exists():
            found.append(Diagnostic(name, 1, 1, "warning", "",
                                    f"no catalogue for {language} yet: {len(strings)} strings to translate; run "
                                    f"'egmplan translate extract {extract} --lang {language}'"))
            continue
        found += check_catalogue(read_catalogue(catalogue, name, language), strings, series.id, kind="series",
                                 extract=extract)
    return replace(result, diagnostics=[*result.diagnostics, *found]) if found else result


def check_text(text: str, name: str = "<meeting>", meeting_id: str = "meeting") -> LoadResult:
    """A meeting file's text (e.g. one about to be written), with every diagnostic."""
    from egmplan.loader import load_meeting_text

    return checked(load_meeting_text(text, name, meeting_id))


def check_bytes(data: bytes, name: str, meeting_id: str, path: Path | None = None) -> LoadResult:
    """A meeting file's bytes (e.g. a draft read from git, or one about to be written), with
    every diagnostic; ``path``: where the file stands, for a ``{history}`` placeholder."""
    from egmplan.loader.load import load_meeting_bytes

    return checked(load_meeting_bytes(data, name, meeting_id, path=path))


def checked(loaded: LoadResult) -> LoadResult:
    """``loaded`` with the planning checks' diagnostics among its own and its wrong zone names
    explained, sorted as the loader sorts them. A file with errors has no meeting to check."""
    diagnostics = loaded.diagnostics
    if loaded.zone_refusals:
        diagnostics = _explained(diagnostics, loaded.zone_refusals)
    if loaded.meeting is not None:
        from egmplan.planning.checks import check_meeting

        found = check_meeting(loaded.meeting)
        if found:
            diagnostics = _sorted([*diagnostics, *found])
    return loaded if diagnostics is loaded.diagnostics else replace(loaded, diagnostics=diagnostics)


def load_participants_and_check(path: Path, shown: str, days: tuple[date, ...] = ()):
    """A participants file (:func:`egmplan.loader.participants.load_participants`) with its
    wrong zone names explained; ``days``: the meeting's, when it is read for one."""
    from egmplan.loader.participants import load_participants

    return participants_checked(load_participants(path, shown, days))


def check_participants_text(text: str, name: str = "<participants>", days: tuple[date, ...] = ()):
    from egmplan.loader.participants import load_participants_text

    return participants_checked(load_participants_text(text, name, days))


def participants_checked(loaded):
    """A :class:`egmplan.loader.participants.ParticipantsResult` with its wrong zone names explained."""
    if not loaded.zone_refusals:
        return loaded
    return replace(loaded, diagnostics=_explained(loaded.diagnostics, loaded.zone_refusals))


def _explained(diagnostics: list[Diagnostic], refusals) -> list[Diagnostic]:
    """``diagnostics`` with the loader's report of each refused zone name replaced by what the
    name means on the meeting's days: the venue's zone for a meeting's ``timezone``, one of
    the participant's country's zones for a participant's ``zone``."""
    from egmplan import zonehints

    worded = {}
    for refusal in refusals:
        if refusal.participant:
            context = zonehints.participant_context(refusal.country, refusal.days)
        else:
            context = zonehints.venue_context(refusal.venue, refusal.days)
        hint = zonehints.explain_refusal(refusal.refused.text, refusal.refused.lookup, context)
        worded[id(refusal.reported)] = refusal.reported._replace(message=hint.message, suggestion=hint.suggestion)
    return _sorted([worded.get(id(d), d) for d in diagnostics])


def _sorted(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return DiagnosticSink("", list(diagnostics)).sorted()


@record
class CurrentMeeting(Record):
    """The meeting a command works on when none is named: ``chosen`` (None when every file
    has errors) and the files ``skipped`` for their errors, in the order given."""

    chosen: object                  # egmplan.catalog.Candidate | None
    skipped: tuple[Path, ...]


def current_meeting(files: list[Path], shown, now: datetime) -> CurrentMeeting:
    """The meeting under way or next at ``now`` among ``files`` (see
    :func:`egmplan.catalog.choose_current`); ``shown`` names a file in messages. The files are
    only loaded: the planning checks' warnings would not be shown."""
    from egmplan.catalog import Candidate, choose_current
    from egmplan.loader import load_meeting

    candidates, skipped = [], []
    for path in files:
        result = load_meeting(path, shown(path))
        if result.meeting is None:
            skipped.append(path)
            continue
        candidates.append(Candidate(path, result.meeting))
    return CurrentMeeting(choose_current(candidates, now), tuple(skipped))
