"""Replace one top-level block of a YAML file's text, leaving every other byte as it was.

The block runs from its key's line to the line where its last value ends, as the YAML
parser reports them; comments and blank lines after it belong to what follows and stay.
"""

from __future__ import annotations

from egmplan.errors import PlanningError


def _last_line(node) -> int:
    """0-based line of the last character of ``node``'s own text (comments after it excluded)."""
    children = []
    if node.id == "mapping" and not node.flow_style:
        children = [part for pair in node.value for part in pair]
    elif node.id == "sequence" and not node.flow_style:
        children = list(node.value)
    if children:
        return max(_last_line(child) for child in children)
    end = node.end_mark
    return end.line if end.column > 0 or end.line == node.start_mark.line else end.line - 1


def line_ending(text: str) -> str:
    """The file's own line ending, as its first line ends: ``\r\n`` (Windows), ``\r`` (classic
    Mac OS) or ``\n``; ``\n`` for a file of one line."""
    import re

    found = re.search(r"\r\n|\r|\n", text)
    return found.group() if found else "\n"


def replace_block(text: str, key: str, block: str) -> str:
    """``text`` with the top-level ``key`` block replaced by ``block`` (appended when absent)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    root = yaml.compose(text, Loader=loader)
    if root is None or root.id != "mapping" or root.flow_style:
        raise PlanningError("the file is not a block mapping; cannot rewrite one of its blocks")
    lines = text.splitlines(keepends=True)
    for key_node, value in root.value:
        if key_node.value != key:
            continue
        if key_node.start_mark.column != 0:
            raise PlanningError(f"'{key}' does not start its line; cannot rewrite it")
        first = key_node.start_mark.line
        last = max(_last_line(value), first)
        tail = lines[last + 1:]
        return "".join(lines[:first]) + block + "".join(tail)
    newline = line_ending(text)
    joined = text if not text or text.endswith(("\n", "\r")) else text + newline
    return joined + newline + block
