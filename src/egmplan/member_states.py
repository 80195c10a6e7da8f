"""``--participants member-states``: one delegation per Member State of the United Nations,
at its capital's zone, as a participants file listing each by its country alone gives it.
Apart from the loader: ``suggest`` and ``connections`` use it on a meeting served from the
cache of checked meetings, which imports no loader (importing it took 4 ms of a run)."""

from __future__ import annotations

MEMBER_STATES = "member-states"
# A participant's `delegates` when the participants file does not say
# (egmplan.loader.planning_schema.PARTICIPANT, whose default this is).
DEFAULT_DELEGATES = 1


def member_state_participants():
    """The 193 Member States as participants (:class:`egmplan.model.Participant`), in
    alphabetical order of name, each one delegation of ``DEFAULT_DELEGATES``."""
    from egmplan import places
    from egmplan.model import Participant

    return tuple(Participant(name=c.name, role="member", zone=c.zone, delegates=DEFAULT_DELEGATES, country=c.code)
                 for c in places.member_states())
