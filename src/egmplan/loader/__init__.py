"""YAML meeting file -> :class:`egmplan.model.Meeting`, with every problem and its place.

The loading functions are imported on first use (PEP 562), so that :class:`LoadResult` alone,
which the cache of checked meetings builds, does not import the loader."""

from egmplan.loader.result import LoadResult

__all__ = ["LoadResult", "load_meeting", "load_meeting_text"]


def __getattr__(name: str):
    if name in ("load_meeting", "load_meeting_text"):
        from egmplan.loader import load

        return getattr(load, name)
    raise AttributeError(f"module 'egmplan.loader' has no attribute {name!r}")
