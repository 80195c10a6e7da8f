"""What a user writes for a zone (``--tz Bangkok``, ``--tz NO``, ``init``'s venue), resolved
to a zone of the pinned tz database: keywords, IANA names, countries and cities
(:mod:`egmplan.places`), and for a name that is none of these, what it was meant to be
(:mod:`egmplan.zonehints`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from egmplan import places, tz
from egmplan.errors import UsageError


class UnknownPlaceError(UsageError):
    """A zone spec (``--tz``, ``init``'s venue) that names no zone, country or city."""

    def __init__(self, spec: str, message: str, suggestion: str | None = None):
        self.spec = spec
        self.suggestion = suggestion
        super().__init__(message)


def _unzoned_country(text: str) -> str | None:
    """The name of an ISO country that zone.tab gives no zone (BV, HM)."""
    names = tz.country_names()
    for code, name in names.items():
        if code in places.country_codes():
            continue
        if text.upper() == code or places.fold(text) == places.fold(name):
            return f"{name} ({code})"
    return None


def _resolve(spec: str, venue_zone: str,
             days: tuple[date, ...]) -> places.ZoneChoice | list[places.ZoneChoice]:
    text = " ".join(spec.split())
    keyword = text.casefold()
    if keyword == "venue":
        return places.ZoneChoice(venue_zone, "Venue", "venue", places.zone_countries().get(venue_zone))
    if keyword == "utc":
        return places.ZoneChoice("UTC", "UTC", "utc")
    if keyword == "all":
        owners = places.zone_countries()
        return [places.ZoneChoice(z, z, "zone", owners.get(z)) for z in tz.zone1970_zones()]
    if not text:
        raise UnknownPlaceError(spec, "empty zone or place")

    iana = text if tz.is_zone(text) else places.zone_names_by_lower_case().get(text.lower())
    if iana is None:
        # A name that is no zone's: check_zone refuses it, and the zone it would suggest
        # costs an index of every zone's name (8 ms of a "--tz Geneva").
        place = places.find_place(text)
        if place is not None:
            return place
    lookup = tz.check_zone(iana or text)
    if lookup.name is not None:
        if iana and tz.is_deprecated(iana):
            # "Japan", "GB", "Iceland" are old zone names and places too: the place's
            # own zone.tab name (Atlantic/Reykjavik, not Africa/Abidjan), when the
            # database gives both the same rules.
            place = places.find_place(text)
            if place is not None and places.same_rules(place.zone, lookup.name):
                return place
        notes = (lookup.warning,) if lookup.warning else ()
        return places.ZoneChoice(lookup.name, lookup.name, "zone", places.zone_countries().get(lookup.name),
                                 notes)

    place = places.find_place(text)
    if place is not None:
        return place
    unzoned = _unzoned_country(text)
    if unzoned:
        raise UnknownPlaceError(
            spec, f"{unzoned} has no time zone: the tz database lists none for it (uninhabited)"
        )
    if lookup.refusal not in (None, "unknown") and text not in tz.NOT_PLACES:
        raise UnknownPlaceError(spec, lookup.error, lookup.suggestion)  # a region

    unknown = lookup.error if text in tz.NOT_PLACES else f"unknown zone or place '{text}'"
    from egmplan import zonehints  # only for a name that is wrong: the hints cost start-up

    hint = zonehints.explain(text, zonehints.command_context(venue_zone, days), unknown)
    raise UnknownPlaceError(spec, hint.message, hint.suggestion)


def resolve_zone_spec(spec: str, venue_zone: str,
                      days: tuple[date, ...] = ()) -> places.ZoneChoice | list[places.ZoneChoice]:
    """Resolve one ``--tz`` value; ``all`` gives a list, anything else one choice.

    Precedence (product issue): the keywords ``venue``, ``UTC`` and ``all``; an
    IANA name; an ISO 3166 alpha-2 code; a country name; a city name. ``days``, the
    meeting's (:func:`egmplan.zonehints.meeting_days`), are the days an unknown name's
    suggestion must be right on (:mod:`egmplan.zonehints`).
    """
    result = _resolve(spec, venue_zone, days)
    return result if isinstance(result, list) else replace(result, typed=" ".join(spec.split()))


def resolve_zone_specs(specs: Iterable[str], venue_zone: str,
                       days: tuple[date, ...] = ()) -> list[places.ZoneChoice]:
    """Resolve several ``--tz`` values in order; a zone already chosen is not repeated."""
    chosen: list[places.ZoneChoice] = []
    seen: set[str] = set()
    for spec in specs:
        result = resolve_zone_spec(spec, venue_zone, days)
        for choice in result if isinstance(result, list) else [result]:
            if choice.zone not in seen:
                seen.add(choice.zone)
                chosen.append(choice)
    return chosen
