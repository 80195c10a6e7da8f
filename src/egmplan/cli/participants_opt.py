"""``--participants``: a file, a name in ``participants/``, or ``member-states``."""

from __future__ import annotations

from pathlib import Path

from egmplan.cli import common

PARTICIPANTS_HELP = (
    "A participants file, a name in participants/ (egm-cybercrime-2020-sample), or member-states "
    "(one delegation of one delegate per Member State). Default: the meeting's participants key."
)


def _candidates(ref: str) -> list[Path]:
    paths = [Path(ref)]
    if "/" not in ref and not ref.endswith((".yaml", ".yml")):
        for base in dict.fromkeys([Path.cwd(), common.folder().resolve().parent]):
            paths.append(base / "participants" / f"{ref}.yaml")
    return paths


def _present(path: Path) -> bool:
    """Something that is not a folder is there (a pipe too: it is refused when read)."""
    try:
        return path.exists() and not path.is_dir()
    except (OSError, ValueError):  # a name too long to look up
        return False


def resolve_participants(ref: str | None, meeting, *, fallback_member_states: bool, quiet: bool = False):
    """The participants a command plans for, or exit 1 (errors reported on stderr)."""
    from egmplan.member_states import MEMBER_STATES, member_state_participants

    if ref is None:
        if meeting.participants:
            return meeting.participants
        if not fallback_member_states:
            raise common.fail(f"{meeting.id} lists no participants; give --participants FILE or member-states")
        if not quiet:
            common.stderr(f"egmplan: {meeting.id} lists no participants; using one delegation per Member State "
                          "(give --participants FILE to change)")
        return member_state_participants()
    if ref == MEMBER_STATES:
        return member_state_participants()
    tried = _candidates(ref)
    path = next((p for p in tried if _present(p)), None)
    if path is None:
        looked = ", ".join(common.display_path(p) for p in tried)
        raise common.fail(f"--participants {ref}: no such file (looked for {looked}); "
                          f"give a file, a name in participants/, or {MEMBER_STATES}")
    from egmplan.app.check import load_participants_and_check
    from egmplan.tz import meeting_days

    result = load_participants_and_check(path, common.display_path(path), meeting_days(meeting.start, meeting.end))
    common.report(result.diagnostics, quiet_warnings=quiet)
    if result.participants is None:
        raise common.fail(f"{common.display_path(path)} has errors")
    if not result.participants:
        raise common.fail(f"{common.display_path(path)} lists no participants")
    return result.participants
