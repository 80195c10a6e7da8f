"""What an unknown ``country:`` code was meant to be (issue 10, point 16).

A participants entry takes an ISO 3166-1 alpha-2 code. The codes people write
instead are mostly not typos but other codes with a meaning: a language code
(``JA`` for Japanese, so Japan, ``JP``), an alpha-3 or numeric code (``USA``,
``392``), a former or reserved code (``UK``, ``EL``, ``ZR``), or a name
(``Japan``, ``Tokyo``). The hint follows that meaning, through CLDR's data in
Babel (territory aliases; each language's likely country) and the places data;
it never guesses from spelling alone.

Each answer is computed once per text (a file of 3,000 entries with the same
mistake pays once), and no answer searches by similarity, so each costs a few
dictionary look-ups (issue 11: 3,000 unknown codes took 32 s).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

EXAMPLE_CODE = "TH"

# ISO 3166 reserves these codes for what is not a State.
_NOT_STATES = {"EU": "the European Union", "EZ": "the euro area", "UN": "the United Nations"}


@dataclass(frozen=True)
class CountryCodeHint:
    message: str              # the whole diagnostic text
    suggestion: str | None    # the alpha-2 code meant, when there is one


def unknown_country_code(text: str) -> CountryCodeHint:
    """The message for a ``country:`` value that is no ISO 3166-1 alpha-2 code with a zone."""
    return _hint(text)


@lru_cache(maxsize=4096)
def _hint(text: str) -> CountryCodeHint:
    written = text.strip()
    head = f"unknown country code {text!r}"
    upper = written.upper()
    if upper in _NOT_STATES:
        return CountryCodeHint(f"{head} ({_NOT_STATES[upper]}, not a State); "
                               f"give an ISO 3166-1 alpha-2 code such as {EXAMPLE_CODE!r}", None)
    found = _meaning(written)
    if found is None:
        return CountryCodeHint(f"{head}; give an ISO 3166-1 alpha-2 code such as {EXAMPLE_CODE!r}", None)
    code, why = found
    from egmplan import places

    why_text = f" ({why})" if why else ""
    return CountryCodeHint(f"{head}{why_text}; did you mean {code!r} ({places.country(code).name})?", code)



def _meaning(written: str) -> tuple[str, str] | None:
    """(alpha-2 code, why) for what ``written`` means, or None."""
    from egmplan import places

    known = {c.code for c in places.load_countries()}
    upper = written.upper()
    if upper in known:
        return upper, ""  # a code with spaces around it
    alias = territory_aliases().get(upper)
    if alias:
        kind = ("an ISO 3166 alpha-3 code" if len(upper) == 3 and upper.isalpha()
                else "an ISO 3166 numeric code" if upper.isdigit() else "a former or reserved code")
        codes = [c for c in alias if c in known]
        if len(codes) == 1:
            return codes[0], kind
    if len(upper) == 2 and upper.isalpha():
        language = _likely_country_of_language(upper.lower())
        if language and language[0] in known:
            return language[0], f"the language code of {language[1]}"
    place = places.find_place(written)
    if place is not None and place.country in known:
        if place.kind == "city":
            return place.country, f"a city in {places.country(place.country).name}"
        return place.country, ""
    return None


@lru_cache(maxsize=1)
def territory_aliases() -> dict[str, tuple[str, ...]]:
    """Other codes of a country (alpha-3, numeric, former, reserved) -> alpha-2 codes (CLDR)."""
    from babel.core import get_global

    aliases = {code.upper(): tuple(targets) for code, targets in get_global("territory_aliases").items()}
    from egmplan import places

    # The places data knows the reserved codes CLDR does not (EL for Greece, UK for the UK).
    for country in places.load_countries():
        for alias in country.aliases:
            if alias.isupper() and alias.isalpha() and 2 <= len(alias) <= 3:
                aliases.setdefault(alias, (country.code,))
    return aliases


@lru_cache(maxsize=None)
def _likely_country_of_language(language: str) -> tuple[str, str] | None:
    """(country code, English name of the language) for an ISO 639-1 code, from CLDR."""
    from babel import Locale
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language)
    if not likely:
        return None
    name = Locale("en").languages.get(language)
    territory = likely.split("_")[-1]
    if not name or not (len(territory) == 2 and territory.isalpha()):
        return None
    return territory, name
