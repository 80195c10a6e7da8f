"""What a wrong time-zone name was meant to be (issue 10, point 2).

A hint follows what the name means, never its spelling alone, because a name that
looks close can be hours away (``Europe/Geneva`` is not ``Europe/Guernsey``):

* a UTC offset (``GMT+2``, ``UTC-5``, ``+02:00``) explains that an offset is not a
  zone and the POSIX sign trap (``Etc/GMT+2`` is UTC−02:00), and offers the venue's
  zone or its country's zones at that offset on the meeting's days, else the zones
  at that offset then;
* an abbreviation (``EST``, ``CET``, ``IST``) or an old rule name (``EST5EDT``)
  offers the zones that use it on the meeting's days, read from the tz database
  itself (zoneinfo's tzname), the venue's zone first, even when the venue uses it
  only in another season (``CET`` for Geneva in April, on CEST then);
* a place (``Geneva``, ``Europe/Geneva``, ``USA``, ``Addis``) offers the zone its
  city or country resolves to, as ``--tz`` resolves it;
* only then the closest spelling, and never one in another UTC offset on the
  meeting's days than the zone the name should give (the venue's, for a meeting's
  ``timezone``; the country's, for a participant).

Without a meeting (a participants file on its own) the days judged are the 15th of
each month of the database's release year. Answers are cached per name and context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from egmplan import tz
from egmplan.tz import meeting_days  # noqa: F401  (where the hints' callers have always found it)

MAX_NAMED = 3
MINUS = "\u2212"

_OFFSET = re.compile(r"^(?:(UTC|GMT|Z)\s*)?([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"^[A-Z]{2,5}$")
_RULE = re.compile(r"^([A-Z]{3,4})\d{1,2}([A-Z]{3,4})$")  # EST5EDT, PST8PDT


@dataclass(frozen=True)
class ZoneContext:
    """What is known around a zone name: the days it must be right on, and where it should be."""

    days: tuple[date, ...] = ()     # the meeting's days; () without a meeting
    zone: str | None = None         # the zone the name most likely means (the venue's)
    zone_label: str = ""            # how to name it: "the venue's zone", "Japan"
    country: str | None = None      # the country whose zones come first
    strict: bool = False            # a similar spelling must give `zone`'s offsets on `days`
    places: bool = False            # the caller takes place names (``--tz``): suggest "Bangkok"


@dataclass(frozen=True)
class ZoneHint:
    message: str                    # the whole diagnostic text
    suggestion: str | None = None


def venue_context(venue: str | None, days: tuple[date, ...]) -> ZoneContext:
    """For a meeting file's ``timezone``: the zone should be the one its ``venue`` resolves to."""
    from egmplan import places

    place = places.find_place(venue) if venue else None
    if place is None:
        return ZoneContext(days)
    return ZoneContext(days, place.zone, f"the zone of {venue.strip()}, the venue", place.country, strict=True)


def command_context(venue_zone: str, days: tuple[date, ...]) -> ZoneContext:
    """For ``--tz``: any zone may be meant; the venue's comes first."""
    from egmplan import places

    return ZoneContext(days, venue_zone, "the venue's zone", places.zone_country(venue_zone), places=True)


def participant_context(country: str | None, days: tuple[date, ...]) -> ZoneContext:
    """For a participant's ``zone``: one of its country's zones, when it names a country."""
    from egmplan import places

    if country is None:
        return ZoneContext(days)
    found = places.country(country)
    return ZoneContext(days, found.zone, found.name, found.code, strict=True)


def explain(text: str, context: ZoneContext, unknown: str) -> ZoneHint:
    """The message for a zone name that is refused; ``unknown`` is the caller's plain refusal
    ("unknown time zone 'X'"), used when the name means nothing more specific."""
    return _explain(text, context, unknown)


def explain_refusal(text: str, lookup: tz.ZoneLookup, context: ZoneContext) -> ZoneHint:
    """The message for a name :func:`egmplan.tz.check_zone` refused (a meeting or participants file)."""
    if lookup.names_nothing:
        return explain(text, context, lookup.error)
    message = lookup.error or f"unknown time zone {text!r}"
    if lookup.suggestion:
        message += f"; did you mean {lookup.suggestion!r}?"
    return ZoneHint(message, lookup.suggestion)  # spaces around it, a region


@lru_cache(maxsize=1024)
def _explain(text: str, context: ZoneContext, unknown: str) -> ZoneHint:
    written = " ".join(text.split())
    offset = _parse_offset(written)
    if offset is not None:
        return _offset_hint(written, offset, context)
    rule = _RULE.match(written)
    abbreviations = rule.groups() if rule else (written,) if _ABBREVIATION.match(written) else ()
    if abbreviations:
        hint = _abbreviation_hint(written, abbreviations, context, is_rule=bool(rule))
        if hint is not None:
            return hint
    return _place_hint(written, context, unknown) or ZoneHint(_fallback(unknown, context), _fallback_zone(context))


# --- offsets -------------------------------------------------------------------------------

def _parse_offset(written: str) -> timedelta | None:
    found = _OFFSET.match(written)
    if not found or (not found.group(1) and len(found.group(3)) == 1 and not found.group(4)):
        return None  # "+2" alone is too little to be sure of; "+02" or "UTC+2" is an offset
    sign = -1 if found.group(2) in "-\u2212" else 1
    hours, minutes = int(found.group(3)), int(found.group(4) or 0)
    if hours > 14 or minutes >= 60:
        return None
    return sign * timedelta(hours=hours, minutes=minutes)


def offset_text(offset: timedelta) -> str:
    """``UTC+02:00``, ``UTC−05:00`` (minus sign)."""
    return "UTC" + tz.utc_offset_text(offset).replace("-", MINUS)


def _offset_hint(written: str, offset: timedelta, context: ZoneContext) -> ZoneHint:
    head = f"{written!r} is a UTC offset, not a time zone: offsets change with daylight saving time"
    hours, rest = divmod(abs(int(offset.total_seconds())), 3600)
    if not rest and hours and hours <= 12:
        sign = "+" if offset > timedelta(0) else "-"
        head += (f", and the tz database's Etc/GMT{sign}{hours} is {offset_text(-offset)} "
                 "(POSIX signs are inverted)")
    when = _when(context.days)
    matching = [zone for zone, offsets in _offsets_on(context.days).items() if offsets == {offset}]
    preferred = _preferred(context, matching)
    if preferred:
        zone, label = preferred
        return ZoneHint(f"{head}; {zone} ({label}) is at {offset_text(offset)} {when}; "
                        f"did you mean {zone!r}?", zone)
    other_season = [zone for zone in _offsets_on(context.days)
                    if offset in _offsets_in_years(zone, _years(context.days))]
    preferred = _preferred(context, other_season)
    if preferred:  # "UTC+1" for Geneva in April: its winter offset
        zone, label = preferred
        now = _listed([offset_text(o) for o in sorted(_offsets_on(context.days)[zone])], quoted=False)
        return ZoneHint(f"{head}; {zone} ({label}) is at {offset_text(offset)} in another season and "
                        f"at {now} {when}; did you mean {zone!r}?", zone)
    if not matching:
        return ZoneHint(f"{head}; no zone is at {offset_text(offset)} {when}")
    ranked = _ranked(matching)
    return ZoneHint(f"{head}; zones at {offset_text(offset)} {when}: {_listed(ranked)}; "
                    f"did you mean {ranked[0]!r}?", ranked[0])


# --- abbreviations -------------------------------------------------------------------------

def _abbreviation_hint(written: str, abbreviations: tuple[str, ...], context: ZoneContext,
                       *, is_rule: bool) -> ZoneHint | None:
    wanted = set(abbreviations)
    on_days = {zone: found for zone, names in _names_on(context.days).items()
               if (found := next(((n, o) for n, o in names if n in wanted), None))}
    other_season = {zone: names[0] for zone, names in _names_on(context.days).items()
                    if zone not in on_days and wanted & _names_in_years(zone, _years(context.days))}
    if not on_days and not other_season:
        return None
    if is_rule:
        # EST5EDT means a zone that uses both names (New York), not one that uses EST alone.
        both = {zone for zone in (*on_days, *other_season)
                if wanted <= _names_in_years(zone, _years(context.days)) | {n for n, _ in _names_on(context.days)[zone]}}
        if both:
            on_days = {z: v for z, v in on_days.items() if z in both}
            other_season = {z: v for z, v in other_season.items() if z in both}
    head = (f"{written!r} is a rule of the tz database, not a place" if is_rule
            else f"{written!r} is a time-zone abbreviation, not a zone")
    when = _when(context.days)
    preferred = _preferred(context, list(on_days))
    if preferred:
        zone, label = preferred
        name, offset = on_days[zone]
        return ZoneHint(f"{head}; {zone} ({label}) is on {name} ({offset_text(offset)}) {when}; "
                        f"did you mean {zone!r}?", zone)
    preferred = _preferred(context, list(other_season))
    if preferred:
        zone, label = preferred
        name, offset = other_season[zone]
        return ZoneHint(f"{head}; {zone} ({label}) uses it in another season and is on {name} "
                        f"({offset_text(offset)}) {when}; did you mean {zone!r}?", zone)
    parts = []
    ranked_on, ranked_other = _ranked(list(on_days)), _ranked(list(other_season))
    if ranked_on:
        shown = [f"{z} ({offset_text(on_days[z][1])})" for z in ranked_on]
        parts.append(f"{when} it is used by {_listed(shown, quoted=False)}")
    if ranked_other:
        verb = "uses" if len(ranked_other) == 1 else "use"
        parts.append(f"{_listed(ranked_other, quoted=False)} {verb} it in another season")
    best = (ranked_on or ranked_other)[0]
    return ZoneHint(f"{head}; {'; '.join(parts)}; did you mean {best!r}?", best)


# --- places and spellings ------------------------------------------------------------------

def _place_hint(written: str, context: ZoneContext, unknown: str) -> ZoneHint | None:
    from egmplan import places

    if not context.places:
        place = places.find_place(written)
        if place is not None:
            kind = "a city" if place.kind == "city" else "a country"
            return ZoneHint(f"{written!r} names {kind}, not a time zone; "
                            f"did you mean {place.zone!r} ({_place_phrase(place)})?", place.zone)
    if "/" in written:
        city = written.rsplit("/", 1)[1].replace("_", " ")
        place = places.find_place(city) if city else None
        if place is not None and place.kind == "city":
            same = _exemplar(place.zone) == places.fold(_place_phrase(place).split(",")[0])
            phrase = "" if same else f" ({_place_phrase(place)})"
            return ZoneHint(f"{unknown}; did you mean {place.zone!r}{phrase}?", place.zone)
    code = _alpha3_country(written)
    if code is not None:
        choice = places.find_place(code)
        if choice is not None:
            if context.places:
                return ZoneHint(f"{unknown}; {written!r} is an ISO 3166 alpha-3 code: did you mean "
                                f"{code!r} ({places.country(code).name})?", code)
            return ZoneHint(f"{written!r} is a country code, not a time zone; "
                            f"did you mean {choice.zone!r} ({_place_phrase(choice)})?", choice.zone)
    if _ABBREVIATION.match(written):
        return None  # an unknown abbreviation is not a spelling of anything
    named = places.places_named_starting(written) or places.similar_places(written)
    if "/" in written:
        close = tz.suggest_zone(written)
        named = [] if close is None else [close]
    candidates = []
    for name in named:
        choice = places.find_place(name) if "/" not in name else None
        zone = choice.zone if choice else name
        if context.strict and context.zone and not _same_offsets(zone, context.zone, context.days):
            continue
        if context.places or "/" in name:
            candidates.append((name, f"'{name}'"))
        elif choice is not None:
            candidates.append((zone, f"{zone!r} ({_place_phrase(choice)})"))
    if not candidates:
        return None
    return ZoneHint(f"{unknown}; did you mean {' or '.join(shown for _, shown in candidates)}?",
                    candidates[0][0])


def _fallback(unknown: str, context: ZoneContext) -> str:
    zone = _fallback_zone(context)
    return f"{unknown}; did you mean {zone!r} ({context.zone_label})?" if zone else unknown


def _fallback_zone(context: ZoneContext) -> str | None:
    return context.zone if context.strict else None


def _place_phrase(choice) -> str:
    """``Geneva, Switzerland``; a country with several zones: ``capital: Washington``."""
    from egmplan import places

    if choice.kind == "country":
        country = places.country(choice.country)
        count = len(tz.country_zones(country.code))
        if count > 1 and country.capital:
            return f"{country.name}, the zone of its capital {country.capital}; it has {count} zones"
        return country.name
    label = choice.label
    if label.endswith(")") and " (" in label:
        name, country = label.split(" (", 1)
        return f"{name}, {country[:-1]}"
    return label


def _exemplar(zone: str) -> str:
    from egmplan import places

    return places.fold(zone.rsplit("/", 1)[-1])


def _alpha3_country(written: str) -> str | None:
    if not (len(written) == 3 and written.isalpha()):
        return None
    from egmplan.countrycodes import territory_aliases

    codes = territory_aliases().get(written.upper(), ())
    return codes[0] if len(codes) == 1 else None


# --- the database on the days ----------------------------------------------------------------

def _when(days: tuple[date, ...]) -> str:
    if not days:
        return f"in {_reference_year()}"
    from egmplan.style import get_style

    style = get_style("en")
    if days[0] == days[-1]:
        return f"on {style.format_date(days[0])}"
    return f"on {style.format_date_range(days[0], days[-1])}"


def _reference_year() -> int:
    return int(tz.database_version()[:4])


def _judged(days: tuple[date, ...]) -> tuple[date, ...]:
    if days:
        return days
    year = _reference_year()
    return tuple(date(year, month, 15) for month in range(1, 13))


def _years(days: tuple[date, ...]) -> tuple[int, ...]:
    return tuple(sorted({d.year for d in _judged(days)}))


@lru_cache(maxsize=16)
def _names_on(days: tuple[date, ...]) -> dict[str, tuple[tuple[str, timedelta], ...]]:
    """Each place zone -> its (abbreviation, offset) at local noon of each judged day, in order."""
    table = {}
    for zone in tz.place_zones():
        seen: dict[tuple[str, timedelta], None] = {}
        for day in _judged(days):
            seen.setdefault(_at_noon(zone, day), None)
        table[zone] = tuple(seen)
    return table


def _offsets_on(days: tuple[date, ...]) -> dict[str, set[timedelta]]:
    return {zone: {offset for _, offset in names} for zone, names in _names_on(days).items()}


@lru_cache(maxsize=4096)
def _names_in_years(zone: str, years: tuple[int, ...]) -> frozenset[str]:
    """The abbreviations a zone uses in those years (on the 1st and 15th of each month)."""
    return frozenset(_at_noon(zone, date(year, month, day))[0]
                     for year in years for month in range(1, 13) for day in (1, 15))


@lru_cache(maxsize=4096)
def _offsets_in_years(zone: str, years: tuple[int, ...]) -> frozenset[timedelta]:
    return frozenset(_at_noon(zone, date(year, month, day))[1]
                     for year in years for month in range(1, 13) for day in (1, 15))


def _at_noon(zone: str, day: date) -> tuple[str, timedelta]:
    moment = datetime.combine(day, time(12), tzinfo=tz.get_zone(zone))
    return moment.tzname() or "", moment.utcoffset() or timedelta(0)


def _same_offsets(zone: str, other: str, days: tuple[date, ...]) -> bool:
    if not (tz.is_zone(zone) and tz.is_zone(other)):
        return False
    return all(_at_noon(zone, d)[1] == _at_noon(other, d)[1] for d in _judged(days))


def _preferred(context: ZoneContext, zones: list[str]) -> tuple[str, str] | None:
    """The context's zone, else a zone of its country, among ``zones``, with how to name it."""
    from egmplan import places

    if context.zone in zones:
        return context.zone, context.zone_label
    if context.country:
        for zone in _ranked([z for z in zones if places.zone_country(z) == context.country]):
            return zone, places.country(context.country).name
    return None


def _ranked(zones: list[str]) -> list[str]:
    """Most people first (the population of the zone's cities in the places data), then by name."""
    from egmplan import places

    weight = places.zone_populations()
    return sorted(zones, key=lambda z: (-weight.get(z, 0), z))


def _listed(items: list[str], *, quoted: bool = True) -> str:
    shown = [repr(i) if quoted else i for i in items[:MAX_NAMED]]
    more = len(items) - MAX_NAMED
    if more > 0:
        return ", ".join(shown) + f" and {more} more"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
