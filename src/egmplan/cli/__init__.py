"""The command line: the only place that uses Typer or Rich, prints, or reads the clock."""
