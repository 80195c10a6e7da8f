"""Small pure functions the templates use as filters: escaping, inline spans, wrapping.

No Jinja import here except ``markupsafe`` (a Jinja dependency) for HTML, imported
by the HTML functions on first use.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from egmplan.render.wrapping import display_width, fill_printable, is_printable, wrap_lines, wrap_printable
from egmplan.textwidth import ljust as _ljust

# --- Markdown (GitHub Flavored Markdown) ---------------------------------------------------
#
# Every Markdown output (agenda.md, orgwork --format md, schedule --format md, diff --format md)
# writes user text through md_escape (or md_spans for annotation paragraphs), so a title can
# only ever be text: no HTML, no link, no emphasis, and no block (heading, list, quote, fence,
# code block, table, thematic break, setext underline) wherever the text lands on a line.

# Every ASCII punctuation character that GFM gives a meaning inside a line. ``$`` starts
# math on GitHub, ``~`` strikethrough (and ``~~~`` a fence), ``|`` a table cell, ``&`` an
# entity, ``<`` raw HTML and autolinks. ``_`` between two letters or digits is left alone:
# it can neither open nor close emphasis there (CommonMark's flanking rules), so zone names
# such as America/New_York stay as they are.
_MD_SPECIAL = re.compile(r"[\\`*\[\]<>|&~$]|(?<![^\W_])_|_(?![^\W_])")
# What makes the start of a line a block: an ATX heading or a bullet (``#``, ``-``, ``+``),
# a setext underline (``=``, ``-``), a quote (``>``, already escaped inline), an ordered
# list item (up to nine digits, then ``.`` or ``)`` and a space or the end).
_MD_BLOCK_START = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)|^([#+=-])")
# A closing sequence of ``#`` would be dropped from a heading's text.
_MD_CLOSING_HASHES = re.compile(r"(?<=[ \t])#+$")


_LINE_BREAKS = re.compile(r"\s*[\r\n\t\f\v]+\s*")


def _one_line(text: str) -> str:
    """Newlines and tabs in a title would break a heading, a list item or a table row."""
    text = str(text)
    if text.isprintable():  # no line break or tab (all are control characters): nothing to replace
        return text
    return _LINE_BREAKS.sub(" ", text)


# Every character _MD_SPECIAL can match: a text without any is returned without running it
# (its lookarounds make it slow to scan: about ten times this class's search).
_MD_MAYBE_SPECIAL = re.compile(r"[\\`*\[\]<>|&~$_]")
_MD_SPECIAL_CHARACTERS = "\\`*[]<>|&~$_"
# From this length on, twelve searches for one character each (str's own, memchr) are
# quicker than one search of the class, which tests every character (an annotation's
# paragraph: about half the time; a title: about twice).
_LONG_TEXT = 120


# Printable ASCII but Markdown's specials. An ASCII text made of these alone (most titles and
# paragraphs) has neither a line break to replace nor anything to escape; bytes.translate
# deleting them finds that in one pass, quicker than str.isprintable alone.
_MD_PLAIN_ASCII = bytes(c for c in range(0x20, 0x7F) if chr(c) not in _MD_SPECIAL_CHARACTERS)


def _md_inline(text: str) -> str:
    text = str(text)
    if text.isascii() and not text.encode().translate(None, _MD_PLAIN_ASCII):
        return text
    if not text.isprintable():  # _one_line's test, here without its call (every cell and title)
        text = _LINE_BREAKS.sub(" ", text)
    if len(text) < _LONG_TEXT:
        if _MD_MAYBE_SPECIAL.search(text) is None:
            return text
    elif not any(map(text.__contains__, _MD_SPECIAL_CHARACTERS)):
        return text
    return _MD_SPECIAL.sub(r"\\\g<0>", text)


def _md_block(text: str) -> str:
    """Escape what would make ``text`` a block when it starts a line (or a list item, a
    heading, a table cell). Leading spaces would make an indented code block and trailing
    ones a hard line break: Markdown prints neither, so they go."""
    text = text.strip(" ")
    first = text[:1]
    # The patterns only match a text that starts with one of #+=-, or with a digit (\d: any
    # decimal digit) and holds a "." or ")" (an item number alone, "1", is no list), or that
    # holds a "#": the others are returned without scanning them.
    if first and (first in "#+=-" or (first.isdecimal() and ("." in text or ")" in text))):
        text = _MD_BLOCK_START.sub(
            lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text)
    if "#" in text:
        text = _MD_CLOSING_HASHES.sub(r"\\\g<0>", text)
    return text


def md_escape(text: str, line_start: bool = True) -> str:
    """Text that GitHub and every CommonMark reader render literally, on one line: the one
    escaping function of every Markdown output. ``line_start=False`` is for text that can
    never begin a block (a table cell, a heading's text after its ``#``): there ``1.`` or
    ``+1`` stay as they are, since only inline markup means anything."""
    text = _md_inline(text)
    return _md_block(text) if line_start else text.strip(" ")


def md_line_start(text: str) -> str:
    """Escape what would turn the start of a line into a block (kept for user templates:
    ``md`` already does it)."""
    return _md_block(text)


def md_cell(text: str) -> str:
    """A table cell or a heading's text: inline markup escaped (``|`` as ``\\|``)."""
    if type(text) is str and len(text) <= 64:
        return _short_md_cell(text)
    return _md_inline(text).strip(" ")


# Dates, times, item numbers and headings: the same cells again and again, in one table and
# in every meeting of a build (as textwidth's widths of short texts).
@lru_cache(maxsize=4096)
def _short_md_cell(text: str) -> str:
    return _md_inline(text).strip(" ")


def md_spans(spans) -> str:
    """Inline spans as Markdown: ``*italic*``, footnote references ``[^n]``; the whole
    escaped like ``md`` (it starts a paragraph, a list item or a footnote)."""
    # Most paragraphs: one run of text. (A user template may pass any iterable: a generator
    # from rejectattr takes the loop.)
    if type(spans) is tuple and len(spans) == 1:
        span = spans[0]
        if span.footnote is None and not span.italic:
            return _md_block(_md_inline(span.text))
    out = []
    for span in spans:
        if span.footnote is not None:
            out.append(f"[^{span.footnote}]")
        elif span.italic and span.text.strip():
            out.append(f"*{_md_inline(span.text.strip())}*")
        else:
            out.append(_md_inline(span.text))
    return _md_block("".join(out))


def md_suffix(parts: tuple[str, str, str]) -> str:
    """The continued suffix, ``(lead, word, tail)`` as the style splits it, with its word in
    italics, as UN tables print it (UNODC/CCPCJ/EG.4/2017/1)."""
    lead, word, tail = parts
    return f"{lead}*{_md_inline(word)}*{tail}" if word else md_escape(lead + tail)


def md_title(cell) -> str:
    """A table cell's title (a view ``Cell``); continued, its suffix's word in italics."""
    if cell.continued and cell.suffix:
        return f"{md_cell(cell.base)} {md_suffix(cell.suffix_parts)}"
    return md_cell(cell.title)


# --- HTML -------------------------------------------------------------------------------


@cache
def _markupsafe():
    """A Markup of HTML text and an escape, imported once (an import statement in a function
    runs the import machinery on every call: hundreds of cells a document). Both make the
    Markup that markupsafe's would, without ``Markup.__new__``'s Python-level work
    (:mod:`egmplan.render.htmlescape`); every HTML filter passes the Markup a str."""
    from egmplan.render.htmlescape import escape_html, markup

    return markup, escape_html


def item_anchor(number: str) -> str:
    """An agenda item's number as an HTML id: "1 (a)" -> "1-a"."""
    return number.replace(" ", "").replace("(", "-").replace(")", "")



def html_spans(spans, footnotes=None):
    """Inline spans as HTML: every text escaped; ``<em>``; footnote references as
    superscript links to ``#fn-N``.

    With ``footnotes`` (the view's, for paged media) a reference is the footnote itself,
    ``<span class="footnote" data-number="N">``, which the print stylesheet floats to the
    foot of the page where it is cited (CSS ``float: footnote``)."""
    markup, escape = _markupsafe()

    if len(spans) == 1:
        span = spans[0]
        if span.footnote is None and not span.italic:  # one run of plain text: most paragraphs
            return escape(span.text)
    texts = {f.number: f.spans for f in footnotes} if footnotes else {}
    out = []
    for span in spans:
        if span.footnote is not None and span.footnote in texts:
            n = int(span.footnote)
            out.append(f'<span class="footnote" data-number="{n}">{html_spans(texts[span.footnote])}</span>')
        elif span.footnote is not None:
            n = int(span.footnote)
            out.append(f'<sup class="fnref"><a href="#fn-{n}" aria-label="footnote {n}">{n}</a></sup>')
        elif span.italic:
            out.append(f"<em>{escape(span.text)}</em>")
        else:
            out.append(escape(span.text))
    return markup("".join(out))


def html_suffix(parts: tuple[str, str, str]):
    """The continued suffix, ``(lead, word, tail)`` as the style splits it, its word in ``<em>``."""
    markup, escape = _markupsafe()

    lead, word, tail = parts
    if word:
        return markup(f"{escape(lead)}<em>{escape(word)}</em>{escape(tail)}")
    return escape(lead + tail)


def html_title(cell):
    """A table cell's title (a view ``Cell``) on one line; continued, its suffix's word in ``<em>``."""
    markup, escape = _markupsafe()

    if cell.continued and cell.suffix:
        return markup(f"{escape(_one_line(cell.base))} {html_suffix(cell.suffix_parts)}")
    return escape(_one_line(cell.title))


# The characters css_string writes as they are: ASCII letters and digits, space and ``./-``.
_CSS_PLAIN = re.compile(r"[A-Za-z0-9 ./-]*")


def css_string(text: str):
    """A CSS string literal: every character outside plain letters, digits, space and
    ``./-`` written as a CSS escape, so a symbol can never end the string or the style.

    Each escape ends with one space. CSS reads up to six hex digits and then swallows one
    whitespace character as the escape's end: without the space of its own, an escape
    followed by a real space ate that space ("L.1 & Corr.1" printed "L.1 &Corr.1")."""
    markup, _ = _markupsafe()

    text = _one_line(text)
    if _CSS_PLAIN.fullmatch(text):  # nothing to escape: most symbols ("UNODC/CCPCJ/EG.4/2021/1")
        return markup('"' + text + '"')
    out = []
    for ch in text:
        out.append(ch if ch.isascii() and (ch.isalnum() or ch in " ./-") else f"\\{ord(ch):x} ")
    return markup('"' + "".join(out) + '"')


one_line = _one_line  # the filter is the function itself: no call in between, ~25 cells a page


# --- plain text ----------------------------------------------------------------------------

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def txt_spans(spans) -> str:
    """Inline spans as plain text; footnote references as superscript figures."""
    if type(spans) is tuple and len(spans) == 1 and spans[0].footnote is None:  # one run of text (see md_spans)
        return spans[0].text
    return "".join([
        str(s.footnote).translate(_SUPERSCRIPT) if s.footnote is not None else s.text for s in spans
    ])


def wrap(text: str, width: int = 80, indent: str = "", subsequent: str | None = None) -> str:
    """Fill ``text`` to ``width`` columns; URLs and hyphenated words are not broken."""
    text = str(text)
    printable = is_printable(text)
    if not printable:  # _one_line, without its call (every paragraph of the text agenda)
        text = _LINE_BREAKS.sub(" ", text)
        printable = is_printable(text)
    return fill_printable(text, width, indent, indent if subsequent is None else subsequent, printable)


@lru_cache(maxsize=1024)
def _hanging_indents(label: str, indent: int, gap: int) -> tuple[str, str]:
    """The first line's indent (``label`` in it) and the next lines' of :func:`hanging`;
    a document has a few labels ("1.", "(a)", "-"), each used again and again."""
    head = " " * indent + label
    column = max(display_width(head) + 1, indent + gap)
    return _ljust(head, column), " " * column


def hanging(text: str, label: str, width: int = 80, indent: int = 0, gap: int = 4) -> str:
    """``label`` then ``text`` wrapped with a hanging indent: "1.  Organizational matters"."""
    first, subsequent = _hanging_indents(label, indent, gap)
    return wrap(text, width, first, subsequent)


def spread(left: str, right: str, width: int = 80) -> str:
    """``left`` at the margin and ``right`` flush right on one line (a masthead line)."""
    left, right = _one_line(left), _one_line(right)
    return (left + " " * max(1, width - display_width(left) - display_width(right)) + right).rstrip() \
        if right else left


def _cell_lines(text: str, width: int) -> list[str]:
    if not text:
        return [""]
    text = str(text)
    printable = is_printable(text)
    if not printable:  # _one_line, without its call
        text = _LINE_BREAKS.sub(" ", text)
        printable = is_printable(text)
    if printable and len(text) <= width and display_width(text) <= width:
        # It fits, measured both ways: in characters (wrap_lines' measure for narrow text)
        # and in columns (its measure for wide text).
        return [text.rstrip(" ")]
    return wrap_printable(text, width, "", "", True, printable) or [""]


@lru_cache(maxsize=4096)
def _padded_cell(text: str, width: int) -> tuple[str, ...]:
    """A table cell's lines padded to ``width`` columns. Dates, times, item numbers and
    headings: the same cells in every meeting of a build (as textwidth's widths of short texts)."""
    return tuple([_padded(line, width) for line in _cell_lines(text, width)])


def _padded(text: str, width: int) -> str:
    """``text`` and spaces to ``width`` columns (textwidth.ljust, without its call for ASCII)."""
    return text + " " * (width - (len(text) if text.isascii() else display_width(text)))


def txt_table(table, width: int = 80) -> str:
    """The organization-of-work table as fixed-width text (W1, W2): cells wrap inside
    their column, a blank line between days. Parallel tracks print their lane's heading
    before the title."""
    merged = table.layout == "merged"
    gap = "  "
    tracks = table.has_tracks
    lane_headings = table.lane_headings

    rows = []  # (date, time, item, title, new day) per lane cell
    for line in table.lines:
        cells = line.cells
        if len(cells) == 1:  # no parallel tracks: one cell, printed even when blank
            rows.append((line.date, line.time, cells[0].item, cells[0].title, line.first_of_day))
            continue
        filled = [(n, cell) for n, cell in enumerate(cells) if cell.title or cell.item] or [(0, cells[0])]
        first = True
        for n, cell in filled:
            title = cell.title
            if tracks and not line.holiday and title:
                title = f"[{lane_headings[n]}] {title}"
            if first:
                rows.append((line.date, line.time, cell.item, title, line.first_of_day))
                first = False
            else:
                rows.append(("", "", cell.item, title, False))
    head = table.columns
    dates = [head[0], *(r[0] for r in rows)]
    times = [r[1] for r in rows]
    items = [r[2] for r in rows]
    if merged:
        date_w = _column_width(dates + times)
        item_w = _column_width([head[1], *items])
        title_w = width - date_w - item_w - 2 * len(gap)
        widths = (date_w, item_w, title_w)
    else:
        date_w = min(_column_width(dates), 24)
        time_w = _column_width([head[1], *times])
        item_w = _column_width([head[2], *items])
        title_w = width - date_w - time_w - item_w - 3 * len(gap)
        widths = (date_w, time_w, item_w, title_w)

    # The cells before the last are padded to their column, each wrapped once a table (dates,
    # times and blanks repeat) and a short one once a build (_padded_cell). The last is not
    # padded (each line is stripped of its trailing spaces); its lines after the first are
    # written out with the blank cells before them once, when the title is first met.
    *lead_widths, title_width = widths
    lead_columns = [(size, {}) for size in lead_widths]
    lead_blanks = [" " * size for size in lead_widths]
    title_indent = gap.join(lead_blanks) + gap
    titles: dict[str, tuple[list[str], str]] = {}

    def row(cells) -> str:
        """A row's lines, joined."""
        leads = []
        for cell, (size, known) in zip(cells, lead_columns):  # all but the last cell
            found = known.get(cell)
            if found is None:
                found = known[cell] = _padded_cell(cell, size)
            leads.append(found)
        title = cells[-1]
        found = titles.get(title)
        if found is None:
            lines = _cell_lines(title, title_width)
            found = titles[title] = (lines, "".join(["\n" + (title_indent + line).rstrip() for line in lines[1:]]))
        lines, rest = found
        if max(map(len, leads)) == 1:
            return (gap.join([lead[0] for lead in leads]) + gap + lines[0]).rstrip() + rest
        # A date or a heading on more than one line.
        columns = [*leads, lines]
        blanks = [*lead_blanks, ""]
        return "\n".join([
            gap.join([column[k] if k < len(column) else blank for column, blank in zip(columns, blanks)]).rstrip()
            for k in range(max(map(len, columns)))])

    out = [row(head), gap.join("-" * w for w in widths)]
    for date_cell, time_cell, item, title, new_day in rows:
        if new_day and len(out) > 2:
            out.append("")
        if merged:
            if date_cell:
                out.append(row((date_cell, "", "")))
            out.append(row((time_cell, item, title)))
        else:
            out.append(row((date_cell, time_cell, item, title)))
    return "\n".join(out)


def _column_width(cells: list[str]) -> int:
    """The columns the widest of ``cells`` takes (ASCII cells: their length, without a call each)."""
    return max(map(len, cells)) if "".join(cells).isascii() else max(map(display_width, cells))


@cache  # a handful of languages; each call looked up the style and ran an import statement
def html_language(language: str):
    """The ``<html>`` element's attributes for a document in ``language``: ``lang="fr"``, and
    ``dir="rtl"`` when the language's script runs right to left (its style module's
    DIRECTION; left to right is HTML's default, so no ``dir`` is written for it)."""
    markup, escape = _markupsafe()

    from egmplan.style import get_style

    direction = get_style(language).DIRECTION
    attributes = f'lang="{escape(language)}"'
    if direction != "ltr":
        attributes += f' dir="{escape(direction)}"'
    return markup(attributes)


FILTERS = {
    "html_language": html_language,
    "md": md_escape,
    "md_cell": md_cell,
    "md_inline": md_cell,
    "md_spans": md_spans,
    "md_suffix": md_suffix,
    "md_title": md_title,
    "md_line_start": md_line_start,
    "html_spans": html_spans,
    "html_suffix": html_suffix,
    "html_title": html_title,
    "item_anchor": item_anchor,
    "one_line": one_line,
    "css_string": css_string,
    "txt_spans": txt_spans,
    "wrap": wrap,
    "hanging": hanging,
    "txt_table": txt_table,
    "spread": spread,
}
