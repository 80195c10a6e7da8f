"""Time ``egmplan suggest``'s search: 195 delegations (193 Member States and the two observer
States) on the three sitting days of the sixth meeting, over the whole day's grid.

Run: python bench/suggest_timing.py   (prints the best of 5 runs per case, in milliseconds)
"""

import sys
import time
from pathlib import Path

from egmplan.loader import load_meeting
from egmplan.member_states import member_state_participants
from egmplan.model import Participant
from egmplan.places import load_countries
from egmplan.planning.suggest import suggest

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def main() -> int:
    meeting = load_meeting(ROOT / "meetings" / "egm-cybercrime-2020.yaml").meeting
    observers = tuple(Participant(c.name, "observer", c.zone, 1, c.code)
                      for c in load_countries() if c.status == "observer")
    people = member_state_participants() + observers
    print(f"{len(people)} delegations, {len(meeting.sitting_days)} sitting days")
    cases = [
        ("1 sitting of 2h, 00:00-24:00", dict(count=1, length=120, between=(0, 1440))),
        ("2 sittings of 2h, 08:00-20:00", dict(count=2, length=120, between=(480, 1200))),
        ("2 sittings of 2h, 00:00-24:00 (whole grid)", dict(count=2, length=120, between=(0, 1440))),
        ("3 sittings of 2h, 00:00-24:00 (whole grid)", dict(count=3, length=120, between=(0, 1440))),
        ("5 sittings of 15m, no break, 00:00-23:59", dict(count=5, length=15, gap=0, between=(0, 1439))),
        ("6 sittings of 15m, no break, 00:00-23:59", dict(count=6, length=15, gap=0, between=(0, 1439))),
    ]
    suggest(meeting, people, **cases[0][1])  # warm the zone cache, as a second command would find it
    for label, options in cases:
        best = float("inf")
        for _ in range(RUNS):
            started = time.perf_counter()
            result = suggest(meeting, people, **options)
            best = min(best, time.perf_counter() - started)
        print(f"{label:<45} {result.patterns:>7} patterns  {best * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
