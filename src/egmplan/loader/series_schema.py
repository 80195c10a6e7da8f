"""The series file format (``meetings/<series-id>.series.yaml``): a body's meetings in
order and its workplans. This one definition drives the loader
(:mod:`egmplan.loader.series`), ``egmplan schema series`` and ``docs/series.md``.
"""

from __future__ import annotations

from egmplan.loader.meeting_schema import DATE_RANGE, UN_LANGUAGES
from egmplan.loader.schema import Code, Enum, Field, Int, ListOf, Record, Text

ADDRESS = Code(length="address", pattern=r"https?://[^\s<>\"]+",
               pattern_help="an address starting with https:// or http://", type_name="address")
SYMBOL = Code(length="symbol", type_name="symbol")

RESOLUTION = Record(
    fields=[
        Field("text", Text(), required=True,
              description='The resolution as running text names it: `{resolution}` in the mandate.',
              example="resolution 65/230"),
        Field("title", Text(), description="Its title.",
              example="Twelfth United Nations Congress on Crime Prevention and Criminal Justice"),
        Field("symbol", SYMBOL, description="Its document symbol.", example="A/RES/65/230"),
    ],
    type_name="resolution",
)

SERIES = Record(
    fields=[
        Field("body", Text(), required=True, description="The body, in full, as its meeting files give it.",
              example="Expert Group to Conduct a Comprehensive Study on Cybercrime"),
        Field("short_body", Text(), description="The body's name in running text; defaults to `body`.",
              example="Expert Group"),
        Field("established_by", RESOLUTION, description="The resolution that established the body.",
              example={"text": "resolution 65/230", "symbol": "A/RES/65/230"}),
        Field("mandate", Text(multiline=True),
              description="The mandate, as the series page and each meeting page print it. Placeholders: "
                          "`{resolution}` (`established_by.text`), `{resolution_title}`, `{body}`, `{short_body}`.",
              example="In accordance with {resolution}, the Commission established an expert group to ..."),
        Field("languages", ListOf(item=Enum(choices=UN_LANGUAGES), min_items=1), default=["en"],
              example=["en", "fr", "es"],
              description="The languages the site and the workplan are built in (UN codes: ar, zh, en, fr, ru, es), "
                          "the original first. Each other language is translated in `<series-id>.series.<language>.po` "
                          "beside the series file (`egmplan translate extract -s SERIES`); a meeting's page is built "
                          "in a language its own `meeting.languages` lists."),
    ],
    description="The body whose meetings the file lists.",
)

SERIES_MEETING = Record(
    fields=[
        Field("file", Code(length="line", pattern=r"[^/\\]+\.ya?ml", pattern_help="a meeting file name in the same folder"),
              description="The meeting's own file, in the series file's folder. Without it, the entry gives "
                          "the facts of a meeting held before anyone used egmplan: `number`, `dates`, `venue`.",
              example="egm-cybercrime-2021.yaml"),
        Field("number", Int(minimum=1, limit="number"),
              description="Which meeting of the body it is; with `file`, it must agree with the file.", example=1),
        Field("dates", DATE_RANGE, description="First and last day; with `file`, they must agree with the file.",
              example={"start": "2011-01-17", "end": "2011-01-21"}),
        Field("venue", Text(), description="City of the venue (with `file`: taken from the file).", example="Vienna"),
        Field("report", SYMBOL, description="Symbol of the report on the meeting.",
              example="UNODC/CCPCJ/EG.4/2013/3"),
    ],
    type_name="meeting",
)

PERIOD = Record(
    fields=[
        Field("start", Int(minimum=1900, limit="year"), required=True, description="First year.", example=2018),
        Field("end", Int(minimum=1900, limit="year"), required=True, description="Last year.", example=2021),
    ],
    type_name="period",
)

WORKPLAN_ROW = Record(
    fields=[
        Field("year", Text(), required=True, description='The year, or text such as "No later than 2021".',
              example="No later than 2021"),
        Field("meeting", Int(minimum=1, limit="number"), required=True,
              description='Number of the meeting; printed "7th meeting".', example=7),
        Field("topics", ListOf(item=Text(), min_items=1), required=True, description="Its main topics.",
              example=["Stocktaking meeting", "Discussion of future work"]),
    ],
    type_name="workplan row",
)

WORKPLAN = Record(
    fields=[
        Field("period", PERIOD, required=True, description="The years the workplan covers.",
              example={"start": 2018, "end": 2021}),
        Field("adopted_at", Int(minimum=1, limit="number"), required=True,
              description="Number of the meeting that adopted it.", example=4),
        Field("title", Text(), description="Title of the document.",
              example="Chair’s proposal for the workplan of the Expert Group for the period 2018–2021"),
        Field("symbol", SYMBOL, description="Symbol of the document.", example="UNODC/CCPCJ/EG.4/2018/CRP.1"),
        Field("table_heading", Text(), description="Heading of part I, the table of meetings.",
              example="Provisional meeting arrangements of the expert group"),
        Field("topics_heading", Text(), default="Main topics", description="Heading of the topics column.",
              example="Main topics and possible conclusions and recommendations"),
        Field("rows", ListOf(item=WORKPLAN_ROW, min_items=1), required=True,
              description="The meetings planned, in order.",
              example=[{"year": "2018", "meeting": 4, "topics": ["Legislation & frameworks", "Criminalization"]}]),
        Field("annotations", ListOf(item=Text(multiline=True)),
              description="Part II, the annotations: one paragraph each, numbered 1, 2, 3 in order.",
              example=["The present work plan is based on ..."]),
    ],
    type_name="workplan",
)

SERIES_FILE = Record(
    title="egmplan series file",
    fields=[
        Field("series", SERIES, required=True, description="The body.",
              example={"body": "Expert Group to Conduct a Comprehensive Study on Cybercrime",
                       "short_body": "Expert Group"}),
        Field("meetings", ListOf(item=SERIES_MEETING, min_items=1), required=True,
              description="Every meeting of the body, in order, from the first.",
              example=[{"number": 1, "dates": {"start": "2011-01-17", "end": "2011-01-21"}, "venue": "Vienna"},
                       {"file": "egm-cybercrime-2017.yaml"}]),
        Field("workplans", ListOf(item=WORKPLAN), description="The body's workplans, oldest first.",
              example=[{"period": {"start": 2018, "end": 2021}, "adopted_at": 4,
                        "rows": [{"year": "2018", "meeting": 4, "topics": ["Criminalization"]}]}]),
    ],
    description="A body's meetings as a series: the meeting pages, the workplan and the history come from it.",
)
