"""The floor for the bulk build: parse each meeting with PyYAML's C loader and render one
Jinja template per output (md, html, txt, json), writing the files. No checks, no UN style."""

import json
import sys
from pathlib import Path

import jinja2
import yaml

TEMPLATE = jinja2.Environment(autoescape=False).from_string(
    "{{ m.meeting.body }} {{ m.meeting.venue }}\n{% for item in m.agenda %}{{ loop.index }}. {{ item.title }}\n"
    "{{ item.annotation }}\n{% for d in item.documentation or [] %}{{ d.title }} ({{ d.symbol }})\n{% endfor %}"
    "{% endfor %}{% for day, sittings in m.organization_of_work.items() %}{{ day }} {{ sittings }}\n{% endfor %}"
)


def main(folder: Path, out: Path) -> None:
    for path in sorted(folder.glob("*.yaml")):
        meeting = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
        target = out / path.stem
        target.mkdir(parents=True, exist_ok=True)
        for name in ("agenda.md", "agenda.html", "agenda.txt"):
            (target / name).write_text(TEMPLATE.render(m=meeting), encoding="utf-8")
        meeting["organization_of_work"] = {str(k): v for k, v in meeting["organization_of_work"].items()}
        (target / "agenda.json").write_text(json.dumps(meeting, default=str), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
