"""The meeting format described from its one definition: JSON Schema and Markdown docs."""

from __future__ import annotations

import json

from egmplan.loader.meeting_schema import MEETING_FILE
from egmplan.loader.schema import Either, Enum, ListOf, MapOf, Record, Spec, as_written

SCHEMA_ID = "https://egmplan.example/meeting.schema.json"
SERIES_SCHEMA_ID = "https://egmplan.example/series.schema.json"


def json_schema(record: Record = MEETING_FILE, schema_id: str = SCHEMA_ID) -> dict:
    """JSON Schema (draft 2020-12) of a meeting file (or another file ``record`` defines),
    as YAML 1.2 editors see it."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id,
        "title": record.title,
    }
    schema.update(record.json_schema())
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def series_json_schema_text() -> str:
    from egmplan.loader.series_schema import SERIES_FILE

    return json.dumps(json_schema(SERIES_FILE, SERIES_SCHEMA_ID), indent=2, ensure_ascii=False) + "\n"


def _type(spec: Spec) -> str:
    if isinstance(spec, Enum):
        return " | ".join(f"`{c}`" for c in spec.choices)
    if isinstance(spec, ListOf):
        return f"list of {_type(spec.item)}"
    if isinstance(spec, MapOf):
        return f"mapping of {spec.key.type_name} to {_type(spec.value)}"
    if isinstance(spec, Either):
        parts = [spec.scalar.type_name if spec.scalar is not None else None, _type(spec.mapping),
                 _type(spec.sequence) if spec.sequence is not None else None]
        return " or ".join(p for p in parts if p)
    return spec.type_name


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _example(value) -> str:
    if value is None:
        return ""
    return "`" + json.dumps(value, ensure_ascii=False).replace("|", "\\|") + "`"


def schema_records(spec: Spec) -> list[tuple[str, Record]]:
    """Every record of ``spec`` with its key path (``""`` for the top, ``sittings.default[]``,
    ``sittings.<date>[]``), each once, in the order of the fields."""
    records: list[tuple[str, Record]] = []
    _records(spec, "", records, set())
    return records


def _records(spec: Spec, path: str, out: list[tuple[str, Record]], seen: set[int]) -> None:
    if isinstance(spec, Record):
        if id(spec) in seen:
            return
        seen.add(id(spec))
        out.append((path, spec))
        for field in spec.fields:
            _records(field.spec, f"{path}.{field.name}" if path else field.name, out, seen)
    elif isinstance(spec, ListOf):
        _records(spec.item, f"{path}[]", out, seen)
    elif isinstance(spec, MapOf):
        _records(spec.value, f"{path}.<date>", out, seen)
    elif isinstance(spec, Either):
        _records(spec.mapping, path, out, seen)


def markdown() -> str:
    """docs/meeting-format.md, generated; a test fails when the committed copy is stale."""
    lines = [
        "# The meeting file format",
        "",
        "<!-- Generated from src/egmplan/loader/meeting_schema.py by `python tools/gen_docs.py`. Do not edit. -->",
        "",
        "A meeting is one YAML file. Every key is listed below with its type, default and an",
        "example. Times are wall-clock times at the venue (`\"10:00\"`); dates are `2021-04-06`.",
        "Item numbers are never typed: items are numbered 1, 2, 3 and sub-items (a), (b) in order.",
        "The same definitions give `egmplan schema`, the JSON Schema editors use for completion:",
        "start a file with `# yaml-language-server: $schema=../docs/meeting.schema.json`.",
        "",
        "How sittings are worked out: `sittings.default` applies to each weekday (Monday to",
        "Friday) of `meeting.dates`, unless `sittings.days` names the date (its own list; `[]`",
        "for no sitting and no row) or `sittings.no_sitting` does (no sitting, and a row of its",
        "own in the organization of work).",
        "",
        "Rows of `organization_of_work` name items by `key` (`[\"opening\", \"agenda\"]`), which",
        "stays right when an item is inserted, or by number (`\"1 (a)\"`, `\"2\"`). Every sitting",
        "prints in the annex: one given `[]`, or on a date the organization of work does not list,",
        "prints its date and time with `style.to_be_announced` (\"To be announced\"), and",
        "`validate` warns about it.",
        "",
        "How \"(continued)\" is worked out: a row is continued when its item or sub-item was",
        "already taken at an earlier sitting (rows that override an item count as taking it);",
        "moving from 2 (a) to 2 (b) is not a continuation. A whole item's row directly above the",
        "row of one of its own sub-items is a heading row (\"2 Review of implementation\" over",
        "\"2 (a) …\"): it does not make the item's other sub-items continued, and `validate` does",
        "not call it \"scheduled as a whole\". A continued row prints the item's `short_title`",
        "when it has one. A row written as a mapping may set `title` and `continued: true|false`",
        "to reproduce a document exactly; `validate` warns about such departures from the rule,",
        "unless the row gives its `reason`: the departure is then reported once, as a note,",
        "which `validate --strict` accepts.",
        "",
        "Placeholders in annotations: "
        + ", ".join(f"`{{{name}}}` ({text})" for name, text in _placeholder_docs().items())
        + ". Write `{{` and `}}` for literal braces. Placeholders work in `documentation_note` too.",
        "",
    ]
    return "\n".join(lines + _tables(MEETING_FILE))


def _tables(file_record: Record) -> list[str]:
    """One table per mapping of the format: key, type, required, default, description, example."""
    lines: list[str] = []
    for path, record in schema_records(file_record):
        title = path or "Top level"
        lines += [f"## `{title}`" if path else f"## {title}", ""]
        if record.description:
            lines += [record.description, ""]
        lines += ["| key | type | required | default | description | example |", "|---|---|---|---|---|---|"]
        for field in record.fields:
            default = "" if field.default is None else _example(as_written(field.default))
            lines.append(
                f"| `{field.name}` | {_cell(_type(field.spec))} | {'yes' if field.required else 'no'} | "
                f"{default} | {_cell(field.description or field.spec.description)} | {_example(field.example)} |"
            )
        lines.append("")
    return lines


def series_markdown() -> str:
    """docs/series.md, generated; a test fails when the committed copy is stale."""
    from egmplan.loader.series import MANDATE_PLACEHOLDERS
    from egmplan.loader.series_schema import SERIES_FILE

    lines = [
        "# The series file format",
        "",
        "<!-- Generated from src/egmplan/loader/series_schema.py by `python tools/gen_docs.py`. Do not edit. -->",
        "",
        "A body's meetings form a series: one file `meetings/<series-id>.series.yaml` beside the",
        "meeting files (`egmplan validate` checks it with them; `agenda build` leaves it alone).",
        "It lists every meeting of the body in order, from the first: a meeting with a file of its",
        "own names it (`file: egm-cybercrime-2021.yaml`); a meeting held before anyone used egmplan",
        "gives its facts (`number`, `dates`, `venue`, and the `report`'s symbol when known).",
        "It also holds the body's mandate and its workplans. From it egmplan writes the history of",
        "a meeting (the `{history}` placeholder), the workplan (`egmplan workplan`) and the",
        "meeting pages (`egmplan site build`). Editors complete it with",
        "`# yaml-language-server: $schema=../docs/series.schema.json` (`egmplan schema series`).",
        "",
        "Checked across the series: the meetings are numbered 1, 2, 3… in order without gaps;",
        "each starts after the one before it ends; every file named is there, is a meeting of the",
        "same body, and agrees with the entry on `number`, `dates` and `venue` when the entry",
        "gives them; a workplan's `adopted_at` names a meeting of the series and its rows follow",
        "the meetings' order. Each meeting's page gets a folder of its own on the site: its file's",
        "name without `.yaml`, or `meeting-N` for a meeting given by its facts; a meeting file",
        "named like another meeting's folder (compared without case), like `workplan` or like a",
        "language's folder (`fr`, `es`, …) is refused.",
        "",
        "Placeholders in `mandate`: "
        + ", ".join(f"`{{{name}}}` ({text})" for name, text in MANDATE_PLACEHOLDERS.items())
        + ".",
        "",
        "## The history in a meeting's annotations",
        "",
        "`{history}` in a meeting file writes every earlier meeting of the series with its dates;",
        "`{history:3}` writes the one sentence on the third: \"The third meeting of the Expert Group",
        "was held in Vienna from 10 to 13 April 2017.\" The loader finds the series file beside the",
        "meeting file that lists it; a meeting file without one cannot use them. The bundled seventh",
        "meeting recounts the first five meetings with `{history:1}` to `{history:5}`; the sixth",
        "meeting's paragraph stays as UNODC/CCPCJ/EG.4/2021/1 words it (a postponement, a hybrid",
        "format), which the history does not give. `egmplan init --example` writes that meeting",
        "alone, with no series file, so the example gives the five sentences written out.",
        "",
        "## Panellists' countries on a meeting page",
        "",
        "A panellist's country prints as the UN short name of its `country` code (egmplan's",
        "country list: \"China\", \"Russian Federation\"), the names a body's pages give delegations.",
        "Where the page names the country otherwise, the panellist's `country_name` in the meeting",
        "file gives the name as printed: the sixth meeting's page names the country of one of its",
        "two panellists from China \"People's Republic of China\", of the other \"China\".",
        "egmplan never prints formal names of its own accord: that page does not (\"Nigeria\",",
        "\"Thailand\", not \"Federal Republic of Nigeria\", \"Kingdom of Thailand\"), and the name",
        "is the secretariat's choice, panellist by panellist. `country_name` needs `country`; a",
        "name that is none of the names egmplan knows for that country (its short name, its",
        "formal name, common other names) is a warning, as a typo or a name no longer used",
        "(\"Republic of Turkey\": the UN has said Türkiye since 2022) would be. On a page in",
        "another language, a country without `country_name` prints as CLDR names it in that",
        "language (\"Thaïlande\"); a `country_name` is translated in the meeting's catalogue.",
        "",
        "## The series in other languages",
        "",
        "`series.languages` lists the languages the site and the workplan are built in, the",
        "original first (`[en]` when the file gives none). Each other language is translated in a",
        "gettext catalogue beside the series file, `<series-id>.series.<language>.po`",
        "(`egm-cybercrime.series.fr.po`), which `egmplan translate extract -s SERIES --lang fr`",
        "writes and updates as it does a meeting's: a new string comes untranslated, a changed one",
        "keeps its translation marked fuzzy, a string gone stays as obsolete. Each string is",
        "filed under a key path naming where it stands in the series file:",
        "",
        "| key path | the text |",
        "|---|---|",
        "| `series.body`, `series.short_body` | the body's names |",
        "| `series.established_by.text`, `series.established_by.title` | the resolution, as `{resolution}` and `{resolution_title}` print it |",
        "| `series.mandate` | the mandate (keep every `{placeholder}`) |",
        "| `meetings[N].venue` | the venue of entry N of `meetings`, from 0: `meetings[3]` is meeting 4 (for a meeting with a file, the venue its file gives) |",
        "| `workplans[W].title`, `.table_heading`, `.topics_heading` | a workplan's title and headings |",
        "| `workplans[W].rows[R].year` | a year written as text (\"No later than 2021\"); a number is not translated |",
        "| `workplans[W].rows[R].topics[T]` | a main topic |",
        "| `workplans[W].annotations[A]` | an annotation of part II |",
        "",
        "A meeting's own text (its venue, documents, statements, panellists, the reason for a",
        "postponement) is translated in the meeting's catalogue (docs/translating.md).",
        "",
        "`egmplan site build` builds the original language where it always did (`site/index.html`,",
        "`site/<meeting>/`) and each other language L in `site/L/`: the series page, the workplan's",
        "files, a page for each meeting known only from the series file, and a page for each meeting",
        "whose file lists L in `meeting.languages`, with its agenda files in L as `agenda build",
        "--lang L` writes them. A meeting whose file is not issued in L has no page in L: the series",
        "page in L links its page in the original language, marked with that language's name",
        "(\"Sixième réunion (English)\"), or names it without a link when `--lang` leaves the",
        "original out. Every page lists its versions by each language's own name (English, Français,",
        "Español, Русский, 中文, العربية), with `hreflang` and `lang` on each link and `<link",
        "rel=\"alternate\" hreflang>` in its head; a page in Arabic is written right to left.",
        "`--lang` (repeatable, any case) chooses the languages; a language the series does not",
        "declare exits 2. A string the series' or a meeting's catalogue leaves untranslated, fuzzy or",
        "out of date stops the build (exit 1) with `FILE.po:LINE: key.path: why`, as `agenda build`",
        "does; `--allow-untranslated` builds it with the English marked [untranslated].",
        "`egmplan workplan --lang L` prints the workplan in L in every format, Word included (right",
        "to left in Arabic).",
        "",
    ]
    return "\n".join(lines + _tables(SERIES_FILE))


def _placeholder_docs() -> dict[str, str]:
    from egmplan.placeholders import DESCRIPTIONS

    return DESCRIPTIONS


LIMITS_START = "<!-- limits: generated from src/egmplan/loader/limits.py by `python tools/gen_docs.py` -->"
LIMITS_END = "<!-- end of limits -->"


def with_limits_table(document: str) -> str:
    """``document`` (docs/checking.md) with the table of limits between its two markers replaced."""
    from egmplan.loader.limits import markdown_table

    head, rest = document.split(LIMITS_START, 1)
    _old, tail = rest.split(LIMITS_END, 1)
    return f"{head}{LIMITS_START}\n{markdown_table()}{LIMITS_END}{tail}"
