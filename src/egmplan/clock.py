"""Wall-clock times of day as people type them: ``10:00``, ``9:30``, and ranges ``10:00-13:00``
(hyphen or en dash, spaces allowed around it).

One rule for every input that holds a time (sittings, close of business, deadlines,
``--working``, ``--night``, ``--between``, ``init --sittings``): one or two ASCII digits
for the hour, two for the minutes, 00:00 to 23:59; ``24:00`` only where it ends a range and
the caller accepts the end of the day. Times are returned as minutes of the day (0 to 1440).
"""

from __future__ import annotations

import re
from datetime import time

from egmplan.errors import InputError

END_OF_DAY = 24 * 60

# The same rule as a JSON Schema pattern (ECMA-262): what editors check before egmplan does.
CLOCK_PATTERN = r"([01]?\d|2[0-3]):[0-5]\d"  # \d: ASCII digits in ECMA-262, unlike Python

_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})")
_RANGE = re.compile(r"\s*([0-9]{1,2}:[0-9]{2})\s*[-–]\s*([0-9]{1,2}:[0-9]{2})\s*")


class ClockError(InputError):
    """Text that is not a time of day, or not a range of them; ``problem`` says why (one of
    ``FORM``, ``RANGE_FORM``, ``HOURS``, ``MINUTES``, ``END_OF_DAY``) so that each input can
    word its own message."""

    FORM, RANGE_FORM, HOURS, MINUTES, END_OF_DAY = "form", "range form", "hours", "minutes", "end of day"

    def __init__(self, text: str, problem: str):
        self.text, self.problem = text, problem
        super().__init__({
            self.FORM: f"expected a time like 10:00, got {text!r}",
            self.RANGE_FORM: f"expected times like 10:00-13:00, got {text!r}",
            self.HOURS: f"{text} is not a time of day (hours run from 00 to 23)",
            self.MINUTES: f"{text} is not a time of day (minutes run from 00 to 59)",
            self.END_OF_DAY: "24:00 is not a time of day; a sitting ends at 23:59 at the latest",
        }[problem])


def parse_clock(text: str, *, end_of_day: bool = False) -> int:
    """``"10:30"`` -> 630, the minute of the day; white space around is ignored. ``24:00`` is
    1440 when ``end_of_day`` allows it (the end of a range), refused otherwise. ClockError."""
    found = _CLOCK.fullmatch(text.strip())
    if not found:
        raise ClockError(text, ClockError.FORM)
    hours, minutes = int(found[1]), int(found[2])
    shown = text.strip()
    if hours == 24 and minutes == 0:
        if end_of_day:
            return END_OF_DAY
        raise ClockError(shown, ClockError.END_OF_DAY)
    if hours > 23:
        raise ClockError(shown, ClockError.HOURS)
    if minutes > 59:
        raise ClockError(shown, ClockError.MINUTES)
    return hours * 60 + minutes


def parse_clock_range(text: str, *, end_of_day: bool = False) -> tuple[int, int]:
    """``"10:00-13:00"`` or ``"22:00 – 06:00"`` -> (start, end) minutes of the day. The end may be
    ``24:00`` (1440) when ``end_of_day`` allows it. The order is the caller's to check (a night
    wraps past midnight). ClockError."""
    found = _RANGE.fullmatch(text)
    if not found:
        raise ClockError(text, ClockError.RANGE_FORM)
    return parse_clock(found[1]), parse_clock(found[2], end_of_day=end_of_day)


def time_of_day(minute: int) -> time:
    """A minute of the day (0 to 1439) as a :class:`datetime.time`."""
    return time(*divmod(minute, 60))
