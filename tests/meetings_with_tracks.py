"""Meetings with parallel tracks (UN-STYLE W5), shared by the tests of the annex in every
format: the view's table, the orgwork command, Word."""

# A track's own rows and continued items: a Conference of the Parties with a working group.
TRACKS = """
meeting:
  body: Conference of the Parties
  short_body: Conference
  number: 12
  kind: session
  venue: Vienna
  timezone: Europe/Vienna
  dates: {start: 2024-10-14, end: 2024-10-15}
  style: {time: 24h, table_year: false, layout: separate}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
agenda:
  - title: Opening of the session
  - title: General debate
  - title: Adoption of the report
organization_of_work:
  2024-10-14:
    - ["1", "2"]
    - ["2"]
  2024-10-15:
    - ["2"]
    - ["3"]
tracks:
  - name: Working Group on International Cooperation
    agenda:
      - title: Central authorities
      - title: Electronic evidence
    organization_of_work:
      2024-10-14:
        - []
        - ["1"]
      2024-10-15:
        - ["1", "2"]
        - []
"""

# A track beside a day without sittings (as tests/test_docx.py has it).

# A track beside a day without sittings (the Ad Hoc Committee's third session, A/AC.291/11).
TRACKS_MEETING = """\
meeting:
  body: Ad Hoc Committee
  number: 3
  kind: session
  symbol: A/AC.291/11
  venue: New York
  timezone: America/New_York
  dates: {start: 2022-09-02, end: 2022-09-06}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
  no_sitting:
    2022-09-05: Official United Nations holiday
agenda:
  - title: Opening of the session
  - title: Consideration of the draft convention
organization_of_work:
  2022-09-02: [["1"], ["2"]]
  2022-09-06: [["2"], []]
tracks:
  - name: Working Group on International Cooperation
    agenda:
      - title: Exchange of views
    organization_of_work:
      2022-09-02: [[], ["1"]]
      2022-09-06: [["1"], []]
"""
