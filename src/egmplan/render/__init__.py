"""Renderers: one view model (:mod:`egmplan.render.view`), many small exporters.

:data:`EXPORTERS` maps a format name to its exporter; the CLI's ``--format`` choices come
from it. An exporter module is imported only when its format is used (start-up speed).
"""
