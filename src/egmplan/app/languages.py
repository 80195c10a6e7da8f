"""A meeting in one of its languages: which languages a command may ask for, the meeting
translated by its catalogue and worded by that language's style module, and the strings the
catalogue leaves untranslated (a build refuses them, or prints them marked when allowed).

The original language (the first of ``meeting.languages``) is the meeting as loaded: no
catalogue is read and Babel is not imported, so English commands start as fast as before.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from egmplan.errors import UsageError
from egmplan.untranslated import MARK, annotation_marked, text_marked


class LanguageNotAvailable(UsageError):
    """``--lang`` names a language the meeting is not issued in, or one without a style module."""


def available_languages(meeting) -> tuple[str, ...]:
    """The languages of ``meeting`` a document can be built in: its original language (worded
    by ``style.language``), and those others of ``meeting.languages`` that have a style module
    (:data:`egmplan.style.LANGUAGES`)."""
    from egmplan import style

    original, *others = meeting.languages
    return (original, *(language for language in others if language in style.LANGUAGES))


def chosen_languages(meeting, asked: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """The languages to build: ``asked`` (each once, in the order given), else every language
    of the meeting that has a style module. Raises :class:`LanguageNotAvailable` for one it
    cannot be built in."""
    available = available_languages(meeting)
    if not asked:
        return available
    for language in asked:
        if language not in available:
            raise LanguageNotAvailable(_not_available(meeting, language, available))
    return tuple(dict.fromkeys(asked))


def _not_available(meeting, language: str, available: tuple[str, ...]) -> str:
    if language not in meeting.languages:
        why = f"{meeting.id} is not issued in {language!r} (meeting.languages)"
    else:
        why = f"egmplan has no style for {language!r} yet"
    return f"--lang {language}: {why}; available: {', '.join(available)}"


@dataclass(frozen=True)
class Untranslated:
    """A string the catalogue does not translate: where (``file``, ``line``: its entry, or line
    1 when the catalogue has none), its key path, its original text and why."""

    file: str
    line: int
    context: str
    text: str
    reason: str          # "untranslated", "fuzzy", "changed in the meeting file", "not in the catalogue"


@dataclass(frozen=True)
class MeetingVersion:
    """``meeting`` in ``language``: translated where its catalogue translates it, the rest in
    the original language; ``untranslated``: that rest (empty for the original language)."""

    language: str
    original: str
    meeting: object                     # egmplan.model.Meeting, worded by the language's style
    untranslated: tuple[Untranslated, ...]
    catalogue: str | None               # the catalogue as shown in messages (None: original language)
    mapping: dict | None = None         # {key path: translation}, to mark the rest

    @property
    def is_original(self) -> bool:
        return self.language == self.original

    def marked(self, rich: bool = False):
        """The meeting with each untranslated string marked so that nobody issues it by
        mistake: ``[untranslated] `` before it (``rich`` False: text formats), or the
        :data:`egmplan.untranslated.MARK` character that the HTML and Word renderers turn into
        a highlighted label. An annotation (Markdown, several paragraphs) gets the label as a
        paragraph of its own before its first."""
        if not self.untranslated:
            return self.meeting
        from egmplan.translatable import translated

        mapping = dict(self.mapping or {})
        for string in self.untranslated:
            if string.context.endswith(".annotation"):
                mapping[string.context] = annotation_marked(string.text, rich)
            else:
                mapping[string.context] = text_marked(string.text, rich)
        return translated(self.meeting, mapping)


def in_style_of(meeting, language: str):
    """``meeting`` worded by ``language``'s style module: ``style.language`` set to it and
    ``style.continued`` and ``style.to_be_announced`` to the language's own (the meeting
    file's values are for its original language)."""
    from egmplan.style import get_style

    words = get_style(language)
    return replace(meeting, style=meeting.style._replace(language=language, continued=words.CONTINUED,
                                                         to_be_announced=words.heading("to_be_announced")))


def meeting_version(meeting, meeting_file: Path, shown: str, language: str) -> MeetingVersion:
    """``meeting`` (loaded from ``meeting_file``, shown as ``shown``) in ``language``, one of
    :func:`available_languages`. Only another language than the original reads a catalogue."""
    original = meeting.languages[0]
    if language == original:
        return MeetingVersion(language, original, meeting, (), None)
    from egmplan.loader.catalogues import catalogue_path
    from egmplan.translatable import translatable_strings, translated

    path = catalogue_path(meeting_file, meeting.id, language)
    name = str(Path(shown).with_name(path.name))
    mapping, missing = catalogue_translations(path, name, language, translatable_strings(meeting))
    with_originals = replace(meeting, deadlines=tuple(replace(d, original_label=d.label) for d in meeting.deadlines))
    worded = in_style_of(translated(with_originals, mapping), language)
    return MeetingVersion(language, original, worded, missing, name, mapping)


def catalogue_translations(path: Path, name: str, language: str, strings, kind: str = "meeting file",
                           ) -> tuple[dict[str, str], tuple[Untranslated, ...]]:
    """``({key path: translation}, the strings left untranslated)`` of ``strings`` by the
    catalogue at ``path`` (shown as ``name``): a catalogue that is missing translates nothing."""
    from egmplan.loader.catalogues import read_catalogue

    if not path.exists():
        return {}, tuple(Untranslated(name, 1, s.context, s.text, "no catalogue") for s in strings)
    catalogue = read_catalogue(path, name, language)
    mapping = {context: _without_marks(text) for context, text in catalogue.translations(strings).items()}
    entries = {e.context: e for e in catalogue.entries or ()}
    return mapping, tuple(_why(name, s, entries.get(s.context), kind) for s in strings if s.context not in mapping)


def _without_marks(text: str) -> str:
    # The mark is a Unicode noncharacter the loader refuses in a meeting file; a catalogue
    # cannot bring it in either.
    return text.replace(MARK, "")


def _why(name: str, string, entry, kind: str = "meeting file") -> Untranslated:
    if entry is None:
        return Untranslated(name, 1, string.context, string.text, "not in the catalogue")
    from egmplan.loader.catalogues import unusable

    if entry.source != string.text:
        reason = f"changed in the {kind}"
    elif entry.translation and not entry.fuzzy and (problem := unusable(entry.source, entry.translation)):
        reason = f"its translation cannot be used: it {problem}"
    elif entry.translation and entry.fuzzy:
        reason = "fuzzy"
    else:
        reason = "untranslated"
    return Untranslated(name, entry.line, string.context, string.text, reason)


def untranslated_lines(version: MeetingVersion) -> list[str]:
    """``FILE.po:LINE: key.path: untranslated (fr, 1 of 3): 'text'``, one per string, as
    ``validate`` words them."""
    total = len(version.untranslated)
    return [f"{u.file}:{u.line}: {u.context}: {u.reason} ({version.language}, {n} of {total}): {_shortened(u.text)!r}"
            for n, u in enumerate(version.untranslated, start=1)]


def untranslated_summary(version: MeetingVersion, meeting_id: str, extract: str | None = None) -> str:
    """The line after the list: how many, where, and the two ways on (``extract``: the
    command's option naming the file, ``-m MEETING`` by default)."""
    total = len(version.untranslated)
    strings = f"{total} string{'s' if total != 1 else ''}"
    extract = extract or f"-m {meeting_id}"
    return (f"{meeting_id} ({version.language}): {strings} not translated in {version.catalogue}; translate "
            f"{'them' if total != 1 else 'it'} (egmplan translate extract {extract} --lang {version.language}) "
            "or build with --allow-untranslated, which prints the original text marked [untranslated]")


def _shortened(text: str, width: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"
