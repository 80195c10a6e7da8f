"""The meeting file format: every key, its type, default, description and example.

This one definition drives the loader, ``egmplan schema`` (JSON Schema) and
``docs/meeting-format.md``.
"""

from __future__ import annotations

from datetime import time

from egmplan.loader.schema import (
    Bool, Code, Custom, DateValue, Either, Enum, Field, Int, ListOf, MapOf, Record, Text, TimeValue,
)
from egmplan import style as styles
from egmplan.loader.planning_schema import (
    CLOSE_OF_BUSINESS, DEADLINE, PARTICIPANTS, SPEAKERS, SPEAKING, check_zone,
)


# The six official languages of the United Nations, by their ISO 639-1 codes, in the UN's order.
UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

ZONE = Custom(
    check=check_zone,
    schema={"type": "string", "examples": ["Europe/Vienna", "America/New_York", "Asia/Bangkok"]},
    type_name="IANA time zone",
)

DATE_RANGE = Record(
    fields=[
        Field("start", DateValue(), required=True, description="First day.", example="2021-04-06"),
        Field("end", DateValue(), required=True, description="Last day (inclusive).", example="2021-04-08"),
    ],
    type_name="date range",
)

POSTPONEMENT = Record(
    fields=[
        Field("start", DateValue(), required=True, description="First day first announced.", example="2020-04-06"),
        Field("end", DateValue(), required=True, description="Last day first announced.", example="2020-04-08"),
        Field("reason", Text(), description='Why, as it completes "had to be postponed …".',
              example="due to the impact of the COVID-19 pandemic"),
    ],
    type_name="postponement",
)

STYLE = Record(
    fields=[
        Field("time", Enum(choices=("12h", "24h")), default="12h",
              example="24h", description='12h gives "10 a.m.–1 p.m." (New York, Vienna); 24h gives "10.00–13.00" (Geneva).'),
        Field("continued", Text(),
              example="(cont’d)", description='What a later row of an item appends, e.g. "(cont’d)" in Geneva. '
                                              "Default: the language's own, \"(continued)\" in English. The value "
                                              "given is for the meeting's original language (the first of "
                                              "`meeting.languages`); the documents in another language print that "
                                              "language's own."),
        Field("to_be_announced", Text(), example="Items to be announced",
              description="What the annex prints, beside its date and time, for a sitting without any row "
                          "in `organization_of_work`. Default: the language's own, \"To be announced\" in "
                          "English. As `continued`: the value given is for the original language."),
        Field("table_year", Bool(), default=False, example=True,
              description='Print the year in the organization-of-work dates ("Tuesday, 6 April 2021").'),
        Field("layout", Enum(choices=("separate", "merged")), default="separate", example="merged",
              description='separate: "Date | Time | Item | Title or description"; '
                          'merged: "Date and time | Agenda item | Title or description".'),
        Field("language", Enum(choices=styles.LANGUAGES), default="en", example="en",
              description="The language egmplan words the documents of the meeting's original language in "
                          "(headings, dates, \"(continued)\"): one it has a style for. Default: the original "
                          "language, the first of `meeting.languages`, when egmplan has a style for it. The "
                          "documents in the meeting's other languages are worded in theirs."),
        Field("session_line", Bool(), example=True,
              description='Print the session line ("Seventh meeting", "Twenty-eighth session") in the masthead, '
                          "between the body and the venue and dates. Default: printed for `kind: session`, as a "
                          "Commission's mastheads do; not for `kind: meeting`, as the Expert Group's annotated "
                          "provisional agendas (UNODC/CCPCJ/EG.4/2017/1, UNODC/CCPCJ/EG.4/2021/1) show."),
        Field("deadlines_section", Bool(), default=False, example=True,
              description='Print a "Deadlines" section (the `deadlines` in venue time) after the annotations, in '
                          "every format. UN annotated provisional agendas have no such section."),
    ],
    description="How the documents are written.",
)

MEETING = Record(
    fields=[
        Field("body", Text(), required=True, description="The body that meets, in full.",
              example="Expert Group to Conduct a Comprehensive Study on Cybercrime"),
        Field("short_body", Text(), description="The body's name in running text; defaults to `body`.",
              example="Expert Group"),
        Field("number", Int(minimum=1, limit="number"), required=True,
              description='Which meeting or session of the body this is; printed "seventh meeting".', example=7),
        Field("kind", Enum(choices=("meeting", "session")), default="meeting", example="session",
              description="What the body calls a gathering."),
        Field("symbol", Code(length="symbol"), description="Document symbol of the agenda.", example="UNODC/CCPCJ/EG.4/2021/1"),
        Field("distribution", Enum(choices=("General", "Limited", "Restricted")), example="General",
              description="Distribution printed in the masthead."),
        Field("issued", DateValue(), description="Date of issue printed in the masthead.", example="2021-02-22"),
        Field("original_language", Enum(choices=("Arabic", "Chinese", "English", "French", "Russian", "Spanish")),
              description="Printed as `Original: English`.", example="English"),
        Field("languages", ListOf(item=Enum(choices=UN_LANGUAGES), min_items=1), default=["en"],
              example=["en", "fr", "es"],
              description="The languages the documents are issued in (UN codes: ar, zh, en, fr, ru, es), the "
                          "original first. Each other language is translated in `<id>.<language>.po` beside "
                          "the meeting file (`egmplan translate extract`; docs/translating.md)."),
        Field("venue", Text(), required=True, description="City of the venue.", example="Vienna"),
        Field("timezone", ZONE, required=True,
              description="IANA time zone of the venue; every time in the file is wall-clock time there.",
              example="Europe/Vienna"),
        Field("format", Enum(choices=("in-person", "hybrid", "online")), default="in-person", example="hybrid",
              description="How participants attend."),
        Field("dates", DATE_RANGE, required=True, description="First and last day of the meeting.",
              example={"start": "2021-04-06", "end": "2021-04-08"}),
        Field("postponed_from", POSTPONEMENT,
              description="The dates first announced, when the meeting was postponed, and why: the meeting's "
                          "web page (`egmplan site build`) prints the announcement.",
              example={"start": "2020-04-06", "end": "2020-04-08",
                       "reason": "due to the impact of the COVID-19 pandemic"}),
        Field("revision", Int(minimum=0, limit="revision"), default=0, example=1,
              description="Raise it when re-issuing: calendar files use it as SEQUENCE so events update."),
        Field("style", STYLE, description="Editorial settings.", example={"time": "12h", "table_year": True}),
        Field("speaking", SPEAKING, description="Speaking-time limits and speaking connections.",
              example={"statement_minutes": 3, "presentation_minutes": 8, "connections": 300}),
        Field("close_of_business", CLOSE_OF_BUSINESS, default=time(18, 0), example="17:30",
              description="What COB (close of business) means in `deadlines`, venue time."),
    ],
    description="The facts of the meeting.",
)

SITTING = Record(
    fields=[
        Field("start", TimeValue(), required=True, description="Start, venue time.", example="10:00"),
        Field("end", TimeValue(), required=True, description="End, venue time.", example="13:00"),
    ],
    type_name="sitting",
)

SITTINGS = Record(
    fields=[
        Field("default", ListOf(item=SITTING), description="Sittings of every weekday of `dates`.",
              example=[{"start": "10:00", "end": "13:00"}, {"start": "15:00", "end": "18:00"}]),
        Field("days", MapOf(key=DateValue(), value=ListOf(item=SITTING)),
              description="Per-date override of the default; `[]` means no sitting and no row.",
              example={"2021-04-08": [{"start": "10:00", "end": "13:00"}]}),
        Field("no_sitting", MapOf(key=DateValue(), value=Text()),
              description="Dates without sittings that print a row of their own.",
              example={"2022-09-05": "Official United Nations holiday"}),
    ],
    description="When the body sits.",
)

DOCUMENT = Record(
    fields=[
        Field("title", Text(), required=True, description="Title of the document.",
              example="Compilation of all preliminary conclusions and recommendations"),
        Field("symbol", Code(length="symbol"), description="Its symbol, printed in parentheses.", example="UNODC/CCPCJ/EG.4/2021/CRP.1"),
    ],
    type_name="document",
)

ADDRESS = Code(length="address", pattern=r"https?://[^\s<>\"]+",
               pattern_help="an address starting with https:// or http://", type_name="address")

MEETING_DOCUMENT = Record(
    fields=[
        Field("title", Text(), required=True, description="Title, as the meeting page lists it.",
              example="List of Participants"),
        Field("symbol", Code(length="symbol"), description="Its symbol.", example="UNODC/CCPCJ/EG.4/2020/2"),
        Field("address", ADDRESS, description="Where it can be read.",
              example="https://undocs.org/UNODC/CCPCJ/EG.4/2020/2"),
        Field("date", DateValue(), description='The date of its status, printed "Status: 1 June 2020".',
              example="2020-06-01"),
        Field("status", Text(), description="How it is issued.", example="Reproduced as received"),
        Field("note", Text(multiline=True), description="A note printed under it.",
              example="The comments received within the extended deadline have been added."),
    ],
    type_name="document",
)

STATEMENT = Record(
    fields=[
        Field("delegation", Text(), required=True, description="The delegation, as the meeting page lists it.",
              example="Russian Federation"),
        Field("item", Code(), required=True,
              description='`general`, or the key or number of the agenda item the statement is on.',
              example="cooperation"),
        Field("addresses", ListOf(item=ADDRESS, min_items=1),
              description="Where each of the delegation's statements on that item can be read.",
              example=["https://www.unodc.org/documents/statement-1.pdf"]),
        Field("count", Int(minimum=1, limit="count"),
              description="How many statements, when their addresses are not known (default: one per "
                          "address, else 1).", example=2),
    ],
    type_name="statement",
)

_ITEM_KEY = Code(pattern=r"[a-z][a-z0-9_-]*", pattern_help="a key (lower-case letters, digits, - and _)")


def _item_fields() -> list[Field]:
    return [
        Field("key", _ITEM_KEY, example="recommendations",
              description="Stable key: use it in `organization_of_work` and as `{item:KEY}` in annotations "
                          "(the item's number, right however the agenda is renumbered)."),
        Field("title", Text(), required=True, description="Title as in the list of items.",
              example="Adoption of the agenda"),
        Field("short_title", Text(), description='Shorter title printed on "(continued)" rows.',
              example="Examining options"),
        Field("heading", Text(), description="Heading under Annotations, when it differs from the title.",
              example="Adoption of the agenda and organization of work"),
        Field("annotation", Text(multiline=True),
              description="Markdown paragraphs; `*italics*`, `- ` lists, footnotes `[^1]` with "
                          "`[^1]: text` lines, and placeholders such as `{opening}`.",
              example="The {meeting} of the {body} will be opened on {opening}."),
        Field("documentation", ListOf(item=DOCUMENT), description="Documents before the body under this item.",
              example=[{"title": "Report of the Secretariat", "symbol": "E/CN.15/2011/19"}]),
        Field("documentation_note", Text(),
              description='Sentence printed under "Documentation" when no document is listed.',
              example="No documentation is currently foreseen under agenda item {item:future-work}."),
        Field("estimated_minutes", Int(minimum=1, limit="estimated_minutes"), description="Estimated time, for planning.", example=180),
        Field("speakers", SPEAKERS, example={"statements": 20, "presentations": 7},
              description="Expected speakers: counts of statements and presentations, or a list of "
                          "panellists (each one presentation), by name or as a mapping with `name`, `honorific`, "
                          "`country` (and `country_name` where the meeting page prints another name than the "
                          "UN short name) and the presentation's `title`; `validate` checks they fit the sittings."),
    ]


SUB_ITEM = Record(fields=_item_fields(), type_name="sub-item")
ITEM = Record(
    fields=_item_fields()[:2]
    + [Field("items", ListOf(item=SUB_ITEM), description="Sub-items, numbered (a), (b)… in order.",
             example=[{"title": "Opening of the meeting"}, {"title": "Adoption of the agenda"}])]
    + _item_fields()[2:],
    type_name="agenda item",
)

ROW_OVERRIDE = Record(
    fields=[
        Field("item", Code(), required=True, description='Key of the item, or its number ("4", "1 (b)").',
              example="summaries"),
        Field("title", Text(), description='Title printed instead of the item\'s (without "(continued)").',
              example="Adoption of the summaries"),
        Field("continued", Bool(), description="Overrule the automatic (continued).", example=True),
        Field("reason", Text(),
              description="Why this row departs from the rules on purpose (e.g. a document reproduced as "
                          "issued): `validate` then reports the departure once, as a note, not a warning.",
              example="as printed in the issued document"),
    ],
    type_name="row",
)
ROW = Either(scalar=Code(), mapping=ROW_OVERRIDE, type_name="row")
ORGANIZATION = MapOf(
    key=DateValue(),
    value=ListOf(item=ListOf(item=ROW)),
    description="Date -> one list of rows per sitting of that date, in order.",
)

TRACK = Record(
    fields=[
        Field("name", Text(), required=True, description="The parallel body, e.g. a working group.",
              example="Working Group on International Cooperation"),
        Field("agenda", ListOf(item=ITEM, min_items=1), required=True, description="Its own agenda.",
              example=[{"key": "opening", "title": "Opening of the session"}]),
        Field("organization_of_work", ORGANIZATION, description="Its rows, at the same sittings.",
              example={"2022-09-06": [["opening"], []]}),
    ],
    type_name="track",
)

MEETING_FILE = Record(
    title="egmplan meeting file",
    fields=[
        Field("meeting", MEETING, required=True, description="The facts of the meeting.",
              example={"body": "Expert Group", "number": 7, "venue": "Vienna", "timezone": "Europe/Vienna",
                       "dates": {"start": "2021-04-06", "end": "2021-04-08"}}),
        Field("sittings", SITTINGS, required=True, description="When the body sits.",
              example={"default": [{"start": "10:00", "end": "13:00"}]}),
        Field("agenda", ListOf(item=ITEM, min_items=1), required=True, description="The provisional agenda.",
              example=[{"title": "Organizational matters", "items": [{"title": "Opening of the meeting"}]}]),
        Field("organization_of_work", ORGANIZATION,
              description="Which items are taken at which sitting. Rows are item keys (they stay right "
                          'when items are renumbered), item numbers ("1 (a)", "2"), or mappings that override '
                          "how a row prints. A sitting given `[]` prints its date and time with "
                          "`style.to_be_announced`.",
              example={"2021-04-06": [["opening", "agenda", "recommendations"], ["recommendations"]]}),
        Field("tracks", ListOf(item=TRACK),
              description="Parallel bodies meeting at the same sittings, each with its own rows.",
              example=[{"name": "Working Group on International Cooperation", "agenda": [{"title": "Opening"}]}]),
        Field("participants", PARTICIPANTS,
              description="Delegations and panellists (or keep them in `participants/<name>.yaml`).",
              example=[{"name": "Thailand", "country": "TH", "role": "member", "delegates": 3}]),
        Field("documents", ListOf(item=MEETING_DOCUMENT),
              description="The meeting's documents, in the order its web page lists them (`egmplan site build`).",
              example=[{"title": "List of Participants"}]),
        Field("statements", ListOf(item=STATEMENT),
              description="Statements the delegations sent in, general or on an agenda item, in the order the "
                          "meeting's web page lists them.",
              example=[{"delegation": "Australia", "item": "general"}]),
        Field("deadlines", ListOf(item=DEADLINE),
              description="Deadlines before (or after) the opening, each with a label.",
              example=[{"label": "Compilation of written contributions", "due": "-3w"}]),
        Field("holidays", MapOf(key=DateValue(), value=Text()),
              description="Days the secretariat does not work, before, during or after the meeting "
                          "(with `sittings.no_sitting`): a deadline on one gets a warning, and `-5wd` skips them.",
              example={"2020-07-21": "Official holiday"}),
    ],
    description="A meeting of an intergovernmental body: its agenda and organization of work.",
)
