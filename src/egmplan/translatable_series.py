"""The text of a series file that a translator translates, and the series in another language.

As for a meeting (:mod:`egmplan.translatable`), each string has a key path naming where it
stands in the series file: ``series.mandate``, ``meetings[3].venue`` (the fourth entry of
``meetings``: meeting 4, since the list holds every meeting in order from the first),
``workplans[0].rows[3].topics[1]``, ``workplans[0].annotations[2]``. A meeting with a file
of its own takes its venue from that file; its key path is still ``meetings[N].venue``, so
that the series page and the history can name it in a language its own file is not issued
in. A year written as a number (``2018``) is not a string to translate; ``No later than 2021``
is. Facts (dates, numbers, symbols) stay as the series file gives them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Mapping

from egmplan.model_series import Series, Workplan
from egmplan.translatable import Translatable


def series_strings(series: Series) -> list[Translatable]:
    """Every translatable string of ``series``, in the order of the series file."""
    return [t for t in _strings(series) if t.text]


def series_translated(series: Series, translations: Mapping[str, str]) -> Series:
    """``series`` with each string whose key path ``translations`` maps replaced by that text."""

    def text(context: str, original):
        return translations.get(context, original) if original else original

    body = text("series.body", series.body)
    short_body = body if series.short_body == series.body else text("series.short_body", series.short_body)
    resolution = series.established_by
    if resolution is not None:
        resolution = replace(resolution, text=text("series.established_by.text", resolution.text),
                             title=text("series.established_by.title", resolution.title))
    return replace(
        series,
        body=body,
        short_body=short_body,
        mandate=text("series.mandate", series.mandate),
        established_by=resolution,
        meetings=tuple(replace(facts, venue=text(f"meetings[{index}].venue", facts.venue))
                       for index, facts in enumerate(series.meetings)),
        workplans=tuple(_translated_workplan(plan, f"workplans[{index}]", text)
                        for index, plan in enumerate(series.workplans)),
    )


def _strings(series: Series) -> Iterator[Translatable]:
    yield Translatable("series.body", series.body, "the body's full name: the series page's heading, "
                                                   "each meeting page's title ({body} in the mandate)")
    if series.short_body != series.body:
        yield Translatable("series.short_body", series.short_body,
                           "the body's name in running text: history, workplan, links ({short_body})")
    resolution = series.established_by
    if resolution is not None:
        yield Translatable("series.established_by.text", resolution.text,
                           "the establishing resolution as running text names it ({resolution} in the mandate)")
        if resolution.title:
            yield Translatable("series.established_by.title", resolution.title,
                               "the establishing resolution's title ({resolution_title} in the mandate)")
    if series.mandate:
        yield Translatable("series.mandate", series.mandate,
                           "the mandate, on the series page and each meeting page (keep every {placeholder})")
    for index, facts in enumerate(series.meetings):
        if facts.venue:
            given = f", as its file {facts.file.name} gives it" if facts.file else ""
            yield Translatable(f"meetings[{index}].venue", facts.venue,
                               f"the venue of {facts.kind} {facts.number}{given}: the series page, the history "
                               "of the meetings after it")
    for index, plan in enumerate(series.workplans):
        yield from _workplan_strings(plan, f"workplans[{index}]")


def _is_number(year: str) -> bool:
    return year.strip().isdigit()


def _workplan_strings(plan: Workplan, prefix: str) -> Iterator[Translatable]:
    period = f"the workplan for {plan.first_year}-{plan.last_year}"
    if plan.title:
        yield Translatable(f"{prefix}.title", plan.title, f"{period}: the document's title")
    if plan.table_heading:
        yield Translatable(f"{prefix}.table_heading", plan.table_heading,
                           f"{period}: the heading of part I, the table of meetings")
    yield Translatable(f"{prefix}.topics_heading", plan.topics_heading, f"{period}: the heading of the topics column")
    for row_index, row in enumerate(plan.rows):
        if not _is_number(row.year):
            yield Translatable(f"{prefix}.rows[{row_index}].year", row.year,
                               f"{period}: the year of meeting {row.meeting}, as text")
        for topic_index, topic in enumerate(row.topics):
            yield Translatable(f"{prefix}.rows[{row_index}].topics[{topic_index}]", topic,
                               f"{period}: a main topic of meeting {row.meeting}")
    for number, annotation in enumerate(plan.annotations):
        yield Translatable(f"{prefix}.annotations[{number}]", annotation,
                           f"{period}: annotation {number + 1} of part II")


def _translated_workplan(plan: Workplan, prefix: str, text) -> Workplan:
    return replace(
        plan,
        title=text(f"{prefix}.title", plan.title),
        table_heading=text(f"{prefix}.table_heading", plan.table_heading),
        topics_heading=text(f"{prefix}.topics_heading", plan.topics_heading),
        rows=tuple(replace(row,
                           year=row.year if _is_number(row.year) else text(f"{prefix}.rows[{r}].year", row.year),
                           topics=tuple(text(f"{prefix}.rows[{r}].topics[{t}]", topic)
                                        for t, topic in enumerate(row.topics)))
                   for r, row in enumerate(plan.rows)),
        annotations=tuple(text(f"{prefix}.annotations[{n}]", a) for n, a in enumerate(plan.annotations)),
    )
