"""The pipeline's layer order, read from every import in the source (function-level ones too).

YAML -> loader -> model -> planning -> renderers -> CLI (the brief): each layer imports only
the layers below it. The order, lowest first:

1. ``base``: the model and what every layer shares (errors, time zones, style words, the
   schema that describes a meeting file, small readers and helpers);
2. ``loader``: reads a file into the model and reports its mistakes; it only loads (the
   planning checks run from the use case);
3. ``planning``: works on the model (it may read the file format's definition, which the
   loader owns: ``diff`` compares every key the format defines);
4. ``render``: turns the model and planning results into bytes; never loads or writes;
5. ``app``: the use cases (load and check, build and write, plan and write back, diff);
6. ``cli``: parses options, calls one use case, prints.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "egmplan"

LAYERS = {"loader": 2, "planning": 3, "render": 4, "app": 5, "cli": 6, "__main__": 7}
BASE = 1


def layer_of(module: str) -> tuple[str, int]:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    return top, LAYERS.get(top, BASE)


def module_name(path: Path, source: Path = SOURCE) -> str:
    rel = path.relative_to(source.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(name: str, source: Path) -> bool:
    relative = Path(*name.split(".")[1:])
    return (source / relative).with_suffix(".py").is_file() or (source / relative / "__init__.py").is_file()


def imports(path: Path, source: Path = SOURCE) -> list[tuple[int, str]]:
    """``(line, module)`` for every egmplan module the file imports, wherever the import is;
    ``from egmplan.x import y`` counts as importing ``egmplan.x.y`` when that is a module."""
    module = module_name(path, source)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                member = f"{target}.{alias.name}"
                found.append((node.lineno, member if is_module(member, source) else target))
    return sorted({(line, target) for line, target in found
                   if target == "egmplan" or target.startswith("egmplan.")})


def upward_imports(source: Path = SOURCE) -> list[str]:
    wrong = []
    for path in sorted(source.rglob("*.py")):
        importer = module_name(path, source)
        top, level = layer_of(importer)
        for line, target in imports(path, source):
            target_top, target_level = layer_of(target)
            if target_top == top:
                continue
            if target_level > level:
                wrong.append(f"{path.relative_to(source)}:{line}: {importer} imports {target}")
    return wrong


def test_no_layer_imports_a_layer_above_it():
    assert upward_imports() == []


def test_the_base_imports_no_layer():
    """The base modules (model, errors, tz, style, schema ...) import only each other."""
    assert [entry for entry in upward_imports() if layer_of(entry.split(": ")[1].split()[0])[1] == BASE] == []


def import_graph(source: Path = SOURCE) -> dict[str, set[str]]:
    modules = {module_name(path, source): path for path in source.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for _, target in imports(path, source):
            while target and target not in modules:  # `from egmplan.x import name` names a module or a member
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_import_cycle_even_through_imports_inside_functions():
    assert cycles(import_graph()) == []


def test_the_checks_find_an_upward_import_inside_a_function_and_a_cycle(tmp_path):
    """The two checks above can fail: a made-up package with one of each."""
    package = tmp_path / "egmplan"
    for name, text in {
        "__init__.py": "",
        "model.py": "from egmplan import tz\n",
        "tz.py": "def f():\n    from egmplan.model import Meeting\n",
        "loader/__init__.py": "",
        "loader/load.py": "def load():\n    from egmplan.planning.checks import check_meeting\n",
        "planning/__init__.py": "",
        "planning/checks.py": "from ..loader import load  # allowed: planning is above the loader\n",
    }.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text)
    assert upward_imports(package) == [
        "loader/load.py:2: egmplan.loader.load imports egmplan.planning.checks",
    ]
    assert cycles(import_graph(package)) == [
        ["egmplan.loader.load", "egmplan.planning.checks"], ["egmplan.model", "egmplan.tz"],
    ]
