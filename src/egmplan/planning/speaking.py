"""Can the sittings hold the expected speaking time? (issue 5; limits from the
proposed organization of work for the sixth meeting, 2020)

Each item with ``speakers`` needs statements × the statement limit plus presentations ×
the presentation limit. An item can only use the sittings that take it in the
organization of work, and items taken at the same sitting share it. Whether every item
fits is a flow problem (items → their sittings → each sitting's length); when the
maximum flow falls short, the items still reachable from the source in the residual
graph are a set whose needs exceed what their sittings last (Hall's condition), and
the warning names that set and the shortfall. Each such set is reported once, then
taken out, and the check runs again on what is left.
"""

from __future__ import annotations

from collections import deque

from egmplan.errors import Diagnostic
from egmplan.model import AgendaItem, Meeting, flatten
from egmplan.planning.allocate import sitting_minutes


def need_minutes(meeting: Meeting, item: AgendaItem) -> int:
    s = item.speakers
    return 0 if s is None else s.statements * meeting.statement_minutes + s.presentations * meeting.presentation_minutes


def _family(number: str) -> str:
    return number.split(" (")[0]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _verb(n: int) -> str:
    return "takes" if n == 1 else "take"


def _what(meeting: Meeting, item: AgendaItem) -> str:
    s = item.speakers
    parts = []
    if s.statements:
        parts.append(f"{_plural(s.statements, 'statement')} of {_plural(meeting.statement_minutes, 'minute')}")
    if s.presentations:
        parts.append(f"{_plural(s.presentations, 'presentation')} of {_plural(meeting.presentation_minutes, 'minute')}")
    return " and ".join(parts)


def _max_flow_short_set(needs: dict[str, int], edges: dict[str, set], capacity: dict) -> set[str]:
    """Items reachable from the source after a maximum flow (empty when every need is met)."""
    flow_item = {i: 0 for i in needs}                       # source -> item
    flow_edge = {(i, s): 0 for i in needs for s in edges[i]}  # item -> sitting
    flow_sink = {s: 0 for s in capacity}                    # sitting -> sink
    while True:
        # BFS over the residual graph: nodes are ("i", item) and ("s", sitting)
        parent: dict = {}
        queue = deque(("i", i) for i in needs if flow_item[i] < needs[i])
        for node in queue:
            parent[node] = None
        end = None
        while queue and end is None:
            kind, name = queue.popleft()
            if kind == "i":
                for s in sorted(edges[name], key=str):
                    if ("s", s) not in parent:
                        parent[("s", s)] = (kind, name)
                        if flow_sink[s] < capacity[s]:
                            end = ("s", s)
                            break
                        queue.append(("s", s))
            else:
                for i in needs:
                    if name in edges[i] and flow_edge[(i, name)] > 0 and ("i", i) not in parent:
                        parent[("i", i)] = (kind, name)
                        queue.append(("i", i))
        if end is None:
            return {name for kind, name in parent if kind == "i"}
        path = [end]
        while parent[path[-1]] is not None:
            path.append(parent[path[-1]])
        path.reverse()  # item, sitting, item, sitting, ..., sitting
        first_item = path[0][1]
        amount = min(needs[first_item] - flow_item[first_item], capacity[end[1]] - flow_sink[end[1]])
        for a, b in zip(path, path[1:]):
            if a[0] == "s":  # backwards along item b -> sitting a
                amount = min(amount, flow_edge[(b[1], a[1])])
        flow_item[first_item] += amount
        flow_sink[end[1]] += amount
        for a, b in zip(path, path[1:]):
            if a[0] == "i":
                flow_edge[(a[1], b[1])] += amount
            else:
                flow_edge[(b[1], a[1])] -= amount


def speaking_warnings(meeting: Meeting) -> list[Diagnostic]:
    """A warning for each set of items whose expected speaking time its sittings cannot hold."""
    if not meeting.organization:
        return []
    items = [i for i in flatten(meeting.agenda) if need_minutes(meeting, i) > 0]
    sittings = {(s.date, s.number): s for s in meeting.sittings}
    edges = {}
    for item in items:
        edges[item.number] = set()
    sub_items = {i.number: [s.number for s in i.items] for i in meeting.agenda}
    for p in meeting.organization:  # one pass over the rows, not one per item
        if (p.date, p.sitting) not in sittings:
            continue
        for r in p.rows:
            # A row gives time to its item, to that item's parent, and (a whole item) to its sub-items.
            for number in (r.item, _family(r.item), *sub_items.get(r.item, ())):
                if number in edges:
                    edges[number].add((p.date, p.sitting))
    by_number = {i.number: i for i in items}
    needs = {i.number: need_minutes(meeting, i) for i in items if edges[i.number]}
    capacity = {key: sitting_minutes(s) for key, s in sittings.items()}
    found = []
    while needs:
        short = _max_flow_short_set(needs, edges, capacity)
        if not short:
            break
        chosen = [by_number[n] for n in needs if n in short]
        used = set().union(*(edges[n] for n in short))
        need = sum(needs[n] for n in short)
        hold = sum(capacity[k] for k in used)
        first = chosen[0]
        where = first.speakers
        if len(chosen) == 1:
            message = (f"item {first.number} ({first.title}) expects {need} minutes of speaking time "
                       f"({_what(meeting, first)}), but the {_plural(len(used), 'sitting')} that {_verb(len(used))} it last "
                       f"{hold} minutes: {need - hold} minutes short")
        else:
            numbers = [i.number for i in chosen]
            listed = ", ".join(numbers[:-1]) + " and " + numbers[-1]
            message = (f"items {listed} expect {need} minutes of speaking time together, but the "
                       f"{_plural(len(used), 'sitting')} that {_verb(len(used))} them last {hold} minutes: "
                       f"{need - hold} minutes short")
        found.append(Diagnostic(meeting.source, where.line, where.column, "warning", where.path, message))
        for n in short:
            del needs[n]
        for k in used:
            capacity[k] = 0
    return found
