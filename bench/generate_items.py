"""Write one meeting of N agenda items for the scaling benchmark (bench/scaling.py): each item
with an annotation that cites the item before it, a document, and a row in the organization
of work (5 days of 2 sittings); every tenth item has three sub-items."""

import sys
from pathlib import Path

SENTENCE = "Before the Group, the national replies"


def meeting_text(items: int) -> str:
    agenda, numbers = [], []
    for n in range(1, items + 1):
        cites = f" (see item {n - 1})" if n > 1 else ""
        entry = (f"  - title: Topic {n}\n"
                 f"    annotation: {SENTENCE}{cites}.\n"
                 f"    documentation: [{{title: Note on topic {n}, symbol: UNODC/EG.1/2027/{n}}}]\n")
        if n % 10 == 0:
            entry += "    items:\n" + "".join(f"      - title: Aspect {letter}\n" for letter in "abc")
            numbers += [f"{n} ({letter})" for letter in "abc"]
        else:
            numbers.append(str(n))
        agenda.append(entry)
    per_sitting = -(-len(numbers) // 10)
    days = []
    for day in range(5):
        sittings = []
        for sitting in range(2):
            start = (day * 2 + sitting) * per_sitting
            chunk = numbers[start:start + per_sitting] or [numbers[-1]]
            sittings.append("[" + ", ".join(f'"{number}"' for number in chunk) + "]")
        days.append(f"  2027-03-{15 + day:02d}: [{', '.join(sittings)}]")
    return (
        "meeting:\n  body: Expert Group on Benchmarks\n  number: 1\n  symbol: UNODC/EG.1/2027/1\n"
        "  venue: Vienna\n  timezone: Europe/Vienna\n  dates: {start: 2027-03-15, end: 2027-03-19}\n"
        'sittings:\n  default:\n    - {start: "10:00", end: "13:00"}\n    - {start: "15:00", end: "18:00"}\n'
        f"agenda:\n{''.join(agenda)}organization_of_work:\n" + "\n".join(days) + "\n"
    )


if __name__ == "__main__":
    count, target = int(sys.argv[1]), Path(sys.argv[2])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(meeting_text(count), encoding="utf-8")
