"""The pinned database and the classification of zone names."""

import importlib.util
import zoneinfo
from datetime import date, time
from pathlib import Path

import pytest

from egmplan import tz

ROOT = Path(__file__).resolve().parent.parent


def test_process_reads_only_the_tzdata_package():
    """zoneinfo's search path is the pinned package's own folder, never the machine's."""
    import tzdata

    import egmplan  # noqa: F401  (pins on import)

    package = Path(tzdata.__file__).resolve().parent
    assert zoneinfo.TZPATH == (str(package / "zoneinfo"),)
    assert Path(zoneinfo.TZPATH[0]).resolve().is_relative_to(package)
    assert not any(Path(folder).resolve().is_relative_to("/usr/share") for folder in zoneinfo.TZPATH)


def _zone_table_tool():
    spec = importlib.util.spec_from_file_location("build_zone_table", ROOT / "tools" / "build_zone_table.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


def test_zone_table_is_the_pinned_package_s():
    """src/egmplan/zonetable.py, read instead of tzdata.zi and the .tab files at each run, is what
    tools/build_zone_table.py writes for the installed package (run it after changing the pin)."""
    import tzdata

    from egmplan import zonetable

    assert zonetable.IANA_VERSION == tzdata.IANA_VERSION
    assert (ROOT / "src" / "egmplan" / "zonetable.py").read_text(encoding="utf-8") == _zone_table_tool().table_text()
    assert tz._database() == tz.parse_database()


def test_a_table_of_another_release_is_not_used(monkeypatch):
    from egmplan import zonetable

    monkeypatch.setattr(zonetable, "IANA_VERSION", "1999a")
    monkeypatch.setattr(zonetable, "ZONES", ("Mars/Olympus",))
    tz._database.cache_clear()
    try:
        assert tz.is_zone("Europe/Vienna") and not tz.is_zone("Mars/Olympus")
    finally:
        tz._database.cache_clear()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Europe/Vienna", tz.ZoneLookup("Europe/Vienna")),
        ("Europe/Oslo", tz.ZoneLookup("Europe/Oslo")),  # a link in tzdata.zi, but a place in zone.tab
        ("UTC", tz.ZoneLookup("UTC")),
        ("Asia/Calcutta", tz.ZoneLookup("Asia/Kolkata", warning="Asia/Calcutta is a deprecated name; using its current name Asia/Kolkata")),
        ("US/Eastern", tz.ZoneLookup("America/New_York", warning="US/Eastern is a deprecated name; using its current name America/New_York")),
        ("Europe/Kiev", tz.ZoneLookup("Europe/Kyiv", warning="Europe/Kiev is a deprecated name; using its current name Europe/Kyiv")),
        ("Etc/GMT+5", tz.ZoneLookup("Etc/GMT+5", warning="Etc/GMT+5 means UTC−05:00 (POSIX signs are inverted) and never observes daylight saving time")),
        ("Etc/GMT-14", tz.ZoneLookup("Etc/GMT-14", warning="Etc/GMT-14 means UTC+14:00 (POSIX signs are inverted) and never observes daylight saving time")),
        ("EST5EDT", tz.ZoneLookup(None, error="'EST5EDT' is not a place; give the IANA name of the venue's city", refusal="not a place")),
        ("localtime", tz.ZoneLookup(None, error="'localtime' is not a place; give the IANA name of the venue's city", refusal="not a place")),
        ("posixrules", tz.ZoneLookup(None, error="'posixrules' is not a place; give the IANA name of the venue's city", refusal="not a place")),
        ("Factory", tz.ZoneLookup(None, error="'Factory' is not a place; give the IANA name of the venue's city", refusal="not a place")),
        ("Europe", tz.ZoneLookup(None, error="'Europe' is a region, not a time zone; give a city such as 'Europe/Amsterdam'", refusal="region")),
        ("Europe/Vienna ", tz.ZoneLookup(None, error="time zone 'Europe/Vienna ' has spaces around it", suggestion="Europe/Vienna", refusal="spaces")),
        ("europe/vienna", tz.ZoneLookup(None, error="unknown time zone 'europe/vienna'", suggestion="Europe/Vienna", refusal="unknown")),
        ("Europe/Viena", tz.ZoneLookup(None, error="unknown time zone 'Europe/Viena'", suggestion="Europe/Vienna", refusal="unknown")),
        ("Mars/Olympus", tz.ZoneLookup(None, error="unknown time zone 'Mars/Olympus'", refusal="unknown")),
    ],
)
def test_check_zone(name, expected):
    assert tz.check_zone(name) == expected


def test_localize_refuses_a_gap_a_fold_and_a_skipped_day():
    with pytest.raises(tz.WallTimeError, match=r"^02:30 does not exist in Europe/Vienna on 2021-03-28 \(clocks move forward\)$"):
        tz.localize(date(2021, 3, 28), time(2, 30), "Europe/Vienna")
    with pytest.raises(tz.WallTimeError, match=r"^02:30 happens twice in Europe/Vienna on 2021-10-31 \(clocks move back\)$"):
        tz.localize(date(2021, 10, 31), time(2, 30), "Europe/Vienna")
    with pytest.raises(tz.WallTimeError, match=r"^2011-12-30 does not exist in Pacific/Apia \(the whole day was skipped\)$"):
        tz.localize(date(2011, 12, 30), time(10), "Pacific/Apia")


def test_localize_gives_fold_zero_whatever_the_fold_of_the_clock():
    for clock in (time(10), time(10, fold=1)):
        moment = tz.localize(date(2021, 4, 6), clock, "Europe/Vienna")
        assert (moment.isoformat(), moment.fold) == ("2021-04-06T10:00:00+02:00", 0)
    with pytest.raises(tz.WallTimeError, match=r"^02:30 happens twice"):
        tz.localize(date(2021, 10, 31), time(2, 30, fold=1), "Europe/Vienna")


def test_localize_gives_the_offset_of_that_date():
    assert tz.localize(date(2021, 4, 6), time(10), "Europe/Vienna").isoformat() == "2021-04-06T10:00:00+02:00"
    assert tz.localize(date(2019, 3, 27), time(10), "Europe/Vienna").isoformat() == "2019-03-27T10:00:00+01:00"


def test_pinned_database_differs_from_no_other_source():
    """The version reported is the package's, whatever the machine has."""
    import tzdata

    assert tz.database_version() == tzdata.IANA_VERSION
