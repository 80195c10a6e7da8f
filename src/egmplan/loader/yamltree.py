"""Read YAML into a tree of positioned nodes, refusing what a meeting file never needs.

The tree is built from libyaml's event stream with an explicit stack, not with
PyYAML's composer: the C composer recurses and crashes the process on deeply
nested input, and its constructor applies YAML 1.1 typing (``NO`` -> False,
``10:30`` -> 630) before we can see what the user wrote. Every scalar keeps its
raw text, so the schema decides what it means.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from egmplan.errors import DiagnosticSink

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 200_000

_CORE_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}


class FileKind(NamedTuple):
    """What kind of file is read, so that every message names it."""

    noun: str            # "meeting file"
    first_key: str       # the key such a file starts with
    one_per_file: str    # what a file holds one of


MEETING = FileKind("meeting file", "meeting:", "one meeting per file")
PARTICIPANTS = FileKind("participants file", "participants:", "one list of participants per file")


class Node:
    """A YAML node: ``kind`` is "scalar", "map" or "seq"; positions count from 1.
    ``value``: str for scalars, list of (key, value) for maps, list for seqs; ``plain``: an
    unquoted scalar (YAML 1.1 would type it); ``block``: a literal or folded block scalar
    (| or >); ``duplicates``: (repeated key, first key) in a map."""

    __slots__ = ("kind", "line", "column", "value", "plain", "block", "tag", "duplicates")

    def __init__(self, kind: str, line: int, column: int, value: object = None, plain: bool = False,
                 block: bool = False, tag: str | None = None, duplicates: list | None = None):
        self.kind, self.line, self.column, self.value = kind, line, column, value
        self.plain, self.block, self.tag = plain, block, tag
        self.duplicates: list = [] if duplicates is None else duplicates

    def __repr__(self) -> str:
        return f"Node({self.kind!r}, {self.line}, {self.column}, {self.value!r})"

    @property
    def text(self) -> str:
        return self.value if isinstance(self.value, str) else ""


class _Stop(Exception):
    pass


def _short_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix):] if tag.startswith(prefix) else tag


def decode(data: bytes, sink: DiagnosticSink, kind: FileKind = MEETING) -> str | None:
    """Bytes -> text, or None with a diagnostic at 1:1 (or at the bad byte)."""
    if len(data) > MAX_BYTES:
        sink.error(1, 1, "", f"the file is {len(data):,} bytes; {kind.noun}s are limited to {MAX_BYTES:,} bytes")
        return None
    wide = _wide_encoding(data)
    if wide:
        sink.error(1, 1, "", f"the file is {wide} text, not UTF-8; save it as UTF-8")
        return None
    if b"\x00" in data:
        sink.error(1, 1, "", "the file is binary (it contains NUL bytes), not a YAML text file")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        sink.error(
            line,
            column,
            "",
            f"the file is not UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8 "
            "(it looks like Latin-1 or Windows-1252)",
        )
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _wide_encoding(data: bytes) -> str | None:
    """"UTF-16" or "UTF-32" when the bytes are text in one of them (by byte order mark, or by
    the NUL bytes that every ASCII character brings in them), else None."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    sample = data[:4096]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    quarter = len(sample) // 4
    if sum(sample[i::4].count(0) for i in (1, 2)) >= 1.8 * quarter:
        return "UTF-32"
    half = len(sample) // 2
    nul_even, nul_odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(nul_even, nul_odd) >= 0.6 * half and min(nul_even, nul_odd) <= 0.1 * half:
        return "UTF-16"
    return None


_FLOW_TOKENS = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\'\'|[^\'])*\'|(?<!\S)#[^\n]*|[\[\]{}]')


def _report_deep_flow(text: str, begin: int, depth: int, sink: DiagnosticSink) -> bool:
    """Report the bracket at which flow nesting (``[[[[...``) passes the limit, scanning from
    ``begin`` (where the flow collection starts; no block text can follow inside it) at
    ``depth`` (the block collections around it).

    Only called when libyaml gives up on a deep flow collection: its scanner looks ahead
    over a whole line of brackets before it hands over the first event, so the event
    stream's own depth check never sees the 41st one. Brackets elsewhere (in annotations,
    quoted or plain text) are text and never counted.
    """
    for match in _FLOW_TOKENS.finditer(text, begin):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
                sink.error(line, column, "", f"the file nests deeper than {MAX_DEPTH} levels")
                return True
        elif token in "]}":
            depth = max(0, depth - 1)
    return False


def parse(text: str, sink: DiagnosticSink, kind: FileKind = MEETING) -> Node | None:
    """Text -> the root node of its single document, or None after reporting why."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    stack: list[Node] = []
    pending_key: list[Node | None] = []
    root: Node | None = None
    documents = 0
    count = 0
    flow_begin: int | None = None  # where the outermost open flow collection ([ or {) starts
    flow_depth = 0
    parsed_to = 0                  # the end of the last event, as an index into text

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        if parent.kind == "seq":
            parent.value.append(node)
        elif pending_key[-1] is None:
            if node.kind != "scalar":
                sink.error(node.line, node.column, "", "a key must be plain text, not a list or mapping")
                raise _Stop
            pending_key[-1] = node
        else:
            parent.value.append((pending_key[-1], node))
            pending_key[-1] = None

    try:
        for event in yaml.parse(text, Loader=loader):
            name = type(event).__name__
            mark = event.start_mark
            line, column = mark.line + 1, mark.column + 1
            parsed_to = event.end_mark.index
            if name == "DocumentStartEvent":
                documents += 1
                if documents > 1:
                    sink.error(line, column, "", f"the file holds more than one YAML document; keep {kind.one_per_file}")
                    raise _Stop
                continue
            if name in ("StreamStartEvent", "StreamEndEvent", "DocumentEndEvent"):
                continue
            if name == "AliasEvent":
                sink.error(line, column, "", f"aliases (*{event.anchor}) are not allowed in {kind.noun}s; write the value out")
                raise _Stop
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                sink.error(line, column, "", f"anchors (&{anchor}) are not allowed in {kind.noun}s; write values out")
                raise _Stop
            tag = getattr(event, "tag", None)
            if tag is not None and tag not in _CORE_TAGS and tag != "!":
                sink.error(line, column, "", f"the tag {_short_tag(tag)} is not allowed in {kind.noun}s")
                raise _Stop
            count += 1
            if count > MAX_NODES:
                sink.error(line, column, "", f"the file has more than {MAX_NODES:,} values; it cannot be a {kind.noun}")
                raise _Stop
            if name == "ScalarEvent":
                node = Node(
                    "scalar", line, column, event.value,
                    plain=not event.style and tag is None,
                    block=event.style in ("|", ">"),
                    tag=tag,
                )
                attach(node)
            elif name in ("MappingStartEvent", "SequenceStartEvent"):
                if len(stack) >= MAX_DEPTH:
                    sink.error(line, column, "", f"the file nests deeper than {MAX_DEPTH} levels")
                    raise _Stop
                node = Node("map" if name == "MappingStartEvent" else "seq", line, column, [], tag=tag)
                attach(node)
                stack.append(node)
                pending_key.append(None)
                if event.flow_style or flow_depth:
                    flow_begin = mark.index if not flow_depth else flow_begin
                    flow_depth += 1
            elif name in ("MappingEndEvent", "SequenceEndEvent"):
                node = stack.pop()
                pending_key.pop()
                flow_depth = max(0, flow_depth - 1)
                if node.kind == "map":
                    _mark_duplicates(node)
    except _Stop:
        return None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        if "maximum nesting depth" in problem and _report_deep_flow(
                text, flow_begin if flow_depth else parsed_to, len(stack) - flow_depth, sink):
            return None
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        tab = _tab_at(text, mark) if mark else None
        if tab is not None:
            sink.error(line, tab + 1, "", "not valid YAML: a tab character here; YAML allows only spaces to indent "
                                          "and after a list's '-': replace the tab with spaces")
            return None
        sink.error(line, column, "", f"not valid YAML: {problem}")
        return None
    if root is None or (root.kind == "scalar" and root.plain and root.text in ("", "~", "null")):
        sink.error(1, 1, "", f"the file is empty; a {kind.noun} starts with '{kind.first_key}'")
        return None
    return root


def _tab_at(text: str, mark) -> int | None:
    """The column (from 0) of the tab that a YAML error points at, or None: the character at
    the error, or a tab in the indentation or list dashes before it."""
    start = text.rfind("\n", 0, mark.index) + 1
    end = text.find("\n", mark.index)
    line = text[start:] if end < 0 else text[start:end]
    if line[mark.column:mark.column + 1] == "\t":
        return mark.column
    lead = line[:mark.column + 1]
    if "\t" in lead and not lead.strip(" \t-"):
        return lead.index("\t")
    return None


def _mark_duplicates(node: Node) -> None:
    """Note each repeated key with the key it repeats; the schema walk reports them with their path."""
    first: dict[str, Node] = {}
    for key, _value in node.value:
        if key.text in first:
            node.duplicates.append((key, first[key.text]))
        else:
            first[key.text] = key
