"""The planning core never imports Typer or Rich (issue 5's modules)."""

import subprocess
import sys

PLANNING_MODULES = [
    "egmplan.planning.suggest", "egmplan.planning.connections", "egmplan.planning.allocate",
    "egmplan.planning.writeback", "egmplan.planning.speaking", "egmplan.planning.awake",
    "egmplan.planning.deadlines", "egmplan.loader.participants", "egmplan.render.planning_text",
    "egmplan.render.awake_svg",
]


def test_planning_core_never_imports_typer_or_rich():
    code = "import sys; " + "; ".join(f"import {m}" for m in PLANNING_MODULES) + \
        "; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert {name.split(".")[0] for name in out.split()} & {"typer", "rich", "click"} == set()
