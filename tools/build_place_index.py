"""Regenerate ``src/egmplan/data/place_index.tsv`` from ``cities.tsv`` and ``countries.tsv``.

The index holds each folded place name (:func:`egmplan.places.fold`) once, sorted, with what
a lookup needs: the spelling to suggest, the country it names, and the rows of ``cities.tsv``
whose name or ASCII name it is, else those that have it among their alternates. Folding the
6,000 cities' names and their alternates at each run took 120 ms of a ``--tz Geneva``; a
lookup now finds one line. tests/test_place_index.py fails when the file is stale.

Run from the repository root after ``tools/build_places.py``::

    .venv/bin/python tools/build_place_index.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

from egmplan import places

OUTPUT = Path(places.__file__).parent / "data" / "place_index.tsv"
HEADER = "key\tdisplay\tcountry\tnames\talternates"


class FullIndex(NamedTuple):
    """Every name at once, as egmplan built it at each run before the index file."""

    country_keys: dict[str, str]          # folded name or alias -> code
    city_names: dict[str, list[int]]      # folded name or ASCII name -> rows of cities.tsv
    city_alternates: dict[str, list[int]]
    displays: dict[str, str]              # folded key -> a spelling to suggest


def full_index() -> FullIndex:
    country_keys: dict[str, str] = {}
    displays: dict[str, str] = {}
    for c in places.load_countries():
        for name in (c.name, *c.aliases):
            country_keys.setdefault(places.fold(name), c.code)
            displays.setdefault(places.fold(name), name)
    cities = places.load_cities()
    names: dict[str, list[int]] = {}
    alternates: dict[str, list[int]] = {}
    for row, city in enumerate(cities):
        for name in sorted({places.fold(city.name), places.fold(city.ascii)}):
            names.setdefault(name, []).append(row)
            displays.setdefault(name, city.name)
    for row, city in enumerate(cities):
        for alt in city.alternates:
            key = places.fold(alt)
            if key not in names:
                alternates.setdefault(key, []).append(row)
                displays.setdefault(key, city.name)  # suggest the name, not a variant spelling
    return FullIndex(country_keys, names, alternates, displays)


def index_text() -> str:
    index = full_index()
    lines = ["# built by tools/build_place_index.py from cities.tsv and countries.tsv", HEADER]
    for key in sorted(index.displays):
        rows = [" ".join(map(str, index.city_names.get(key, ()))),
                " ".join(map(str, index.city_alternates.get(key, ())))]
        lines.append("\t".join([key, index.displays[key], index.country_keys.get(key, ""), *rows]))
    return "\n".join(lines) + "\n"


def main() -> int:
    OUTPUT.write_text(index_text(), encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
