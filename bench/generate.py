"""Write N synthetic meetings (varied bodies, dates, zones, agendas) for the bulk benchmark."""

import sys
from datetime import date, timedelta
from pathlib import Path

ZONES = ["Europe/Vienna", "America/New_York", "Europe/Zurich", "Africa/Nairobi", "Asia/Bangkok", "America/Santiago"]
PARAGRAPH = ("In its resolution 65/230, the General Assembly requested the Commission to establish an "
             "open-ended intergovernmental expert group to conduct a comprehensive study of the problem "
             "and responses to it by Member States, the international community and the private sector.")


def meeting_text(n: int) -> str:
    start = date(2027, 1, 4) + timedelta(weeks=n % 150)
    end = start + timedelta(days=n % 3 + 2)
    items = []
    for i in range(1, 9):
        items.append(f"  - title: Agenda item {i} of meeting {n} on the exchange of information\n"
                     f"    short_title: Agenda item {i}\n"
                     f"    annotation: |\n      {PARAGRAPH}\n\n      {PARAGRAPH}[^1]\n\n      [^1]: Footnote {i}.\n"
                     f"    documentation:\n      - {{title: Note by the Secretariat {i}, symbol: UNODC/EG.{n}/2027/{i}}}\n")
    org, day, item = [], start, 1
    while day <= end:
        org.append(f"  {day.isoformat()}:\n    - [\"{min(item, 8)}\"]\n    - [\"{min(item + 1, 8)}\"]")
        item += 2
        day += timedelta(days=1)
    return (
        f"meeting:\n  body: Expert Group number {n} on Benchmarks\n  short_body: Expert Group\n  number: {n % 40 + 1}\n"
        f"  symbol: UNODC/EG.{n}/2027/1\n  venue: City {n}\n  timezone: {ZONES[n % len(ZONES)]}\n"
        f"  dates: {{start: {start.isoformat()}, end: {end.isoformat()}}}\n"
        f"sittings:\n  default:\n    - {{start: \"10:00\", end: \"13:00\"}}\n    - {{start: \"15:00\", end: \"18:00\"}}\n"
        f"agenda:\n{''.join(items)}organization_of_work:\n" + "\n".join(org) + "\n"
    )


def main(count: int, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"bench-{n:05d}.yaml").write_text(meeting_text(n), encoding="utf-8")


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
