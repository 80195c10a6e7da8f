"""organization_rows makes its rows as tuples, in order, and sorts them only when a track or
an added row can put them out of order; build_table works out each row's title, times and contract row in one pass over the rows,
the day's ISO date once a day, the continued suffix's parts once a table and a sitting's
printed times once a build; compared with the versions that made each row by name and
sorted every time, and grouped the rows first and went over them again for the contract
(the oracles, as written before) on the bundled meetings,
meetings with parallel tracks and days without sittings, and generated meetings."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bundled import MEETINGS
from meetings_with_tracks import TRACKS, TRACKS_MEETING
from egmplan.loader import load_meeting, load_meeting_text
from egmplan.model import flatten
from egmplan.planning.orgwork import OrgRow, _Taken, is_heading, organization_rows, track_rows
from egmplan.render.view import (
    Cell, DayGroup, OrgTable, SittingGroup, TableLine, _cited, _contract_rows, _printed_times, _printed_titles,
    build_table,
)
from egmplan.style import get_style
from test_property import _dump, meetings




def oracle_track_rows(meeting, agenda, plans, track) -> list[OrgRow]:
    items = {i.number: i for i in flatten(agenda)}
    sittings = {(s.date, s.number): s for s in meeting.sittings}
    taken = _Taken()
    rows = []
    for plan in sorted(plans, key=lambda p: (p.date, p.sitting)):
        sitting = sittings.get((plan.date, plan.sitting))
        headings = [is_heading(plan.rows, n, items) for n in range(len(plan.rows))]
        for spec, heading in zip(plan.rows, headings):
            item = items[spec.item]
            automatic = taken.continues(spec.item)
            continued = automatic if spec.continued is None else spec.continued
            base = spec.title or (item.continued_title if continued else item.title)
            rows.append(OrgRow(date=plan.date, sitting=plan.sitting, start=sitting.start if sitting else None,
                               end=sitting.end if sitting else None, item=spec.item, title=base, continued=continued,
                               track=track, automatic_continued=automatic, spec=spec, heading=heading))
        for spec, heading in zip(plan.rows, headings):
            taken.add(spec.item, heading)
    return rows


def oracle_rows(meeting) -> list[OrgRow]:
    rows = oracle_track_rows(meeting, meeting.agenda, meeting.organization, None)
    for track in meeting.tracks:
        rows += oracle_track_rows(meeting, track.agenda, track.organization, track.name)
    order = {None: 0, **{t.name: n for n, t in enumerate(meeting.tracks, start=1)}}
    occupied = {(r.date, r.sitting) for r in rows}
    for sitting in meeting.sittings:
        if (sitting.date, sitting.number) not in occupied:
            rows.append(OrgRow(sitting.date, sitting.number, sitting.start, sitting.end, "",
                               meeting.style.to_be_announced, False, None, to_be_announced=True))
    for day, text in meeting.no_sitting:
        rows.append(OrgRow(day, None, None, None, "", text, False, None))
    rows.sort(key=lambda r: (r.date, r.sitting or 0, order[r.track]))
    return rows


def _oracle_cell(row, title, suffix, style) -> Cell:
    item = _cited(row.item, style)
    if row.continued:
        return Cell(item, title, True, row.title, suffix, style.emphasis_parts(suffix))
    return Cell(item, title, False, title, "")


def oracle(meeting) -> OrgTable:
    style = get_style(meeting.style.language)
    rows = organization_rows(meeting)
    titles = _printed_titles(rows, meeting, style)
    printed_times = _printed_times(rows, meeting, style)
    lanes = (None, *(t.name for t in meeting.tracks))
    lane_index = {lane: n for n, lane in enumerate(lanes)}
    blank = Cell()
    blank_lanes = (blank,) * (len(lanes) - 1)
    columns = style.table_columns("merged" if meeting.style.layout == "merged" else "separate")
    suffix = meeting.style.continued
    by_day: dict[date, list] = {}
    for r, title in zip(rows, titles):
        by_day.setdefault(r.date, []).append((r, title))
    days = []
    for day in sorted(by_day):
        label = style.capitalize_first(style.format_date(day, weekday=True, year=meeting.style.table_year))
        sittings = []
        holiday_text = None
        first_line_of_day = True
        by_sitting: dict[int, list] = {}
        holidays = []
        for r, title in by_day[day]:
            if r.is_holiday:
                holidays.append(r)
            else:
                by_sitting.setdefault(r.sitting, []).append((r, title))
        numbers = sorted(by_sitting)
        for r in holidays:
            holiday_text = r.title
            line = TableLine(label if first_line_of_day else "", "",
                             (Cell("", r.title, False, r.title), *blank_lanes), True, first_line_of_day, True)
            first_line_of_day = False
            sittings.append(SittingGroup(None, None, None, "", (line,)))
        for number in numbers:
            sitting_rows = by_sitting[number]
            first = sitting_rows[0][0]
            start, end, time_label = printed_times[first.start, first.end]
            if len(lanes) == 1:
                lines = [TableLine(label if first_line_of_day and n == 0 else "", time_label if n == 0 else "",
                                   (_oracle_cell(r, title, suffix, style),), False, first_line_of_day and n == 0,
                                   n == 0)
                         for n, (r, title) in enumerate(sitting_rows)]
            else:
                per_lane = [[] for _ in lanes]
                for r, title in sitting_rows:
                    per_lane[lane_index[r.track]].append(_oracle_cell(r, title, suffix, style))
                lines = [TableLine(label if first_line_of_day and n == 0 else "", time_label if n == 0 else "",
                                   tuple(lane[n] if n < len(lane) else blank for lane in per_lane),
                                   False, first_line_of_day and n == 0, n == 0)
                         for n in range(max(len(lane) for lane in per_lane))]
            first_line_of_day = False
            sittings.append(SittingGroup(number, start, end, time_label, tuple(lines)))
        days.append(DayGroup(day.isoformat(), label, tuple(sittings), holiday_text if not numbers else None))
    return OrgTable(
        layout=meeting.style.layout,
        columns=columns,
        lanes=lanes,
        lane_headings=(style.heading("plenary"), *(t.name for t in meeting.tracks)),
        days=tuple(days),
        rows=_contract_rows(rows, titles, printed_times),
    )


def _same(meeting) -> None:
    rows = organization_rows(meeting)
    assert rows == oracle_rows(meeting)
    assert [tuple(map(type, row)) for row in rows] == [tuple(map(type, row)) for row in oracle_rows(meeting)]
    for track in meeting.tracks:  # what the checks read
        assert (oracle_track_rows(meeting, track.agenda, track.organization, track.name)
                == track_rows(meeting, track.agenda, track.organization, track.name))
    made, expected = build_table(meeting), oracle(meeting)
    assert made == expected
    # Records compare their fields; the bools and Nones are the same objects too (JSON writes them).
    assert repr(made) == repr(expected)


@pytest.mark.parametrize("path", sorted(MEETINGS.glob("*.yaml")), ids=lambda p: p.name)
def test_the_bundled_meetings_tables(path):
    result = load_meeting(path)
    if result.meeting is not None:  # the series file is not a meeting
        _same(result.meeting)


@pytest.mark.parametrize("text", [TRACKS, TRACKS_MEETING], ids=["tracks", "tracks-and-holiday"])
def test_tracks_and_days_without_sittings(text):
    meeting = load_meeting_text(text, "tracks.yaml").meeting
    assert meeting is not None and meeting.tracks
    _same(meeting)


TRACK = {"name": "Working Group", "agenda": [{"title": "Exchange of views"}, {"title": "Other matters"}]}


@st.composite
def varied_meetings(draw):
    """test_property's generated meetings, some with whole items that have sub-items, a parallel track, a day without sittings,
    continued rows forced either way, the merged layout and another language."""
    document = draw(meetings())
    organization = document["organization_of_work"]
    days = sorted(organization)
    parents = [str(n) for n, item in enumerate(document["agenda"], start=1) if "items" in item]
    if parents and draw(st.booleans()):  # whole items with sub-items: heading rows, items taken as a whole
        for day in days:
            for rows in organization[day]:
                for _ in range(draw(st.integers(0, 2))):
                    rows.insert(draw(st.integers(0, len(rows))), draw(st.sampled_from(parents)))
    if days and draw(st.booleans()):
        document["tracks"] = [{**TRACK, "organization_of_work": {
            day: [draw(st.lists(st.sampled_from(["1", "2"]), max_size=2)) for _ in organization[day]]
            for day in days}}]
    if len(days) > 1 and draw(st.booleans()):
        holiday = draw(st.sampled_from(days))
        del organization[holiday]
        document.setdefault("sittings", {})["no_sitting"] = {holiday: "Official holiday"}
        for track in document.get("tracks", ()):
            track["organization_of_work"].pop(holiday, None)
    document["meeting"]["style"] = {
        "layout": draw(st.sampled_from(["separate", "merged"])),
        "language": draw(st.sampled_from(["en", "fr", "es"])),
        "table_year": draw(st.booleans()),
    }
    return document


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(varied_meetings())
def test_generated_meetings_tables(document):
    result = load_meeting_text(_dump(document), "generated.yaml")
    if result.meeting is not None:
        _same(result.meeting)
