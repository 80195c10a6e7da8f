"""Property-based: generated meeting files, valid and mutated, never raise past the loader."""

from datetime import date, timedelta

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egmplan.loader import limits, load_meeting_text
from egmplan.planning.schedule import build_schedule
from egmplan.planning.orgwork import organization_rows
from egmplan.render.build import render_outputs

ZONES = ["Europe/Vienna", "America/New_York", "Asia/Kathmandu", "Pacific/Apia", "Australia/Lord_Howe",
         "Pacific/Chatham", "UTC", "Etc/GMT+5", "Asia/Calcutta"]
# Text that validates (tests/test_limits.py tries text that does not): no noncharacters (Cn),
# no line or paragraph separators (Zl, Zp: U+2028, U+2029, refused by egmplan.loader.limits as
# the control characters are), not only invisible characters.
text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Zl", "Zp")), min_size=1,
               max_size=40).filter(
    lambda t: t.strip() and not limits.looks_empty(t))


@st.composite
def meetings(draw):
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)))
    start += timedelta(days=max(0, 7 - start.weekday()) if start.weekday() >= 5 else 0)  # open on a weekday
    length = draw(st.integers(0, 6))
    end = start + timedelta(days=length)
    hours = sorted(draw(st.lists(st.integers(6, 21), min_size=1, max_size=3, unique=True)))
    sittings = [{"start": f"{h:02d}:00", "end": f"{h:02d}:45"} for h in hours]
    items = []
    for _ in range(draw(st.integers(1, 5))):
        item = {"title": draw(text)}
        if draw(st.booleans()):
            item["items"] = [{"title": draw(text)} for _ in range(draw(st.integers(1, 3)))]
        if draw(st.booleans()):
            item["annotation"] = draw(text).replace("{", "{{").replace("}", "}}") + " {opening}"
        items.append(item)
    numbers = []
    for index, item in enumerate(items, start=1):
        if "items" in item:
            numbers += [f"{index} ({chr(96 + n)})" for n in range(1, len(item["items"]) + 1)]
        else:
            numbers.append(str(index))
    organization = {}
    day = start
    while day <= end:
        if day.weekday() < 5:
            organization[day] = [draw(st.lists(st.sampled_from(numbers), max_size=3)) for _ in sittings]
        day += timedelta(days=1)
    return {
        "meeting": {"body": draw(text), "number": draw(st.integers(1, 999)), "venue": draw(text),
                    "timezone": draw(st.sampled_from(ZONES)), "dates": {"start": start, "end": end}},
        "sittings": {"default": sittings},
        "agenda": items,
        "organization_of_work": organization,
    }


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _dump(document) -> str:
    return yaml.dump(document, Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings())
def test_generated_meetings_load_and_plan(document):
    result = load_meeting_text(_dump(document), "generated.yaml")
    if result.meeting is None:
        # Only the database may refuse a generated file: a sitting in a DST gap or fold, or Apia's lost day.
        assert {d.message.split(" ")[-1] for d in result.errors} <= {"forward)", "back)", "skipped)"}, result.errors
        return
    rows = organization_rows(result.meeting)
    assert all(r.title for r in rows)
    # Valid files render: every agenda format, and a schedule in zones from both ends of the day line.
    outputs = render_outputs(result.meeting, ["md", "html", "txt", "json", "csv", "ics", "docx"])
    assert all(outputs.values())
    schedule = build_schedule(result.meeting, ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu"])
    assert len(schedule.sittings) == len(result.meeting.sittings)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings(), st.data())
def test_mutated_meetings_never_raise(document, data):
    source = _dump(document)
    position = data.draw(st.integers(0, len(source)))
    mutation = data.draw(st.sampled_from(["delete", "insert", "replace"]))
    junk = data.draw(st.text(max_size=5))
    if mutation == "delete":
        mutated = source[:position] + source[position + len(junk) + 1:]
    elif mutation == "insert":
        mutated = source[:position] + junk + source[position:]
    else:
        mutated = source[:position] + junk + source[position + len(junk):]
    result = load_meeting_text(mutated, "mutated.yaml")
    for diagnostic in result.diagnostics:
        assert diagnostic.line >= 1 and diagnostic.column >= 1
    if result.meeting is not None:
        organization_rows(result.meeting)
