"""``translate extract``: write or update a meeting's catalogue for one language, as msgmerge
updates a translation from its template: a new string appears untranslated, a string whose
text changed keeps its old translation, marked fuzzy (with the old text as ``#| msgid``), a
string gone from the meeting stays at the end as obsolete (``#~``). No translation is ever
dropped. The catalogue is the same bytes for the same meeting and translations: its date is
the build's instant (``SOURCE_DATE_EPOCH``, else the date of issue), never the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from egmplan.errors import InputError, UsageError


@dataclass(frozen=True)
class Extracted:
    """What ``extract`` wrote: the catalogue's ``path`` and ``data``, and its counts."""

    path: Path
    data: bytes
    created: bool
    strings: int
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    declared: bool      # whether ``meeting.languages`` (``series.languages``) lists the language


def extract(meeting, meeting_file: Path, shown: str, language: str, instant: datetime) -> Extracted:
    """The catalogue of ``meeting`` (loaded from ``meeting_file``) for ``language``, merged
    with the one already beside the meeting file. Raises :class:`InputError` when the
    existing catalogue cannot be read (it is never overwritten then)."""
    from egmplan.loader.catalogues import catalogue_path
    from egmplan.translatable import translatable_strings

    if language == meeting.languages[0]:
        raise UsageError(f"--lang {language}: {language} is the meeting's original language "
                         f"(the first of meeting.languages); nothing to translate")
    path = catalogue_path(meeting_file, meeting.id, language)
    project = f"{meeting.id} ({meeting.symbol})" if meeting.symbol else meeting.id
    template = _template(project, str(meeting.revision), meeting.id, language, translatable_strings(meeting), instant)
    return _extracted(path, shown, language, template, language in meeting.languages)


def extract_series(series, series_file: Path, shown: str, language: str, instant: datetime) -> Extracted:
    """The catalogue of ``series`` (loaded from ``series_file``) for ``language``:
    ``<series-id>.series.<language>.po`` beside it, merged as a meeting's is."""
    from egmplan.app.series_languages import series_catalogue_path
    from egmplan.translatable_series import series_strings

    if language == series.languages[0]:
        raise UsageError(f"--lang {language}: {language} is the series' original language "
                         f"(the first of series.languages); nothing to translate")
    path = series_catalogue_path(series_file, series.id, language)
    template = _template(f"{series.id} (series)", "1", series.id, language, series_strings(series), instant)
    return _extracted(path, shown, language, template, language in series.languages)


def _extracted(path: Path, shown: str, language: str, template, declared: bool) -> Extracted:
    from egmplan.loader.catalogues import parse_catalogue
    from egmplan.errors import DiagnosticSink

    existing = None
    if path.exists():
        from egmplan.readfile import UnreadableFile, read_limited
        from egmplan.loader.catalogues import MAX_CATALOGUE_BYTES

        name = str(Path(shown).with_name(path.name))
        try:
            data = read_limited(path, MAX_CATALOGUE_BYTES, "translation catalogue")
        except UnreadableFile as exc:
            raise InputError(f"{name}: {exc}")
        sink = DiagnosticSink(name)
        existing = parse_catalogue(data, language, sink)
        if existing is None:
            problem = sink.items[0]
            raise InputError(f"{problem.file}:{problem.line}: {problem.message}; fix it, then extract again")
    catalog = _merged(existing, template) if existing is not None else template
    return Extracted(
        path=path,
        data=_written(catalog),
        created=existing is None,
        strings=len(catalog),
        translated=sum(1 for m in catalog if m.id and m.string and not m.fuzzy),
        fuzzy=sum(1 for m in catalog if m.id and m.string and m.fuzzy),
        untranslated=sum(1 for m in catalog if m.id and not m.string),
        obsolete=len(catalog.obsolete),
        declared=declared,
    )


def _template(project: str, version: str, ident: str, language: str, strings, instant: datetime):
    from babel.messages.catalog import Catalog

    catalog = Catalog(
        locale=language,
        project=project,
        version=version,
        copyright_holder="United Nations",
        creation_date=instant,
        revision_date=instant,
        fuzzy=False,
        header_comment=(
            f"# {ident}: translation into {language}.\n"
            "# Written by 'egmplan translate extract'. Translate each msgstr;\n"
            "# keep every {placeholder} and [^footnote] marker; remove the\n"
            "# 'fuzzy' flag once a changed string is checked.\n"
            "# docs/translating.md describes the workflow."
        ),
    )
    for string in strings:
        catalog.add(string.text, context=string.context, auto_comments=[string.note])
    return catalog


def _merged(existing, template):
    """``existing`` updated from ``template`` as msgmerge would, matching by key path: Babel's
    own fuzzy matching compares texts only, and could hand a translation to another string."""
    existing.update(template, no_fuzzy_matching=True, update_header_comment=False)
    existing.revision_date = template.revision_date
    obsolete_by_context = {}
    for key, message in existing.obsolete.items():
        if message.context and message.string:
            obsolete_by_context.setdefault(message.context, key)
    for message in existing:
        if not message.id or message.string or message.context not in obsolete_by_context:
            continue
        old = existing.obsolete.pop(obsolete_by_context.pop(message.context))
        message.string = old.string
        message.previous_id = [old.id]
        message.flags.add("fuzzy")
        if old.user_comments:
            message.user_comments = list(old.user_comments)
    return existing


def _written(catalog) -> bytes:
    from io import BytesIO

    from babel.messages.pofile import write_po

    buffer = BytesIO()
    write_po(buffer, catalog, width=76, include_previous=True, include_lineno=False)
    return buffer.getvalue()
