"""Notes in words on a zone's difference from the venue during a meeting (UN-STYLE T8).

A note says when the difference changes during the meeting, or differs from its usual
value because one side has changed its clocks and the other has not (Vienna on 27–29
March 2019 is UTC+1 while New York is already UTC−4).

Cost: the yearly profile used for "usual" differences is memoised per (zone, year).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from egmplan import tz
from egmplan.model import Meeting
from egmplan.planning.zone_conversions import as_utc, at_zone, changes_between, last_change, next_change

# A difference from the venue that holds for fewer weeks of the year than this is
# "unusual" (one side has changed its clocks and the other has not yet): New York
# against Vienna is 5 hours behind for about 4 weeks a year, 6 hours the rest.
USUAL_MIN_WEEKS = 8


def place_name(zone_name: str) -> str:
    """``America/New_York`` -> ``New York``; ``UTC`` stays ``UTC``."""
    if zone_name in tz.UTC_NAMES:
        return "UTC"
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def offset_display(offset: timedelta) -> str:
    """T8: ``UTC+7``, ``UTC+5:45``, ``UTC−11`` (minus sign), ``UTC+0``."""
    total = int(offset.total_seconds()) // 60
    sign = "−" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def zone_time_label(abbreviation: str, offset: timedelta) -> str:
    """``CEST, UTC+2``; numeric abbreviations (``+07``) add nothing, so ``UTC+7`` alone."""
    if abbreviation and abbreviation[0].isalpha() and abbreviation != "UTC":
        return f"{abbreviation}, {offset_display(offset)}"
    return offset_display(offset)


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _relation(delta: timedelta, venue: str) -> str:
    """``5 hours behind Vienna``; without a venue (a later clause): ``6 hours behind``."""
    if not delta:
        return f"at the same time as {venue}" if venue else "at the same time"
    side = ("ahead of" if venue else "ahead") if delta > timedelta(0) else "behind"
    return f"{_amount(delta)} {side} {venue}".rstrip()


def _short_amount(delta: timedelta, reference: timedelta) -> str:
    """``6`` after "5 hours behind ... not the usual"; whole words when the side or unit differs."""
    if not delta:
        return "same time"
    same_side = (delta > timedelta(0)) == (reference > timedelta(0))
    whole = not int(delta.total_seconds()) % 3600 and not int(reference.total_seconds()) % 3600
    if same_side and whole and reference:
        return str(abs(int(delta.total_seconds())) // 3600)
    return f"{_amount(delta)} {'ahead' if delta > timedelta(0) else 'behind'}"


def _difference(zone_name: str, venue_zone: str, instant: datetime) -> timedelta:
    return at_zone(zone_name, instant).utcoffset() - at_zone(venue_zone, instant).utcoffset()


@lru_cache(maxsize=4096)
def _yearly_offsets(zone_name: str, year: int) -> tuple[timedelta, ...]:
    """The zone's offset at noon UTC every seventh day of ``year`` (53 samples)."""
    zone = tz.get_zone(zone_name)
    return tuple([sample.astimezone(zone).utcoffset() for sample in _weekly_samples(year)])


@lru_cache(maxsize=16)
def _weekly_samples(year: int) -> tuple[datetime, ...]:
    first = datetime(year, 1, 1, 12, tzinfo=timezone.utc)
    return tuple(first + timedelta(days=7 * week) for week in range(53))


def _is_usual(zone_name: str, venue_zone: str, year: int, delta: timedelta, near: date) -> bool:
    """Whether ``delta`` holds in at least :data:`USUAL_MIN_WEEKS` weekly samples of ``year``.

    Samples nearest the meeting come first and the count stops as soon as it is reached,
    so an ordinary zone costs a handful of conversions instead of 53."""
    zone = tz.get_zone(zone_name)
    theirs = _yearly_offsets(venue_zone, year)
    samples = _weekly_samples(year)
    week = min(max((near - date(year, 1, 1)).days // 7, 0), len(samples) - 1)
    order = sorted(range(len(samples)), key=lambda w: abs(w - week))
    found = 0
    for w in order:
        if samples[w].astimezone(zone).utcoffset() - theirs[w] == delta:
            found += 1
            if found >= USUAL_MIN_WEEKS:
                return True
    return False


def _usual_differences(zone_name: str, venue_zone: str, year: int) -> Counter:
    ours, theirs = _yearly_offsets(zone_name, year), _yearly_offsets(venue_zone, year)
    return Counter(a - b for a, b in zip(ours, theirs))


def _change_text(zone_name: str, label: str, instant: datetime, past: bool) -> str:
    """``New York changed its clocks on 10 March 2019 (EST, UTC−5 → EDT, UTC−4)``."""
    from egmplan.style import format_date

    before = at_zone(zone_name, instant - timedelta(seconds=1))
    after = at_zone(zone_name, instant)
    verb = "changed" if past else "changes"
    text = (f"{label} {verb} its clocks on {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f"; {format_date(before.date() + timedelta(days=1))} does not exist there"
    elif skipped > 1:
        text += f"; {skipped} days do not exist there"
    elif after.date() < before.date():
        text += f"; {format_date(after.date())} happens twice there"
    return text


def offset_notes(meeting: Meeting, zone_name: str,
                 timeline: list[tuple[date, timedelta]] | None = None) -> list[str]:
    """Notes on ``zone_name``'s difference from the venue during ``meeting`` (none when ordinary).

    ``timeline``: (venue date, zone offset minus venue offset) at each sitting's start and
    end, when the caller has them already (:func:`egmplan.planning.schedule.build_schedule`)."""
    from egmplan.style import format_date_range

    venue_zone = meeting.timezone
    if zone_name == venue_zone or not meeting.sittings:
        return []
    venue = meeting.venue
    if timeline is None:
        timeline = [(sitting.date, _difference(zone_name, venue_zone, as_utc(moment)))
                    for sitting in meeting.sittings for moment in (sitting.starts_at, sitting.ends_at)]
    segments: list[list] = []
    for day, delta in timeline:
        if segments and segments[-1][2] == delta:
            segments[-1][1] = day
        else:
            segments.append([day, day, delta])
    first = as_utc(meeting.sittings[0].starts_at)
    last = as_utc(meeting.sittings[-1].ends_at)

    if len(segments) > 1:
        parts = [f"{_relation(delta, venue if n == 0 else '')} on {format_date_range(a, b)}"
                 for n, (a, b, delta) in enumerate(segments)]
        changes = sorted(
            [(when, zone_name, place_name(zone_name)) for when in changes_between(zone_name, first, last)]
            + [(when, venue_zone, venue) for when in changes_between(venue_zone, first, last)]
        )
        reasons = [_change_text(name, label, when, past=False) for when, name, label in changes]
        text = f"{zone_name} is " + ", then ".join(parts)
        if reasons:
            text += ": " + "; ".join(reasons)
        return [text + "."]

    delta = segments[0][2]
    year = meeting.sittings[0].date.year
    if _is_usual(zone_name, venue_zone, year, delta, meeting.sittings[0].date):
        return []
    usual = _usual_differences(zone_name, venue_zone, year)
    common = [d for d, weeks in usual.most_common() if weeks >= USUAL_MIN_WEEKS]
    if not common:
        return []
    days = format_date_range(meeting.sittings[0].date, meeting.sittings[-1].date)
    usual_text = " or ".join(_short_amount(d, delta) for d in common)
    text = f"{zone_name} is {_relation(delta, venue)} on {days}, not the usual {usual_text}"
    reasons = []
    recent = [(when, name, label) for name, label in ((zone_name, place_name(zone_name)), (venue_zone, venue))
              if (when := last_change(name, first)) is not None]
    coming = [(when, name, label) for name, label in ((zone_name, place_name(zone_name)), (venue_zone, venue))
              if (when := next_change(name, last)) is not None]
    if recent:
        when, name, label = max(recent)
        reasons.append(_change_text(name, label, when, past=True))
    if coming:
        when, name, label = min(coming)
        reasons.append(_change_text(name, label, when, past=False))
    if reasons:
        text += ": " + " and ".join(reasons)
    return [text + "."]
