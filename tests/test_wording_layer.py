"""Document wording lives in ``style/`` (and the templates) only (issue 13, first step).

``planning/`` returns facts (a row's base title and ``continued`` flag, deadlines and offset
changes as instants, changes as data); ``render/`` and ``app/`` arrange them; every word a
reader of a document sees comes from the style of the document's language, so that a
language is added by writing one package beside ``style/en/``, module by module.

The check reads every string constant (f-string pieces too) in ``render/``, ``planning/``
and ``app/``, leaving out docstrings and the messages of ``raise`` statements (messages to
the user, not document text: the same line as the CLI's errors and help, which stay where
they are), and looks for the telltale words of document wording. In ``cli/`` only the modules that
print document text as tables are read (``SCANNED_CLI``), their ``help=`` texts left out.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "egmplan"
SCANNED = ("render", "planning", "app")
# The CLI's tables that print document text; the rest of cli/ is messages and help, which stay.
SCANNED_CLI = ("cli/awake_table.py", "cli/schedule_table.py", "cli/orgwork.py")

WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TELLTALE = re.compile(
    rf"\b(?:{WEEKDAYS}|{MONTHS})\b"
    r"|\((?:continued|UTC)"
    r"|\b(?:Item|Items|Agenda|Annex|Annotations|Documentation|Deadlines?|Sittings?|Date|Time|Title|"
    r"Zone|Changes|Distr\.|Original:|United Nations)\b"
    r"|\b(?:noon|midnight|[ap]\.m\.|close of business|local time|organization of work|hybrid meeting)\b"
    r"|\b(?:delegations|delegates|day|days)\b\)"
)

# Strings that carry a telltale word but are not document wording, each with its reason.
NOT_WORDING = {
    # The name of a Word paragraph style (WordprocessingML w:styleId), never printed.
    ("render/docx/__init__.py", "Documentation Entry"),
    ("render/docx/styles.py", "Documentation Entry"),
    ("render/workplan/docx.py", "Title"),
    # The copyright holder in a translation catalogue's header (gettext metadata, never printed).
    ("app/translate.py", "United Nations"),
    # A finding of `egmplan validate`: a message to the user, like the CLI's errors.
    ("planning/checks.py", ") is never scheduled in the organization of work"),
}

# Wording not yet moved into style/ (issue 13, first step, unfinished): this list only
# shrinks; test_pending_wording_is_still_there keeps it honest.
PENDING: set[tuple[str, str]] = set()


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _messages(tree: ast.AST) -> set[int]:
    """Strings in ``raise`` statements and in ``help=`` arguments (the CLI's help)."""
    messages = [statement for statement in ast.walk(tree) if isinstance(statement, ast.Raise)]
    messages += [keyword.value for keyword in ast.walk(tree)
                 if isinstance(keyword, ast.keyword) and keyword.arg == "help"]
    return {id(node) for message in messages for node in ast.walk(message)}


def wording_in(path: Path, root: Path) -> list[tuple[str, str, int]]:
    """``(file, string, line)`` for each string constant of ``path`` that reads as document wording."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _docstrings(tree) | _messages(tree)
    name = path.relative_to(root).as_posix()
    return sorted({(name, node.value, node.lineno) for node in ast.walk(tree)
                   if isinstance(node, ast.Constant) and isinstance(node.value, str)
                   and id(node) not in skipped and TELLTALE.search(node.value)}, key=lambda f: (f[0], f[2]))


def wording_outside_style(root: Path = SOURCE) -> list[tuple[str, str, int]]:
    paths = [path for top in SCANNED for path in sorted((root / top).rglob("*.py"))]
    paths += [root / name for name in SCANNED_CLI if (root / name).is_file()]
    return [found for path in paths for found in wording_in(path, root)]


def test_no_document_wording_outside_style():
    found = [f"{name}:{line}: {text!r}" for name, text, line in wording_outside_style()
             if (name, text) not in NOT_WORDING | PENDING]
    assert found == []


def test_pending_wording_is_still_there():
    """An entry of PENDING or NOT_WORDING that no longer matches is removed from the list."""
    present = {(name, text) for name, text, _line in wording_outside_style()}
    assert (NOT_WORDING | PENDING) - present == set()


def test_the_checker_finds_wording_in_a_made_up_module(tmp_path):
    module = tmp_path / "render" / "made_up.py"
    module.parent.mkdir()
    module.write_text(
        '"""Docstrings may say Monday, Item and (continued)."""\n'
        "def title(row):\n"
        '    """Returns "Agenda item (continued)"."""\n'
        "    if row is None:\n"
        '        raise ValueError("Item missing on Monday")\n'
        '    label = "continued"  # a key, not wording\n'
        '    option(help="Monday is a help text")\n'
        '    return f"{row.title} (continued), Tuesday, 6 April"\n', encoding="utf-8")
    assert wording_in(module, tmp_path) == [("render/made_up.py", " (continued), Tuesday, 6 April", 8)]


# What ``egmplan.style`` offers outside ``style/``: the way to a language, and the list of the
# languages (the series loader keeps their folders free); no wording.
REACHABLE_OUTSIDE_STYLE = ("get_style", "LANGUAGES")


def style_imports(root: Path = SOURCE) -> list[str]:
    """Where a module outside ``style/`` imports a language's wording directly: any module of
    ``egmplan.style`` (``egmplan.style.en``, ``egmplan.style.fr.dates``, ``egmplan.style.en_changes``),
    or a name of ``egmplan.style`` other than get_style and LANGUAGES."""
    importing = []
    for path in sorted(root.rglob("*.py")):
        if (root / "style") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.startswith("egmplan.style.") for n in names) or (
                    isinstance(node, ast.ImportFrom) and node.module == "egmplan.style"
                    and any(a.name not in REACHABLE_OUTSIDE_STYLE for a in node.names)):
                importing.append(f"{path.relative_to(root).as_posix()}:{node.lineno}")
    return importing


def test_a_language_is_imported_only_inside_style():
    """Outside ``style/`` a language is reached through ``style.get_style``, never through its
    package (``style.en``, ``style.fr.dates``) or the English functions ``egmplan.style`` re-exports."""
    assert style_imports() == []


def test_the_import_check_finds_a_direct_import(tmp_path):
    (tmp_path / "style" / "fr").mkdir(parents=True)
    (tmp_path / "style" / "__init__.py").write_text("from egmplan.style.en import format_date\n")
    (tmp_path / "style" / "fr" / "site.py").write_text("from egmplan.style.fr.dates import format_date\n")
    (tmp_path / "render.py").write_text("from egmplan.style import get_style\n"
                                        "def f():\n    from egmplan.style import format_date\n"
                                        "import egmplan.style.en_changes\n"
                                        "from egmplan.style.fr.dates import format_date\n"
                                        "from egmplan.style import ar\n")
    assert sorted(style_imports(tmp_path)) == ["render.py:3", "render.py:4", "render.py:5", "render.py:6"]


def _members() -> list[str]:
    from egmplan.style import Style

    return [name for name in Style.__dict__ if not name.startswith("_")] + list(Style.__annotations__)


def test_every_language_package_fills_in_the_whole_style():
    """Adding a language is filling in one package: each has every member :class:`Style` lists."""
    import importlib

    from egmplan.style import LANGUAGES

    missing = {language: [name for name in _members()
                          if not hasattr(importlib.import_module(f"egmplan.style.{language}"), name)]
               for language in LANGUAGES}
    assert missing == {language: [] for language in LANGUAGES}


def concern_modules(package: Path) -> dict[str, str]:
    """Each name a language's ``__init__.py`` re-exports, with the module it comes from
    (``format_date`` -> ``dates``); the ``__init__`` itself defines nothing."""
    homes = {}
    for node in ast.parse((package / "__init__.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            continue
        if isinstance(node, ast.ImportFrom):
            assert node.module == f"egmplan.style.{package.name}.{node.module.rsplit('.', 1)[-1]}", node.module
            homes.update({alias.asname or alias.name: node.module.rsplit(".", 1)[-1] for alias in node.names})
        else:
            assert isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant), ast.unparse(node)
    return homes


def test_every_language_keeps_each_member_in_the_same_module():
    """Each language package has the same modules, and a member of :class:`Style` comes from the
    same one in every language (``format_date`` from ``dates.py``, ``heading`` from ``agenda.py``):
    a change of one concern touches the same module of each language."""
    from egmplan.style import LANGUAGES

    files = {language: sorted(p.name for p in (SOURCE / "style" / language).glob("*.py")) for language in LANGUAGES}
    homes = {language: {name: home for name, home in concern_modules(SOURCE / "style" / language).items()
                        if name in _members()} for language in LANGUAGES}
    assert files == {language: files["en"] for language in LANGUAGES}
    assert homes == {language: homes["en"] for language in LANGUAGES}
    assert sorted(homes["en"]) == sorted(_members())


def test_the_module_check_sees_a_member_out_of_place_and_a_definition_in_init(tmp_path):
    """The check above can fail: a member re-exported from another module than English's, or
    defined in ``__init__.py`` itself."""
    english = concern_modules(SOURCE / "style" / "en")
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "__init__.py").write_text('"""A language."""\n'
                                               "from egmplan.style.xx.dates import format_date, heading\n")
    made_up = concern_modules(tmp_path / "xx")
    assert (made_up, {name: english[name] for name in made_up}) == (
        {"format_date": "dates", "heading": "dates"}, {"format_date": "dates", "heading": "agenda"})
    (tmp_path / "xx" / "__init__.py").write_text("LANGUAGE = 'xx'\n")
    with pytest.raises(AssertionError, match="LANGUAGE = 'xx'"):
        concern_modules(tmp_path / "xx")


def test_the_site_s_words_have_the_same_keys_in_every_language():
    """A page built in any language finds every word it asks for (WORDS, FORMAT_WORDS, FILE_WORDS,
    PUNCTUATION)."""
    from egmplan.style import LANGUAGES, get_style

    english = get_style("en")
    keys = {language: tuple(sorted(getattr(get_style(language), table)) for table in ("WORDS", "FORMAT_WORDS",
                                                                                       "FILE_WORDS", "PUNCTUATION"))
            for language in LANGUAGES}
    expected = tuple(sorted(getattr(english, table)) for table in ("WORDS", "FORMAT_WORDS", "FILE_WORDS",
                                                                   "PUNCTUATION"))
    assert keys == {language: expected for language in LANGUAGES}


def test_every_series_page_word_keeps_its_placeholder():
    from egmplan.style import LANGUAGES, get_style

    assert [language for language in LANGUAGES
            if "{short_body}" not in get_style(language).WORDS["series_page"]] == []


def test_the_workplan_title_and_country_names_in_english():
    from egmplan.style import get_style

    en = get_style("en")
    assert (en.workplan_title("Expert Group", en.year_range(2018, 2021)), en.country_name("RU", "Russian Federation")) == (
        "Workplan of the Expert Group for the period 2018–2021", "Russian Federation")


def test_a_country_cldr_does_not_name_keeps_its_un_name():
    from egmplan.style import LANGUAGES, get_style

    assert {language: get_style(language).country_name("QQ", "Q-land") for language in LANGUAGES} == {
        language: "Q-land" for language in LANGUAGES}
