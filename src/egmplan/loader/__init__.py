"""YAML meeting file -> :class:`egmplan.model.Meeting`, with every problem and its place."""

from egmplan.loader.load import LoadResult, load_meeting, load_meeting_text

__all__ = ["LoadResult", "load_meeting", "load_meeting_text"]
