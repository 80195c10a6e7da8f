import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MEETINGS = ROOT / "meetings"

# The whole run, subprocesses included, keeps egmplan's cache of checked meetings in a folder of
# its own: never the user's ~/.cache, and no entry left by another run or another checkout.
CACHE_HOME = tempfile.mkdtemp(prefix="egmplan-test-cache-")
os.environ["XDG_CACHE_HOME"] = CACHE_HOME
os.environ.pop("EGMPLAN_NO_CACHE", None)
atexit.register(shutil.rmtree, CACHE_HOME, ignore_errors=True)


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _fixed_terminal(monkeypatch):
    """Rich and Typer output does not depend on the terminal running the tests."""
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("EGMPLAN_MEETINGS", raising=False)
