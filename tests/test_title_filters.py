"""The tables' title cells are written by the filters md_title and html_title (a macro per
cell cost more than the rest of the cell); each is compared with the macro it replaces."""

from __future__ import annotations

import pytest

from egmplan.render.templates import environment
from egmplan.render.view import Cell

MD_MACRO = """{%- macro title_cell(cell) -%}
{%- if cell.continued and cell.suffix -%}{{ cell.base | md_cell }} {{ cell.suffix_parts | md_suffix }}{%- else -%}{{ cell.title | md_cell }}{%- endif -%}
{%- endmacro -%}
{{ title_cell(cell) }}"""

HTML_MACRO = """{%- macro title(cell) -%}
{%- if cell.continued and cell.suffix -%}{{ cell.base | one_line }} {{ cell.suffix_parts | html_suffix }}{%- else -%}{{ cell.title | one_line }}{%- endif -%}
{%- endmacro -%}
{{ title(cell) }}"""

CELLS = [
    Cell(),
    Cell("1", "Opening <b> & *x*", False, "Opening <b> & *x*", ""),
    Cell("2", "General | debate\n(continued)", True, "General | debate\n", " (continued)", (" (", "continued", ")")),
    Cell("3", "Débat (suite)", True, "Débat", " (suite)", (" ", "", "(suite)")),
    Cell("4", "Continued without a suffix", True, "Continued without a suffix", ""),
    Cell("5", "#1 <i>", True, "#1 <i>", " <cont>", (" <", "cont", ">")),
]


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("macro, filtered, autoescape", [(MD_MACRO, "{{ cell | md_title }}", False),
                                                         (HTML_MACRO, "{{ cell | html_title }}", True)],
                         ids=["md", "html"])
def test_the_filter_writes_what_the_macro_wrote(cell, macro, filtered, autoescape):
    env = environment().overlay(autoescape=autoescape)  # the built-in filters
    assert env.from_string(filtered).render(cell=cell) == env.from_string(macro).render(cell=cell)
