"""``python -m egmplan``."""

from egmplan.cli.main import run

run()
