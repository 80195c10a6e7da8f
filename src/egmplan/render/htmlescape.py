"""HTML escaping as ``markupsafe.escape`` does it, for what an HTML page prints hundreds of times.

``markupsafe.escape`` builds each result with ``Markup()``, whose Python-level ``__new__`` (an
``__html__`` lookup, ``super()``) is most of its cost: about 0.45 µs a call, and an agenda page
printed some 200 values (each ``{{ ... }}`` of an autoescaped template) plus the HTML filters'
own. :func:`escape_html` gives the same Markup for every value, the common ones cheaply: a str
is escaped and made a Markup directly (``Markup.__new__`` would only look for an ``__html__``
that a str has not), an int's digits need no escaping, and a Markup (a filter's HTML) is
returned as it is (``escape`` returns an equal copy). Everything else goes to ``escape``.
"""

from __future__ import annotations

from markupsafe import Markup, escape

try:  # the escaping markupsafe.escape does, without making a Markup of it (MarkupSafe 3)
    from markupsafe import _escape_inner as _escaped_text
except ImportError:  # pragma: no cover - an older MarkupSafe: the same text, by escape itself
    def _escaped_text(text: str) -> str:
        return str(escape(text))

_new_str = str.__new__


def escape_html(value) -> Markup:
    """``markupsafe.escape(value)``, faster for a str, an int and a Markup."""
    kind = type(value)
    if kind is str:
        return _new_str(Markup, _escaped_text(value))
    if kind is Markup:
        return value
    if kind is int:
        return _new_str(Markup, str(value))
    return escape(value)


def markup(text: str) -> Markup:
    """``Markup(text)`` for a str ``text`` that is HTML already (a filter's escaped parts)."""
    return _new_str(Markup, text)
