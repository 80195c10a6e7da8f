"""The place index file (tools/build_place_index.py) against the index egmplan built from
cities.tsv and countries.tsv at each run before it: the same answers for every name."""

from __future__ import annotations

import difflib
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from egmplan import places
from egmplan.spelling import SpellingIndex

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("build_place_index", ROOT / "tools" / "build_place_index.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


@pytest.fixture(scope="module")
def full():
    index = _tool().full_index()
    first_words = {}
    for name in index.city_names:
        first, _, rest = name.partition(" ")
        if rest:
            first_words.setdefault(first, []).append(name)
    return SimpleNamespace(**index._asdict(), first_words=first_words)


def test_the_index_file_is_what_the_tool_writes():
    written = (ROOT / "src" / "egmplan" / "data" / "place_index.tsv").read_text(encoding="utf-8")
    assert written == _tool().index_text(), "place_index.tsv is stale: run python tools/build_place_index.py"


def _cities(rows):
    cities = places.load_cities()
    return [cities[row] for row in rows]


def _old_find_place(full, text):
    """find_place as it was, on the full index."""
    countries = places._countries()
    if len(text) == 2 and text.isascii() and text.isalpha() and text.upper() in countries:
        return places._country_choice(countries[text.upper()])
    key = places.fold(text)
    if key in full.country_keys:
        return places._country_choice(countries[full.country_keys[key]])
    matches = full.city_names.get(key) or full.city_alternates.get(key)
    if matches:
        return places._city_choice(text, _cities(matches))
    if "," in text:
        city, _, where = text.rpartition(",")
        where = where.strip()
        code = where.upper() if where.upper() in countries else full.country_keys.get(places.fold(where))
        key = places.fold(city)
        found = [c for c in _cities(full.city_names.get(key) or full.city_alternates.get(key) or ())
                 if c.country == code]
        if found:
            return places._city_choice(city.strip(), found)
    return None


def _old_places_named_starting(full, text):
    words = f" {places.fold(text)} "
    if not words.strip():
        return []
    codes = sorted({code for key, code in full.country_keys.items() if words in f" {key} "})
    if 0 < len(codes) <= places.MAX_NAMED_PLACES:
        return sorted((places.country(code).name for code in codes), key=places.fold)
    key = words.strip()
    cities = {}
    for name in full.first_words.get(key.split(" ")[0], ()):
        rows = full.city_names[name]
        if name.startswith(key + " "):
            best = max(_cities(rows), key=lambda c: (places._is_national_capital(c), c.population))
            cities[best.name] = (not places._is_national_capital(best), -best.population)
    return sorted(cities, key=lambda n: (cities[n], n))[:places.MAX_NAMED_PLACES]


def _old_similar_places(full, spellings, text):
    key = places.fold(text)
    close = spellings.close(key, n=5, cutoff=0.8)
    if not close:
        return []

    def rank(name):
        primary = name in full.country_keys or name in full.city_names
        people = max((c.population for c in _cities(full.city_names.get(name, ()))), default=0)
        return (-difflib.SequenceMatcher(None, key, name).ratio(), not primary, -people, name)

    return [full.displays[min(close, key=rank)]]


def _every_name():
    for country in places.load_countries():
        yield from (country.code, country.code.lower(), country.name, *country.aliases)
    for city in places.load_cities():
        yield from (city.name, city.ascii, *city.alternates)
        yield f"{city.name}, {city.country}"
        yield f"{city.ascii}, {places.country(city.country).name}"


def test_every_name_in_the_data_finds_what_the_full_index_found(full):
    names = sorted(set(_every_name()))
    assert len(names) > 40000
    for number, name in enumerate(names):
        variants = (name, name.upper(), places.fold(name), f"  {name}.") if number % 10 == 0 else (name,)
        for written in variants:
            assert places.find_place(written) == _old_find_place(full, written), written


def test_names_that_are_no_place_find_nothing_in_both(full):
    for written in ("", ".", "key", "display", "Genva", "Zzzz", "Geneva Geneva", "Addis", "Viet",
                    "San Jose, XX", "Hamilton, Atlantis", ", ", "Bangkok,", "\tGeneva\n"):
        assert places.find_place(written) == _old_find_place(full, written), written


def test_every_city_name_s_first_words_name_the_same_places(full):
    prefixes = set()
    for key in full.city_names:
        words = key.split(" ")
        prefixes.update(" ".join(words[:n]) for n in range(1, len(words)))
    prefixes.update(("Korea", "Guinea", "Saint", "St.", "Addis", "New", "Rep", "ñ", "zz"))
    assert len(prefixes) > 1000
    for prefix in sorted(prefixes):
        assert places.places_named_starting(prefix) == _old_places_named_starting(full, prefix), prefix


def test_misspelt_names_get_the_same_suggestion(full):
    spellings = SpellingIndex(full.displays)
    keys = sorted(full.displays)
    misspelt = ["Genva", "Bankgok", "Viet Nma", "Sao Poalo", "Nwe York", "Zzzzq", "Korea"]
    for key in keys[::97]:
        misspelt += [key[:-1], key[1:], key[:2] + key[3:], key.upper()[::-1]]
    for written in misspelt:
        assert places.similar_places(written) == _old_similar_places(full, spellings, written), written


def test_a_city_or_country_lookup_reads_only_the_rows_it_names():
    """Issue 15: ``--tz Geneva`` cost 140 ms more than ``--tz Europe/Zurich`` when each run
    folded every city's names; a lookup now makes the cities of its own line alone."""
    code = ("import egmplan.places as p\n"
            "print(p.find_place('Geneva').label, p.find_place('Viet Nam').label, p.places_named_starting('Addis'))\n"
            "print(p.load_cities.cache_info().currsize, p._city.cache_info().currsize,"
            " p._display_spellings.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["Geneva (Switzerland) Viet Nam ['Addis Ababa']", "0 2 0"]


def test_a_place_s_zone_is_resolved_without_the_spelling_of_zone_names():
    """zone_specs looks a name that is no zone's up among the places before tz.check_zone,
    which refuses such a name whatever it is, as every place of zone.tab is a zone or link."""
    from egmplan import tz

    assert set(tz._database().places) <= tz.all_zone_names()
    code = ("from egmplan import tz, zone_specs\n"
            "print(zone_specs.resolve_zone_spec('Geneva', 'Europe/Vienna').zone,"
            " tz._zone_spellings.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["Europe/Zurich", "0"]
