from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MEETINGS = ROOT / "meetings"


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
