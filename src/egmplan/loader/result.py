"""What loading a meeting file gives: :class:`LoadResult`. A module of its own, light to import:
a meeting read back from the cache of checked meetings (:mod:`egmplan.app.meeting_cache`) is one
without the loader being imported."""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING

from egmplan.record import Record, record

if TYPE_CHECKING:
    from egmplan.errors import Diagnostic
    from egmplan.loader.planning_schema import ZoneRefusal
    from egmplan.loader.schema import Rec
    from egmplan.model import Meeting


@record
class LoadResult(Record):
    """The meeting (None when the file has errors), every diagnostic, sorted, and the file's
    converted keys (``data``: what ``egmplan diff`` compares key by key). ``zone_refusals``:
    the wrong zone names among the errors, which :mod:`egmplan.app.check` words again with
    what each was meant to be."""

    meeting: Meeting | None
    diagnostics: list[Diagnostic]
    data: Rec | None = field(default=None, compare=False, repr=False)
    zone_refusals: tuple[ZoneRefusal, ...] = field(default=(), compare=False, repr=False)
    # The result depends on other files than this one (``{history}`` reads the series file
    # beside it): the cache of checked meetings stores it only keyed by those files too.
    read_beside: bool = field(default=False, compare=False, repr=False)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    @property
    def notes(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_note]
