"""egmplan: plan intergovernmental meetings."""

from egmplan import tz as _tz

__version__ = "0.1.0"

# Before any zone is built anywhere in the process: read the pinned tzdata package only.
_tz.pin()
