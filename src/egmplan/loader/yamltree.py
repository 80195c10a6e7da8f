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
    ``value``: str for scalars, list of (key, value) for maps, list for seqs; ``text``: a
    scalar's value, "" for the others; ``plain``: an unquoted scalar (YAML 1.1 would type it);
    ``block``: a literal or folded block scalar (| or >); ``duplicates``: (repeated key, first
    key) in a map."""

    __slots__ = ("kind", "line", "column", "value", "plain", "block", "tag", "duplicates", "text")

    def __init__(self, kind: str, line: int, column: int, value: object = None, plain: bool = False,
                 block: bool = False, tag: str | None = None, duplicates: list | None = None):
        self.kind, self.line, self.column, self.value = kind, line, column, value
        self.plain, self.block, self.tag = plain, block, tag
        self.duplicates: list = [] if duplicates is None else duplicates
        self.text: str = value if isinstance(value, str) else ""

    def __repr__(self) -> str:
        return f"Node({self.kind!r}, {self.line}, {self.column}, {self.value!r})"


class _Stop(Exception):
    pass


_NO_DUPLICATES = ()  # a scalar's duplicates: only a map's repeated keys are noted


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


def parse(text: str, sink: DiagnosticSink, kind: FileKind = MEETING, until_key: str | None = None) -> Node | None:
    """Text -> the root node of its single document, or None after reporting why.

    The events are taken from the parser one by one and told apart by their class (a 10,000-item
    meeting has about 180,000 of them: the loop's own work per event is most of the reading).
    ``until_key``: read no further than the root mapping's value of that key, when it is a
    mapping or list (a meeting's ``meeting`` keys: what its series reads of the other meeting
    files); the rest of the file is neither read nor checked."""
    import yaml
    from yaml import events

    scalar_event, alias_event, stream_end = events.ScalarEvent, events.AliasEvent, events.StreamEndEvent
    starts = {events.MappingStartEvent: "map", events.SequenceStartEvent: "seq"}
    ends = (events.MappingEndEvent, events.SequenceEndEvent)
    skipped = (events.StreamStartEvent, events.DocumentEndEvent)
    allowed_tags = _CORE_TAGS | {"!"}
    new_node = object.__new__
    parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    # The open collections but the innermost, which is ``parent`` (None: none is open yet), its
    # ``items`` (its value) and, in a map, the ``key`` read that waits for its value.
    stack: list[Node | None] = []
    parent: Node | None = None
    items: list | None = None
    in_seq = False
    key: Node | None = None
    root: Node | None = None
    documents = 0
    count = 0
    flow_begin: int | None = None  # where the outermost open flow collection ([ or {) starts
    flow_depth = 0
    event = None                   # the last event read: where the parser had got to

    def refuse(event, line: int, column: int) -> None:
        if type(event) is alias_event:
            sink.error(line, column, "", f"aliases (*{event.anchor}) are not allowed in {kind.noun}s; write the value out")
        elif event.anchor is not None:
            sink.error(line, column, "", f"anchors (&{event.anchor}) are not allowed in {kind.noun}s; write values out")
        else:
            sink.error(line, column, "", f"the tag {_short_tag(event.tag)} is not allowed in {kind.noun}s")
        raise _Stop

    def too_many(line: int, column: int) -> None:
        sink.error(line, column, "", f"the file has more than {MAX_NODES:,} values; it cannot be a {kind.noun}")
        raise _Stop

    try:
        get_event = parser.get_event
        while True:
            event = get_event()
            cls = type(event)
            if cls is scalar_event:
                mark = event.start_mark
                tag = event.tag
                if event.anchor is not None or (tag is not None and tag not in allowed_tags):
                    refuse(event, mark.line + 1, mark.column + 1)
                count += 1
                if count > MAX_NODES:
                    too_many(mark.line + 1, mark.column + 1)
                style = event.style
                node = new_node(Node)  # Node(...) written out: a scalar is most of the events
                node.kind, node.line, node.column = "scalar", mark.line + 1, mark.column + 1
                node.value = node.text = event.value
                node.plain, node.block, node.tag = not style and tag is None, style == "|" or style == ">", tag
                node.duplicates = _NO_DUPLICATES
                if in_seq:
                    items.append(node)
                elif key is not None:
                    items.append((key, node))
                    key = None
                elif parent is not None:
                    key = node
                else:
                    root = node
            elif cls in ends:
                count += 1
                if count > MAX_NODES:
                    mark = event.start_mark
                    too_many(mark.line + 1, mark.column + 1)
                closed = parent
                if closed.kind == "map":
                    _mark_duplicates(closed)
                parent = stack.pop()
                items, in_seq = (parent.value, parent.kind == "seq") if parent is not None else (None, False)
                key = None
                if flow_depth:
                    flow_depth -= 1
                if until_key is not None and len(stack) == 1 and parent.kind == "map" \
                        and items[-1][1] is closed and items[-1][0].text == until_key:
                    break
            elif cls in starts:
                mark = event.start_mark
                line, column = mark.line + 1, mark.column + 1
                tag = event.tag
                if event.anchor is not None or (tag is not None and tag not in allowed_tags):
                    refuse(event, line, column)
                count += 1
                if count > MAX_NODES:
                    too_many(line, column)
                if len(stack) >= MAX_DEPTH:
                    sink.error(line, column, "", f"the file nests deeper than {MAX_DEPTH} levels")
                    raise _Stop
                node = Node(starts[cls], line, column, [], tag=tag)
                if in_seq:
                    items.append(node)
                elif key is not None:
                    items.append((key, node))
                    key = None
                elif parent is not None:
                    sink.error(line, column, "", "a key must be plain text, not a list or mapping")
                    raise _Stop
                else:
                    root = node
                stack.append(parent)
                parent, items, in_seq = node, node.value, node.kind == "seq"
                if event.flow_style or flow_depth:
                    flow_begin = mark.index if not flow_depth else flow_begin
                    flow_depth += 1
            elif cls is events.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    sink.error(mark.line + 1, mark.column + 1, "",
                               f"the file holds more than one YAML document; keep {kind.one_per_file}")
                    raise _Stop
            elif cls is alias_event:
                mark = event.start_mark
                refuse(event, mark.line + 1, mark.column + 1)
            elif cls is stream_end:
                break
            elif cls not in skipped:
                raise AssertionError(f"unexpected YAML event {cls.__name__}")
    except _Stop:
        return None
    except yaml.YAMLError as exc:
        return _refuse_yaml(exc, text, event, flow_begin, flow_depth, len(stack), sink)
    finally:
        parser.dispose()
    if root is None or (root.kind == "scalar" and root.plain and root.text in ("", "~", "null")):
        sink.error(1, 1, "", f"the file is empty; a {kind.noun} starts with '{kind.first_key}'")
        return None
    return root


def _refuse_yaml(exc, text: str, event, flow_begin: int | None, flow_depth: int, depth: int,
                 sink: DiagnosticSink) -> None:
    """Report what libyaml could not read (``event``: the last event it gave)."""
    problem = getattr(exc, "problem", None) or str(exc)
    parsed_to = event.end_mark.index if event is not None else 0  # the end of the last event
    if "maximum nesting depth" in problem and _report_deep_flow(
            text, flow_begin if flow_depth else parsed_to, depth - flow_depth, sink):
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
    if len({key.text for key, _value in node.value}) == len(node.value):
        return
    first: dict[str, Node] = {}
    for key, _value in node.value:
        if key.text in first:
            node.duplicates.append((key, first[key.text]))
        else:
            first[key.text] = key
