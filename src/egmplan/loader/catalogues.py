"""Read a meeting's translations: ``<id>.<language>.po`` beside the meeting file, a gettext
catalogue (msgctxt: the key path, :mod:`egmplan.translatable`; msgid: the text in the
meeting file; msgstr: its translation), read with Babel. Problems are diagnostics, never
exceptions: a catalogue that cannot be read is an error at its line, a string left
untranslated or fuzzy a warning there, a placeholder or footnote marker lost in translation
an error."""

from __future__ import annotations

from dataclasses import field
from pathlib import Path

from egmplan.errors import Diagnostic, DiagnosticSink
from egmplan.placeholders import protected_tokens
from egmplan.record import Record, record
from egmplan.translatable import Translatable

# A catalogue holds a meeting file's text once more, with comments: the meeting file's limit
# (yamltree.MAX_BYTES) twice over.
MAX_CATALOGUE_BYTES = 4 * 1024 * 1024


def catalogue_path(meeting_file: Path, meeting_id: str, language: str) -> Path:
    """Where the translations of a meeting into ``language`` are kept: beside its file."""
    return Path(meeting_file).with_name(f"{meeting_id}.{language}.po")


@record
class Entry(Record):
    """One message of a catalogue: ``line`` is its msgid's line in the file."""

    context: str
    source: str
    translation: str
    fuzzy: bool
    line: int


@record
class Catalogue(Record):
    """A catalogue as read (``entries`` None when it could not be read: see ``diagnostics``)."""

    path: Path
    shown: str
    language: str
    entries: tuple[Entry, ...] | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def translations(self, strings: list[Translatable]) -> dict[str, str]:
        """``{key path: translation}`` of every string of ``strings`` translated here: not fuzzy,
        not empty, and translated from the text the meeting file has now."""
        current = {s.context: s.text for s in strings}
        return {
            e.context: e.translation
            for e in self.entries or ()
            if e.translation and not e.fuzzy and current.get(e.context) == e.source
            and unusable(e.source, e.translation) is None
        }


def unusable(source: str, translation: str) -> str | None:
    """Why ``translation`` cannot stand where ``source`` stands in a document, or None: it is
    held to the rules of the meeting file's text (egmplan.loader.limits), and keeps every
    placeholder and footnote marker."""
    from egmplan.loader import limits

    for char in dict.fromkeys(limits.FORBIDDEN.findall(translation)):
        return limits.forbidden_character_message(char)
    if "\n" in translation and "\n" not in source:
        return "breaks the line where the English is one line; write it on one line"
    one_line = "\n" not in source and len(source) <= limits.TEXT["line"].high
    limit = limits.TEXT["line" if one_line else "paragraph"]
    if len(translation) > limit.high:
        return f"is {len(translation):,} characters long; {limit.what} has at most {limit.high:,}"
    if limits.looks_empty(translation):
        return "is empty (only invisible characters)"
    wanted, found = protected_tokens(source), protected_tokens(translation)
    if wanted != found:
        return _token_difference(wanted, found)
    return None


def read_catalogue(path: Path, shown: str, language: str) -> Catalogue:
    """The catalogue at ``path`` (named ``shown`` in messages)."""
    from egmplan.readfile import UnreadableFile, read_limited

    sink = DiagnosticSink(shown)
    try:
        data = read_limited(path, MAX_CATALOGUE_BYTES, "translation catalogue")
    except UnreadableFile as exc:
        sink.error(1, 1, "", str(exc))
        return Catalogue(path, shown, language, None, sink.sorted())
    catalog = parse_catalogue(data, language, sink)
    if catalog is None:
        return Catalogue(path, shown, language, None, sink.sorted())
    entries = tuple(
        Entry(m.context or "", m.id, m.string or "", m.fuzzy, m.lineno or 1)
        for m in catalog
        if m.id and isinstance(m.id, str) and isinstance(m.string, (str, type(None)))
    )
    return Catalogue(path, shown, language, entries, sink.sorted())


def parse_catalogue(data: bytes, language: str, sink: DiagnosticSink):
    """A :class:`babel.messages.catalog.Catalog` of ``data``, or None after an error in ``sink``."""
    from io import BytesIO

    from babel.messages.pofile import PoFileError, read_po

    try:
        return read_po(BytesIO(data), locale=language, abort_invalid=True)
    except PoFileError as exc:
        # PoFileError counts lines from 0; its message ends " on <that number>".
        message = str(exc).rsplit(" on ", 1)[0]
        sink.error(exc.lineno + 1, 1, "", f"not a gettext catalogue: {message.lower()}: {exc.line.strip()!r}")
    except UnicodeDecodeError as exc:
        line, column = _undecodable(data, exc.encoding)
        sink.error(line, column, "", f"byte 0x{exc.object[exc.start]:02x} is not {exc.encoding} text; save the "
                                     "catalogue as UTF-8 with 'charset=UTF-8' in its header")
    except LookupError as exc:
        sink.error(1, 1, "", f"not a gettext catalogue: {exc}; write 'charset=UTF-8' in its header")
    except ValueError as exc:
        sink.error(1, 1, "", f"not a gettext catalogue: {exc}")
    return None


def _undecodable(data: bytes, encoding: str) -> tuple[int, int]:
    """Line and column of the first byte of ``data`` that ``encoding`` cannot decode."""
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode(encoding)
        except UnicodeDecodeError as exc:
            return number, exc.start + 1
    return 1, 1


def check_catalogue(catalogue: Catalogue, strings: list[Translatable], meeting_id: str, *,
                    kind: str = "meeting", extract: str | None = None) -> list[Diagnostic]:
    """What stops ``catalogue`` from giving every string of ``strings`` a translation: strings
    untranslated, fuzzy or missing (warnings, each counted), translations that drop or change a
    placeholder or footnote marker (errors). ``kind``: what the strings come from ("meeting",
    or "series"), ``extract``: the option that names its file to ``translate extract``."""
    if catalogue.entries is None:
        return list(catalogue.diagnostics)
    sink = DiagnosticSink(catalogue.shown, list(catalogue.diagnostics))
    language = catalogue.language
    current = {s.context: s.text for s in strings}
    by_context = {e.context: e for e in catalogue.entries}
    untranslated = [e for e in catalogue.entries if e.context in current and not e.translation]
    fuzzy = [e for e in catalogue.entries if e.context in current and e.translation and e.fuzzy]
    for count, entry in enumerate(untranslated, start=1):
        sink.warning(entry.line, 1, entry.context,
                     f"untranslated ({language}, {count} of {len(untranslated)}): {_shortened(entry.source)!r}")
    for count, entry in enumerate(fuzzy, start=1):
        sink.warning(entry.line, 1, entry.context,
                     f"fuzzy ({language}, {count} of {len(fuzzy)}): the English changed; check the translation, "
                     "then remove the 'fuzzy' flag")
    for entry in catalogue.entries:
        if not entry.translation or entry.context not in current:
            continue
        problem = unusable(entry.source, entry.translation)
        if problem:
            sink.error(entry.line, 1, entry.context, f"the translation ({language}) {problem}")
        elif (warning := _bidi_warning(entry.translation)):
            sink.warning(entry.line, 1, entry.context, f"the translation ({language}) {warning}")
    stale = [e for e in catalogue.entries if e.context in current and e.source != current[e.context]]
    missing = [s for s in strings if s.context not in by_context]
    if stale or missing:
        parts = []
        if missing:
            parts.append(f"{len(missing)} string{'s' if len(missing) != 1 else ''} of the {kind} "
                         f"{'are' if len(missing) != 1 else 'is'} not in it")
        if stale:
            parts.append(f"{len(stale)} changed in the {kind} file since")
        sink.warning(1, 1, "", f"the catalogue ({language}) is out of date: {' and '.join(parts)}; run "
                               f"'egmplan translate extract {extract or '-m ' + meeting_id} --lang {language}'")
    return sink.sorted()


@record
class MeetingInLanguage(Record):
    """A meeting in one language: its text translated where the catalogue translates it;
    ``untranslated``: the strings left in the original language (a build refuses them unless
    told to print them marked); ``catalogue`` None for the original language."""

    meeting: object                       # egmplan.model.Meeting
    language: str
    untranslated: tuple[Translatable, ...]
    catalogue: Catalogue | None


def meeting_in(meeting, meeting_file: Path, language: str, shown: str | None = None) -> MeetingInLanguage:
    """``meeting`` (loaded from ``meeting_file``) in ``language``: the meeting itself for its
    original (first) language, else translated by ``<id>.<language>.po`` beside its file. A
    catalogue that is missing or cannot be read translates nothing (its diagnostics say why)."""
    from egmplan.translatable import translatable_strings, translated

    if language == meeting.languages[0]:
        return MeetingInLanguage(meeting, language, (), None)
    path = catalogue_path(meeting_file, meeting.id, language)
    catalogue = read_catalogue(path, shown or str(path), language)
    strings = translatable_strings(meeting)
    mapping = catalogue.translations(strings)
    untranslated = tuple(s for s in strings if s.context not in mapping)
    return MeetingInLanguage(translated(meeting, mapping), language, untranslated, catalogue)


def _bidi_warning(text: str) -> str | None:
    from egmplan.loader import limits

    return limits.bidi_warning(text)


def _token_difference(wanted: list[str], found: list[str]) -> str:
    lost = _minus(wanted, found)
    added = _minus(found, wanted)
    parts = []
    if lost:
        parts.append(f"drops {', '.join(lost)}")
    if added:
        parts.append(f"adds {', '.join(added)}")
    return " and ".join(parts) + "; keep every placeholder and footnote marker of the English unchanged"


def _minus(left: list[str], right: list[str]) -> list[str]:
    rest = list(right)
    out = []
    for token in left:
        if token in rest:
            rest.remove(token)
        else:
            out.append(token)
    return out


def _shortened(text: str, width: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"
