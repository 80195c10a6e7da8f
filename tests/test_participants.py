"""Participants files, the planning keys of a meeting file, and their exact messages."""

from textwrap import dedent

from egmplan import tz
from egmplan.loader import load_meeting_text
from egmplan.loader.participants import load_participants_text
from egmplan.member_states import member_state_participants
from egmplan.loader.planning_schema import PARTICIPANT, Due, parse_due
from egmplan.model import Participant

HEAD = dedent("""\
    meeting:
      body: Expert Group
      number: 6
      venue: Vienna
      timezone: Europe/Vienna
      dates: {start: 2020-07-27, end: 2020-07-29}
    sittings:
      default:
        - {start: "12:00", end: "14:00"}
    agenda:
      - title: Opening
    """)


def _messages(result):
    return [str(d) for d in result.diagnostics]


def test_participants_file_as_in_the_issue():
    result = load_participants_text(dedent("""\
        participants:
          - {name: Thailand, country: TH, role: member, delegates: 3}
          - {name: Holy See, country: VA, role: observer, delegates: 1}
          - {name: "Mr. Markko Künnapu", role: panellist, zone: Europe/Tallinn}
        """), "p.yaml")
    assert (result.participants, result.diagnostics) == (
        (
            Participant("Thailand", "member", "Asia/Bangkok", 3, "TH"),
            Participant("Holy See", "observer", "Europe/Vatican", 1, "VA"),
            Participant("Mr. Markko Künnapu", "panellist", "Europe/Tallinn", 1, None),
        ),
        [],
    )


def test_participants_errors_point_at_the_place_with_suggestions():
    result = load_participants_text(dedent("""\
        participants:
          - {name: Thailand, country: Thailand, role: member}
          - {name: Austria, role: member, zone: Europe/Viena}
          - {name: Nobody, role: panellist}
          - {name: Norway, country: NO, role: memebr}
          - {name: Holy See, country: va, role: member}
          - {name: Holy See, country: VA, role: observer}
          - {name: Atlantis, country: QQ, role: member}
        """), "p.yaml")
    assert result.participants is None
    assert _messages(result) == [
        "p.yaml:2:31: error: participants[0].country: unknown country code 'Thailand'; did you mean 'TH' (Thailand)?",
        "p.yaml:3:41: error: participants[1].zone: unknown time zone 'Europe/Viena'; did you mean 'Europe/Vienna'?",
        "p.yaml:4:5: error: participants[2]: 'Nobody' has neither a country nor a zone; give one of them",
        "p.yaml:5:39: error: participants[3].role: expected one of member, observer, panellist, got memebr; did you mean 'member'?",
        "p.yaml:6:31: warning: participants[4].country: Holy See (VA) is not a Member State; is the role 'observer'?",
        "p.yaml:7:12: error: participants[5].name: 'Holy See' is already listed (line 6)",
        "p.yaml:8:31: error: participants[6].country: unknown country code 'QQ'; give an ISO 3166-1 alpha-2 code such as 'TH'",
    ]


def test_participants_file_must_be_a_mapping_with_the_key():
    assert _messages(load_participants_text("- {name: A}\n", "p.yaml")) == [
        "p.yaml:1:1: error: a participants file is a mapping with the key 'participants'"]
    assert _messages(load_participants_text("people: []\n", "p.yaml")) == [
        "p.yaml:1:1: error: missing required key 'participants'",
        "p.yaml:1:1: error: people: unknown key 'people'; expected one of: participants",
    ]


def test_member_states_are_193_with_real_zones():
    states = member_state_participants()
    assert len(states) == 193
    assert {p.role for p in states} == {"member"}
    assert [p.zone for p in states if p.zone not in tz.all_zone_names()] == []
    assert len({p.country for p in states}) == 193
    assert {p.delegates for p in states} == {PARTICIPANT.values(None)["delegates"]}  # the file's default


def test_meeting_file_participants_speakers_deadlines_and_limits():
    result = load_meeting_text(HEAD.replace(
        "  timezone: Europe/Vienna\n",
        "  timezone: Europe/Vienna\n  speaking: {statement_minutes: 2, connections: 250}\n"
        "  close_of_business: \"17:30\"\n",
    ) + dedent("""\
        deadlines:
          - {label: Nominations, due: 2020-07-22 COB}
          - {label: Contributions, due: -3w}
          - {label: Registration, due: -5d 12:00}
        participants:
          - {name: Thailand, country: TH, role: member}
        """), "m.yaml")
    meeting = result.meeting
    assert result.diagnostics == []
    assert (meeting.statement_minutes, meeting.presentation_minutes, meeting.speaking_connections,
            str(meeting.close_of_business)) == (2, 8, 250, "17:30:00")
    assert [(d.label, str(d.date), str(d.time), d.cob) for d in meeting.deadlines] == [
        ("Contributions", "2020-07-06", "None", False),
        ("Registration", "2020-07-22", "12:00:00", False),
        ("Nominations", "2020-07-22", "17:30:00", True),
    ]
    assert meeting.participants == (Participant("Thailand", "member", "Asia/Bangkok", 1, "TH"),)


def test_meeting_defaults_are_the_seed_limits_and_cob_18():
    meeting = load_meeting_text(HEAD).meeting
    assert (meeting.statement_minutes, meeting.presentation_minutes, meeting.speaking_connections,
            str(meeting.close_of_business), meeting.participants, meeting.deadlines) == (3, 8, None, "18:00:00", (), ())


def test_speakers_as_counts_or_names():
    text = HEAD.replace("  - title: Opening\n", dedent("""\
          - title: Opening
            speakers: {statements: 20, presentations: 2}
          - title: Panel
            speakers: ["Mr. A", "Ms. B"]
        """))
    items = load_meeting_text(text).meeting.agenda
    assert [(i.speakers.statements, i.speakers.presentations, i.speakers.names) for i in items] == [
        (20, 2, ()), (0, 2, ("Mr. A", "Ms. B"))]


def test_speakers_of_the_wrong_kind_and_bad_deadlines_are_errors():
    text = HEAD.replace("  - title: Opening\n", "  - title: Opening\n    speakers: 5\n") + dedent("""\
        deadlines:
          - {label: A, due: -3x}
          - {label: B, due: 2020-02-30}
          - {label: C, due: -1d 25:00}
          - {label: D, due: 2020-03-29 02:30}
        """)
    assert _messages(load_meeting_text(text, "m.yaml")) == [
        "m.yaml:12:15: error: agenda[0].speakers: expected a mapping or a list, got a single value",
        "m.yaml:14:21: error: deadlines[0].due: expected a date (2020-07-22) or a time from the opening "
        "(-3w, -5d, or -5wd for five working days), optionally followed by COB or a time (2020-07-22 COB, -5d 12:00), got -3x",
        "m.yaml:15:21: error: deadlines[1].due: 2020-02-30 is not a real date (February 2020 has 29 days)",
        "m.yaml:16:21: error: deadlines[2].due: 25:00 is not a time of day",
        "m.yaml:17:21: error: deadlines[3].due: 02:30 does not exist in Europe/Vienna on 2020-03-29 (clocks move forward)",
    ]


def test_parse_due_forms():
    assert [parse_due(t) for t in ("-3w", "-5d COB", "+1d 09:30", "2020-07-22 cob")] == [
        Due(None, -21, None, False, "-3w"),
        Due(None, -5, None, True, "-5d COB"),
        Due(None, 1, __import__("datetime").time(9, 30), False, "+1d 09:30"),
        Due(__import__("datetime").date(2020, 7, 22), 0, None, True, "2020-07-22 cob"),
    ]
