"""Write one large meeting for the Word scaling benchmark: PARAGRAPHS annotation paragraphs
spread over 20 items and ROWS organization-of-work rows over 5 days of 2 sittings."""

import sys
from pathlib import Path

ITEMS = 20
SENTENCE = "The Expert Group will have before it the compilation of national replies and comments."


def meeting_text(paragraphs: int, rows: int) -> str:
    agenda = []
    for item in range(1, ITEMS + 1):
        count = paragraphs // ITEMS + (1 if item <= paragraphs % ITEMS else 0)
        body = "\n\n".join(f"      {n}. {SENTENCE}" for n in range(1, count + 1))
        agenda.append(f"  - title: Exchange of information on topic {item}\n    annotation: |\n{body}\n")
    per_sitting = rows // 10
    days = []
    for day in range(5):
        sittings = []
        for sitting in range(2):
            start = (day * 2 + sitting) * per_sitting
            sittings.append("[" + ", ".join(f'"{(start + n) % ITEMS + 1}"' for n in range(per_sitting)) + "]")
        days.append(f"  2027-03-{15 + day:02d}: [{', '.join(sittings)}]")
    return (
        "meeting:\n  body: Expert Group on Benchmarks\n  number: 1\n  symbol: UNODC/EG.1/2027/1\n"
        "  venue: Vienna\n  timezone: Europe/Vienna\n  dates: {start: 2027-03-15, end: 2027-03-19}\n"
        'sittings:\n  default:\n    - {start: "10:00", end: "13:00"}\n    - {start: "15:00", end: "18:00"}\n'
        f"agenda:\n{''.join(agenda)}organization_of_work:\n" + "\n".join(days) + "\n"
    )


if __name__ == "__main__":
    paragraphs, rows, target = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(meeting_text(paragraphs, rows), encoding="utf-8")
