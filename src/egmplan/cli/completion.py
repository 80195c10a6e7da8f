"""Shell completion values: meeting ids and zone names (``egmplan --install-completion``)."""

from __future__ import annotations


def complete_meeting(incomplete: str) -> list[str]:
    """Meeting ids in the meetings folder, then matching file paths."""
    from egmplan.catalog import meeting_files
    from egmplan.cli.common import folder

    ids = [p.stem for p in meeting_files(folder())]
    return [i for i in ids if i.startswith(incomplete)]


def complete_zone(incomplete: str) -> list[str]:
    """IANA zone names that are places, plus the keywords ``venue``, ``UTC`` and ``all``."""
    from egmplan import tz

    names = ["venue", "UTC", "all", *tz.place_zones()]
    folded = incomplete.lower()
    return [n for n in names if n.lower().startswith(folded)]
