"""The start-up baseline: a hello-world Typer app (same Typer as egmplan pins)."""

import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    typer.echo(f"hello {name}")


if __name__ == "__main__":
    app()
