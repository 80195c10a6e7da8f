"""The planning keys of the meeting format: participants, expected speakers, speaking
limits and connections, and deadlines (issue 5). :mod:`egmplan.loader.meeting_schema`
places them in the meeting file; a participants file (``participants/<name>.yaml``) is
``PARTICIPANTS_FILE``.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import NamedTuple

from egmplan import tz
from egmplan.clock import CLOCK_PATTERN, ClockError, parse_clock, time_of_day
from egmplan.errors import Diagnostic
from egmplan.loader import limits
from egmplan.loader.schema import Custom, Enum, Either, Field, Int, ListOf, Record, Text, TimeValue
from egmplan.member_states import DEFAULT_DELEGATES

ROLES = ("member", "observer", "panellist")


class RefusedZone(NamedTuple):
    """A zone name :func:`egmplan.tz.check_zone` refused. The schema pass sees one value at a
    time; the loader reports it once it knows the meeting's days and venue or the
    participant's country, which the suggestion depends on (:class:`ZoneRefusal`)."""

    text: str
    lookup: tz.ZoneLookup

    def plain(self) -> tuple[str, str | None]:
        """(message, suggestion): the refusal in the tz database's words."""
        message = self.lookup.error or f"unknown time zone {self.text!r}"
        if self.lookup.suggestion:
            message += f"; did you mean {self.lookup.suggestion!r}?"
        return message, self.lookup.suggestion


class ZoneRefusal(NamedTuple):
    """A refused zone name as the loader reported it (:meth:`RefusedZone.plain`), with what
    :func:`egmplan.app.check.checked` needs to word it again by what the name was meant to
    be (:mod:`egmplan.zonehints`): the meeting's ``days``, and the ``venue`` for a meeting's
    ``timezone`` or the entry's ``country`` (a code, when known) for a participant's ``zone``."""

    reported: Diagnostic
    refused: RefusedZone
    days: tuple[date, ...]
    participant: bool = False
    venue: str | None = None
    country: str | None = None


def check_zone(text: str):
    found = tz.check_zone(text)
    if found.name is None:
        return RefusedZone(text, found), None, None, None
    return found.name, found.error, found.warning, found.suggestion


_ZONE = Custom(
    check=check_zone,
    schema={"type": "string", "examples": ["Europe/Tallinn", "Asia/Bangkok"]},
    type_name="IANA time zone",
)

_COUNTRY = Custom(
    check=lambda text: (text, None, None, None),  # the loader checks it against the countries data
    schema={"type": "string", "pattern": "^[A-Za-z]{2}$"},
    type_name="ISO 3166 code",
)

PARTICIPANT = Record(
    fields=[
        Field("name", Text(), required=True, description="Delegation or panellist, as listed.",
              example="Thailand"),
        Field("country", _COUNTRY,
              description="ISO 3166-1 alpha-2 code of the State (Member State or observer State).",
              example="TH"),
        Field("role", Enum(choices=ROLES), required=True, example="member",
              description="member (two speaking connections), observer (one) or panellist."),
        Field("delegates", Int(minimum=1, limit="count"), default=DEFAULT_DELEGATES, example=3,
              description="How many people attend; weights `suggest` and gives listening connections."),
        Field("zone", _ZONE, example="Europe/Tallinn",
              description="Where they connect from; default: the zone of the country's capital."),
    ],
    type_name="participant",
)

PARTICIPANTS = ListOf(item=PARTICIPANT, description="Delegations and panellists.")

PARTICIPANTS_FILE = Record(
    title="egmplan participants file",
    fields=[
        Field("participants", PARTICIPANTS, required=True, description="Delegations and panellists.",
              example=[{"name": "Thailand", "country": "TH", "role": "member", "delegates": 3}]),
    ],
    description="Who takes part: one entry per delegation or panellist.",
)

SPEAKING = Record(
    fields=[
        Field("statement_minutes", Int(minimum=1, limit="speaking_minutes"), default=3, example=3,
              description="Longest statement, in minutes (3 in the 2020 organization of work)."),
        Field("presentation_minutes", Int(minimum=1, limit="speaking_minutes"), default=8, example=8,
              description="Longest panellist presentation, in minutes (8 in the 2020 organization of work)."),
        Field("connections", Int(minimum=1, limit="count"), example=300,
              description="Speaking connections the remote platform allows (`egmplan connections`)."),
    ],
    description="Speaking-time limits and, for hybrid meetings, speaking connections.",
)

SPEAKER_COUNTS = Record(
    fields=[
        Field("statements", Int(minimum=0, limit="count"), default=0, example=20, description="Expected statements."),
        Field("presentations", Int(minimum=0, limit="count"), default=0, example=7,
              description="Expected panellist presentations."),
    ],
    type_name="speaker counts",
)

PANELLIST = Record(
    fields=[
        Field("name", Text(), required=True, description="The panellist's name, without honorific.",
              example="Markko Künnapu"),
        Field("honorific", Text(), description='As the meeting page prints it: "Mr.", "Ms.", "Dr.", "Pol. col.".',
              example="Mr."),
        Field("country", _COUNTRY, description="ISO 3166-1 alpha-2 code of the panellist's country.",
              example="EE"),
        Field("title", Text(), description="Title of the presentation.", example="International Cooperation"),
        Field("country_name", Text(),
              description="The country as the meeting page prints it, where that is not the UN short name of "
                          "`country` (the default): e.g. its formal name, as the panellist's own title gives it. "
                          "Needs `country`; a name egmplan does not know for that country is a warning.",
              example="People's Republic of China"),
    ],
    type_name="panellist",
)

SPEAKERS = Either(
    scalar=None,  # type: ignore[arg-type]
    mapping=SPEAKER_COUNTS,
    sequence=ListOf(item=Either(scalar=Text(), mapping=PANELLIST, type_name="panellist")),
    type_name="speakers",
)

# -- deadlines ---------------------------------------------------------------------------

_DUE = re.compile(
    r"(?:(?P<date>\d{4}-\d{2}-\d{2})|(?P<sign>[-+])(?P<amount>\d{1,3})\s*(?P<unit>wd|[dw]))"
    r"(?:\s+(?P<at>[Cc][Oo][Bb]|\d{1,2}:\d{2}))?"
)
DUE_HELP = ("a date (2020-07-22) or a time from the opening (-3w, -5d, or -5wd for five working days), "
            "optionally followed by COB or a time (2020-07-22 COB, -5d 12:00)")


class Due(NamedTuple):
    """A deadline as written: a date, or ``offset_days`` from the opening (working days when
    ``working_days``); all day, COB or a time."""

    day: date | None
    offset_days: int
    clock: time | None
    cob: bool
    text: str
    working_days: bool = False


def parse_due(text: str) -> Due:
    """``-3w`` / ``-5d COB`` / ``-5wd`` / ``2020-07-22 17:00``; ValueError with the reason otherwise."""
    written = " ".join(text.split())
    match = _DUE.fullmatch(written)
    if not match:
        raise ValueError(f"expected {DUE_HELP}, got {text}")
    day = None
    offset = 0
    if match["date"]:
        day = limits.parse_date(match["date"])
    else:
        offset = int(match["amount"]) * (7 if match["unit"] == "w" else 1)
        offset = -offset if match["sign"] == "-" else offset
    at = match["at"]
    clock, cob = None, False
    if at and at.lower() == "cob":
        cob = True
    elif at:
        try:
            clock = time_of_day(parse_clock(at))
        except ClockError:
            raise ValueError(f"{at} is not a time of day") from None
    return Due(day, offset, clock, cob, written, working_days=match["unit"] == "wd")


def _check_due(text: str):
    try:
        return parse_due(text), None, None, None
    except ValueError as exc:
        return None, str(exc), None, None


DEADLINE = Record(
    fields=[
        Field("label", Text(), required=True, description="What is due.",
              example="Nomination of speakers (Note Verbale or official email)"),
        Field("due", Custom(check=_check_due, type_name="due",
                            schema={"type": "string",
                                    "pattern": r"^(\d{4}-\d{2}-\d{2}|[-+]\d{1,3}\s*(wd|[dw]))(\s+([Cc][Oo][Bb]|"
                                               + CLOCK_PATTERN + "))?$"}),
              required=True, example="-5d COB",
              description="A date or a time from the first day of the meeting (`-3w`, `-5d`, or `-5wd`: "
                          "five working days, skipping weekends and `holidays`); add `COB` (close of "
                          "business) or a time for a timed deadline, venue time."),
    ],
    type_name="deadline",
)

CLOSE_OF_BUSINESS = TimeValue()
