"""Zone hints follow what a wrong name means (issue 10, point 2): word for word, for ``--tz``
(a meeting in Vienna on 6–8 April 2021) and for a meeting file's ``timezone`` (a meeting in
Geneva on 8–10 April 2025). Never a name that is only spelled alike in another offset."""

from datetime import date
from textwrap import dedent

import pytest

from egmplan import places, tz, zone_specs, zonehints
from egmplan.app.check import check_participants_text, check_text

TZ_DAYS = zonehints.meeting_days(date(2021, 4, 6), date(2021, 4, 8))
FILE_DAYS = zonehints.meeting_days(date(2025, 4, 8), date(2025, 4, 10))

TZ_HINTS = [
    ('Europe/Geneva',
     "unknown zone or place 'Europe/Geneva'; did you mean 'Europe/Zurich' (Geneva, Switzerland)?"),
    ('GMT+2',
     "'GMT+2' is a UTC offset, not a time zone: offsets change with daylight saving time, and the tz database's Etc/GMT+2 is UTC−02:00 (POSIX signs are inverted); Europe/Vienna (the venue's zone) is at UTC+02:00 on 6–8 April 2021; did you mean 'Europe/Vienna'?"),
    ('UTC+2',
     "'UTC+2' is a UTC offset, not a time zone: offsets change with daylight saving time, and the tz database's Etc/GMT+2 is UTC−02:00 (POSIX signs are inverted); Europe/Vienna (the venue's zone) is at UTC+02:00 on 6–8 April 2021; did you mean 'Europe/Vienna'?"),
    ('+02:00',
     "'+02:00' is a UTC offset, not a time zone: offsets change with daylight saving time, and the tz database's Etc/GMT+2 is UTC−02:00 (POSIX signs are inverted); Europe/Vienna (the venue's zone) is at UTC+02:00 on 6–8 April 2021; did you mean 'Europe/Vienna'?"),
    ('UTC-5',
     "'UTC-5' is a UTC offset, not a time zone: offsets change with daylight saving time, and the tz database's Etc/GMT-5 is UTC+05:00 (POSIX signs are inverted); zones at UTC−05:00 on 6–8 April 2021: 'America/Mexico_City', 'America/Bogota', 'America/Chicago' and 22 more; did you mean 'America/Mexico_City'?"),
    ('UTC−3',
     "'UTC−3' is a UTC offset, not a time zone: offsets change with daylight saving time, and the tz database's Etc/GMT-3 is UTC+03:00 (POSIX signs are inverted); zones at UTC−03:00 on 6–8 April 2021: 'America/Sao_Paulo', 'America/Fortaleza', 'America/Argentina/Buenos_Aires' and 30 more; did you mean 'America/Sao_Paulo'?"),
    ('UTC+05:30',
     "'UTC+05:30' is a UTC offset, not a time zone: offsets change with daylight saving time; zones at UTC+05:30 on 6–8 April 2021: 'Asia/Kolkata' and 'Asia/Colombo'; did you mean 'Asia/Kolkata'?"),
    ('GMT+0530',
     "'GMT+0530' is a UTC offset, not a time zone: offsets change with daylight saving time; zones at UTC+05:30 on 6–8 April 2021: 'Asia/Kolkata' and 'Asia/Colombo'; did you mean 'Asia/Kolkata'?"),
    ('EST',
     "'EST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by America/Jamaica (UTC−05:00), America/Cancun (UTC−05:00), America/Panama (UTC−05:00) and 2 more; America/New_York, America/Toronto, America/Port-au-Prince and 12 more use it in another season; did you mean 'America/Jamaica'?"),
    ('PST',
     "'PST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by Asia/Manila (UTC+08:00); America/Los_Angeles, America/Tijuana and America/Vancouver use it in another season; did you mean 'Asia/Manila'?"),
    ('CET',
     "'CET' is a time-zone abbreviation, not a zone; Europe/Vienna (the venue's zone) uses it in another season and is on CEST (UTC+02:00) on 6–8 April 2021; did you mean 'Europe/Vienna'?"),
    ('CEST',
     "'CEST' is a time-zone abbreviation, not a zone; Europe/Vienna (the venue's zone) is on CEST (UTC+02:00) on 6–8 April 2021; did you mean 'Europe/Vienna'?"),
    ('IST',
     "'IST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by Asia/Kolkata (UTC+05:30) and Europe/Dublin (UTC+01:00); Asia/Jerusalem uses it in another season; did you mean 'Asia/Kolkata'?"),
    ('BST',
     "'BST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by Europe/London (UTC+01:00), Europe/Jersey (UTC+01:00), Europe/Isle_of_Man (UTC+01:00) and 1 more; did you mean 'Europe/London'?"),
    ('MSK',
     "'MSK' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by Europe/Moscow (UTC+03:00), Europe/Volgograd (UTC+03:00), Europe/Simferopol (UTC+03:00) and 1 more; did you mean 'Europe/Moscow'?"),
    ('JST',
     "'JST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by Asia/Tokyo (UTC+09:00); did you mean 'Asia/Tokyo'?"),
    ('HST',
     "'HST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by Pacific/Honolulu (UTC−10:00); America/Adak uses it in another season; did you mean 'Pacific/Honolulu'?"),
    ('AKST',
     "'AKST' is a time-zone abbreviation, not a zone; America/Anchorage, America/Juneau, America/Sitka and 3 more use it in another season; did you mean 'America/Anchorage'?"),
    ('MST',
     "'MST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by America/Phoenix (UTC−07:00), America/Hermosillo (UTC−07:00), America/Whitehorse (UTC−07:00) and 4 more; America/Denver, America/Edmonton, America/Mazatlan and 6 more use it in another season; did you mean 'America/Phoenix'?"),
    ('NZST',
     "'NZST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by Pacific/Auckland (UTC+12:00) and Antarctica/McMurdo (UTC+12:00); did you mean 'Pacific/Auckland'?"),
    ('SAST',
     "'SAST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by Africa/Johannesburg (UTC+02:00), Africa/Maseru (UTC+02:00) and Africa/Mbabane (UTC+02:00); did you mean 'Africa/Johannesburg'?"),
    ('EST5EDT',
     "'EST5EDT' is a rule of the tz database, not a place; on 6–8 April 2021 it is used by America/New_York (UTC−04:00), America/Toronto (UTC−04:00), America/Port-au-Prince (UTC−04:00) and 12 more; did you mean 'America/New_York'?"),
    ('PST8PDT',
     "'PST8PDT' is a rule of the tz database, not a place; on 6–8 April 2021 it is used by America/Los_Angeles (UTC−07:00), America/Tijuana (UTC−07:00) and America/Vancouver (UTC−07:00); did you mean 'America/Los_Angeles'?"),
    ('USA',
     "unknown zone or place 'USA'; 'USA' is an ISO 3166 alpha-3 code: did you mean 'US' (United States of America)?"),
    ('GBR',
     "unknown zone or place 'GBR'; 'GBR' is an ISO 3166 alpha-3 code: did you mean 'GB' (United Kingdom of Great Britain and Northern Ireland)?"),
    ('Addis',
     "unknown zone or place 'Addis'; did you mean 'Addis Ababa'?"),
    ('Kuala',
     "unknown zone or place 'Kuala'; did you mean 'Kuala Lumpur' or 'Kuala Terengganu' or 'Kuala Kubu Baharu'?"),
    ('Bangkk',
     "unknown zone or place 'Bangkk'; did you mean 'Bangkok'?"),
    ('Genva',
     "unknown zone or place 'Genva'; did you mean 'Geneva'?"),
    ('Europe/Viena',
     "unknown zone or place 'Europe/Viena'; did you mean 'Europe/Vienna'?"),
    ('America/Washington',
     "unknown zone or place 'America/Washington'; did you mean 'America/New_York' (Washington, United States of America)?"),
    ('Korea',
     "unknown zone or place 'Korea'; did you mean 'Democratic People's Republic of Korea' or 'Republic of Korea'?"),
    ('xyzzy',
     "unknown zone or place 'xyzzy'"),
    ('ICT',
     "unknown zone or place 'ICT'"),
    ('UTC+15',
     "unknown zone or place 'UTC+15'"),
    ('localtime',
     "'localtime' is not a place; give the IANA name of the venue's city"),
]

FILE_HINTS = [
    ('Geneva',
     "'Geneva' names a city, not a time zone; did you mean 'Europe/Zurich' (Geneva, Switzerland)?"),
    ('Genève',
     "'Genève' names a city, not a time zone; did you mean 'Europe/Zurich' (Geneva, Switzerland)?"),
    ('Switzerland',
     "'Switzerland' names a country, not a time zone; did you mean 'Europe/Zurich' (Switzerland)?"),
    ('CH',
     "'CH' names a country, not a time zone; did you mean 'Europe/Zurich' (Switzerland)?"),
    ('CHE',
     "'CHE' is a country code, not a time zone; did you mean 'Europe/Zurich' (Switzerland)?"),
    ('Europe/Geneva',
     "unknown time zone 'Europe/Geneva'; did you mean 'Europe/Zurich' (Geneva, Switzerland)?"),
    ('GMT+2',
     "'GMT+2' is a UTC offset, not a time zone: offsets change with daylight saving time, and the tz database's Etc/GMT+2 is UTC−02:00 (POSIX signs are inverted); Europe/Zurich (the zone of Geneva, the venue) is at UTC+02:00 on 8–10 April 2025; did you mean 'Europe/Zurich'?"),
    ('UTC+2',
     "'UTC+2' is a UTC offset, not a time zone: offsets change with daylight saving time, and the tz database's Etc/GMT+2 is UTC−02:00 (POSIX signs are inverted); Europe/Zurich (the zone of Geneva, the venue) is at UTC+02:00 on 8–10 April 2025; did you mean 'Europe/Zurich'?"),
    ('+02:00',
     "'+02:00' is a UTC offset, not a time zone: offsets change with daylight saving time, and the tz database's Etc/GMT+2 is UTC−02:00 (POSIX signs are inverted); Europe/Zurich (the zone of Geneva, the venue) is at UTC+02:00 on 8–10 April 2025; did you mean 'Europe/Zurich'?"),
    ('UTC+1',
     "'UTC+1' is a UTC offset, not a time zone: offsets change with daylight saving time, and the tz database's Etc/GMT+1 is UTC−01:00 (POSIX signs are inverted); Europe/Zurich (the zone of Geneva, the venue) is at UTC+01:00 in another season and at UTC+02:00 on 8–10 April 2025; did you mean 'Europe/Zurich'?"),
    ('CET',
     "'CET' is a time-zone abbreviation, not a zone; Europe/Zurich (the zone of Geneva, the venue) uses it in another season and is on CEST (UTC+02:00) on 8–10 April 2025; did you mean 'Europe/Zurich'?"),
    ('CEST',
     "'CEST' is a time-zone abbreviation, not a zone; Europe/Zurich (the zone of Geneva, the venue) is on CEST (UTC+02:00) on 8–10 April 2025; did you mean 'Europe/Zurich'?"),
    ('EST',
     "'EST' is a time-zone abbreviation, not a zone; on 8–10 April 2025 it is used by America/Jamaica (UTC−05:00), America/Cancun (UTC−05:00), America/Panama (UTC−05:00) and 2 more; America/New_York, America/Toronto, America/Port-au-Prince and 12 more use it in another season; did you mean 'America/Jamaica'?"),
    ('PST',
     "'PST' is a time-zone abbreviation, not a zone; on 8–10 April 2025 it is used by Asia/Manila (UTC+08:00); America/Los_Angeles, America/Tijuana and America/Vancouver use it in another season; did you mean 'Asia/Manila'?"),
    ('IST',
     "'IST' is a time-zone abbreviation, not a zone; on 8–10 April 2025 it is used by Asia/Kolkata (UTC+05:30) and Europe/Dublin (UTC+01:00); Asia/Jerusalem uses it in another season; did you mean 'Asia/Kolkata'?"),
    ('Europe/Guernsy',
     "unknown time zone 'Europe/Guernsy'; did you mean 'Europe/Zurich' (the zone of Geneva, the venue)?"),
    ('Europe/Zurch',
     "unknown time zone 'Europe/Zurch'; did you mean 'Europe/Zurich'?"),
    ('xyzzy',
     "unknown time zone 'xyzzy'; did you mean 'Europe/Zurich' (the zone of Geneva, the venue)?"),
    ('Factory',
     "'Factory' is not a place; give the IANA name of the venue's city; did you mean 'Europe/Zurich' (the zone of Geneva, the venue)?"),
    ('EST5EDT',
     "'EST5EDT' is a rule of the tz database, not a place; on 8–10 April 2025 it is used by America/New_York (UTC−04:00), America/Toronto (UTC−04:00), America/Port-au-Prince (UTC−04:00) and 12 more; did you mean 'America/New_York'?"),
]


def test_the_table_has_at_least_forty_wrong_inputs():
    assert len(TZ_HINTS) + len(FILE_HINTS) >= 40


@pytest.mark.parametrize(("written", "message"), TZ_HINTS, ids=[w for w, _ in TZ_HINTS])
def test_tz_option_hint(written, message):
    with pytest.raises(zone_specs.UnknownPlaceError) as caught:
        zone_specs.resolve_zone_spec(written, "Europe/Vienna", TZ_DAYS)
    assert str(caught.value) == message


@pytest.mark.parametrize(("written", "message"), FILE_HINTS, ids=[w for w, _ in FILE_HINTS])
def test_meeting_file_timezone_hint(written, message):
    context = zonehints.venue_context("Geneva", FILE_DAYS)
    assert zonehints.explain_refusal(written, tz.check_zone(written), context).message == message


def test_no_suggestion_is_in_another_offset_than_the_name_means():
    """Every zone suggested gives the venue's offsets or the offset written, on the days."""
    for written, message in FILE_HINTS:
        hint = zonehints.explain_refusal(written, tz.check_zone(written), zonehints.venue_context("Geneva", FILE_DAYS))
        if hint.suggestion and written not in ("EST", "PST", "IST", "EST5EDT", "UTC+1"):
            assert zonehints._same_offsets(hint.suggestion, "Europe/Zurich", FILE_DAYS), written


@pytest.mark.parametrize(("written", "suggestion"), [
    ("Europe/Geneva", "Europe/Zurich"), ("GMT+2", "Europe/Vienna"), ("EST", "America/Jamaica"),
    ("USA", "US"), ("PST", "Asia/Manila"), ("Addis", "Addis Ababa"),
])
def test_the_suggestion_is_the_value_to_give(written, suggestion):
    with pytest.raises(zone_specs.UnknownPlaceError) as caught:
        zone_specs.resolve_zone_spec(written, "Europe/Vienna", TZ_DAYS)
    assert caught.value.suggestion == suggestion
    if "/" in suggestion or len(suggestion) == 2 or " " in suggestion:
        zone_specs.resolve_zone_spec(suggestion, "Europe/Vienna", TZ_DAYS)  # and it resolves


def test_without_a_meeting_the_database_year_is_judged():
    hint = zonehints.explain("PST", zonehints.ZoneContext(), "unknown time zone 'PST'")
    year = tz.database_version()[:4]
    assert hint.message == (
        f"'PST' is a time-zone abbreviation, not a zone; in {year} it is used by "
        "Asia/Manila (UTC+08:00), America/Los_Angeles (UTC−08:00), America/Tijuana (UTC−08:00) "
        "and 1 more; did you mean 'Asia/Manila'?")


MEETING = dedent("""\
    meeting:
      body: Commission
      number: 28
      venue: Geneva
      timezone: {zone}
      dates: {{start: 2025-04-08, end: 2025-04-10}}
    sittings:
      default:
        - {{start: "10:00", end: "13:00"}}
    agenda:
      - title: Opening
    """)


def test_meeting_file_timezone_geneva_gets_the_zone_of_geneva():
    result = check_text(MEETING.format(zone="Geneva"), "m.yaml")
    assert [str(d) for d in result.diagnostics] == [
        "m.yaml:5:13: error: meeting.timezone: 'Geneva' names a city, not a time zone; "
        "did you mean 'Europe/Zurich' (Geneva, Switzerland)?"]
    assert result.diagnostics[0].suggestion == "Europe/Zurich"


def test_participant_zone_hint_prefers_the_participants_country():
    result = check_participants_text(dedent("""\
        participants:
          - {name: Japan, country: JP, role: member, zone: JST}
          - {name: Ireland, country: IE, role: member, zone: IST}
          - {name: India, country: IN, role: member, zone: IST}
          - {name: Switzerland, country: CH, role: member, zone: Europe/Guernsy}
        """), "p.yaml", FILE_DAYS)
    assert [str(d) for d in result.diagnostics] == [
        "p.yaml:2:52: error: participants[0].zone: 'JST' is a time-zone abbreviation, not a zone; "
        "Asia/Tokyo (Japan) is on JST (UTC+09:00) on 8–10 April 2025; did you mean 'Asia/Tokyo'?",
        "p.yaml:3:54: error: participants[1].zone: 'IST' is a time-zone abbreviation, not a zone; "
        "Europe/Dublin (Ireland) is on IST (UTC+01:00) on 8–10 April 2025; did you mean 'Europe/Dublin'?",
        "p.yaml:4:52: error: participants[2].zone: 'IST' is a time-zone abbreviation, not a zone; "
        "Asia/Kolkata (India) is on IST (UTC+05:30) on 8–10 April 2025; did you mean 'Asia/Kolkata'?",
        "p.yaml:5:58: error: participants[3].zone: unknown time zone 'Europe/Guernsy'; "
        "did you mean 'Europe/Zurich' (Switzerland)?",
    ]


def test_many_wrong_zones_are_explained_once_each():
    lines = [f"  - {{name: D{n}, role: panellist, zone: GMT+2}}" for n in range(2000)]
    zonehints._explain.cache_clear()
    result = check_participants_text("participants:\n" + "\n".join(lines) + "\n", "p.yaml", FILE_DAYS)
    assert len(result.diagnostics) == 2000
    assert zonehints._explain.cache_info().misses == 1


def test_thousands_of_distinct_wrong_zones_compare_few_names_each(monkeypatch):
    """Issue 11's class: a similarity search over every name per entry took minutes."""
    import difflib
    import time

    compared = []
    real = difflib.get_close_matches

    def counting(word, possibilities, *args, **kwargs):
        possibilities = list(possibilities)
        compared.append(len(possibilities))
        return real(word, possibilities, *args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", counting)
    lines = [f"  - {{name: D{n}, role: panellist, zone: Zone{n}}}" for n in range(3000)]
    started = time.perf_counter()
    result = check_participants_text("participants:\n" + "\n".join(lines) + "\n", "p.yaml", FILE_DAYS)
    elapsed = time.perf_counter() - started
    assert len(result.diagnostics) == 3000
    assert len(places._display_spellings().names) > 20000
    assert max(compared) < 500, max(compared)
    assert elapsed < 60, f"{elapsed:.1f} s"
