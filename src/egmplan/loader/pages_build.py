"""Meaning checks and model building for what a meeting's web page lists (issue 14):
documents, statements (each naming ``general`` or an existing item) and panellists
(each country a known ISO 3166 code)."""

from __future__ import annotations

from egmplan.errors import DiagnosticSink
from egmplan.loader.schema import Rec, Seq
from egmplan.model import AgendaItem, MeetingDocument, Statement
from egmplan.references import ItemIndex

GENERAL = "general"


def build_documents(entries) -> tuple[MeetingDocument, ...]:
    if not isinstance(entries, Seq):
        return ()
    return tuple(
        MeetingDocument(e["title"], e.get("symbol"), e.get("address"), e.get("date"), e.get("status"), e.get("note"))
        for e in entries if isinstance(e, Rec) and "title" in e
    )


def build_statements(entries, agenda: tuple[AgendaItem, ...], broken: set[str],
                     sink: DiagnosticSink) -> tuple[Statement, ...]:
    """Each statement on ``general`` or on an item of ``agenda``; ``count`` agreeing with the addresses."""
    if not isinstance(entries, Seq):
        return ()
    index = ItemIndex(agenda)
    built = []
    for entry in entries:
        if not isinstance(entry, Rec) or not {"delegation", "item"} <= entry.keys():
            continue
        ref = entry["item"]
        number = None
        if ref != GENERAL:
            found = index.resolve(ref)
            if found.item is None:
                if ref not in broken:
                    line, column = entry.at("item")
                    problem = found.problem if "did you mean" in found.problem else f"{found.problem}; or write '{GENERAL}'"
                    sink.error(line, column, entry.path_of("item"), problem)
                continue
            number = found.item.number
        addresses = tuple(a for a in entry.get("addresses", ()) if isinstance(a, str))
        count = entry.get("count", len(addresses) or 1)
        if addresses and "count" in entry and count != len(addresses):
            line, column = entry.at("count")
            sink.error(line, column, entry.path_of("count"),
                       f"{count} statements, but {len(addresses)} "
                       f"{'address is' if len(addresses) == 1 else 'addresses are'} listed; give one address each")
            continue
        built.append(Statement(entry["delegation"], number, addresses, count))
    return tuple(built)


def check_panellist_countries(agenda: Seq, sink: DiagnosticSink) -> None:
    """Every panellist's ``country`` is an ISO 3166-1 alpha-2 code egmplan knows; a
    ``country_name`` names a ``country``, and one that is none of that country's names
    egmplan knows is a warning (a typo, or a name the UN no longer uses)."""
    from egmplan import places

    for item in _items(agenda):
        speakers = item.get("speakers")
        if not isinstance(speakers, Seq):
            continue
        for entry in speakers:
            if not isinstance(entry, Rec):
                continue
            name = entry.get("country_name")
            if not isinstance(entry.get("country"), str):
                if isinstance(name, str):
                    line, column = entry.at("country_name")
                    sink.error(line, column, entry.path_of("country_name"),
                               "needs 'country', the ISO 3166-1 alpha-2 code of the country it names")
                continue
            try:
                country = places.country(entry["country"])
            except KeyError:
                from egmplan.countrycodes import unknown_country_code

                hint = unknown_country_code(entry["country"])
                line, column = entry.at("country")
                sink.error(line, column, entry.path_of("country"), hint.message, hint.suggestion)
                continue
            if isinstance(name, str):
                _check_country_name(entry, name, country, sink)


def _check_country_name(entry: Rec, name: str, country, sink: DiagnosticSink) -> None:
    from egmplan.spelling import did_you_mean

    known = (country.name, *country.aliases)
    if " ".join(name.split()) in known:
        return
    line, column = entry.at("country_name")
    guess = did_you_mean(name, known)
    message = (f"'{name}' is not a name egmplan knows for {country.code} ({country.name}); "
               f"it is printed as written")
    sink.warning(line, column, entry.path_of("country_name"),
                 message + (f"; did you mean '{guess}'?" if guess else ""), guess)


def _items(agenda: Seq):
    for item in agenda:
        if isinstance(item, Rec):
            yield item
            if isinstance(item.get("items"), Seq):
                yield from (sub for sub in item["items"] if isinstance(sub, Rec))
