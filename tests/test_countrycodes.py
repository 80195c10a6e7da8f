"""Unknown ``country:`` codes: the hint follows what the code means (issue 10, point 16),
and thousands of them are reported quickly (issue 11)."""

import difflib
import time

import pytest

from egmplan import countrycodes
from egmplan.loader.participants import load_participants_text


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("JA", "unknown country code 'JA' (the language code of Japanese); did you mean 'JP' (Japan)?"),
        ("KO", "unknown country code 'KO' (the language code of Korean); did you mean 'KR' (Republic of Korea)?"),
        ("ZH", "unknown country code 'ZH' (the language code of Chinese); did you mean 'CN' (China)?"),
        ("DA", "unknown country code 'DA' (the language code of Danish); did you mean 'DK' (Denmark)?"),
        ("EN", "unknown country code 'EN' (the language code of English); "
               "did you mean 'US' (United States of America)?"),
        ("UK", "unknown country code 'UK' (a former or reserved code); "
               "did you mean 'GB' (United Kingdom of Great Britain and Northern Ireland)?"),
        ("EL", "unknown country code 'EL' (a former or reserved code); did you mean 'GR' (Greece)?"),
        ("ZR", "unknown country code 'ZR' (a former or reserved code); "
               "did you mean 'CD' (Democratic Republic of the Congo)?"),
        ("USA", "unknown country code 'USA' (an ISO 3166 alpha-3 code); "
                "did you mean 'US' (United States of America)?"),
        ("deu", "unknown country code 'deu' (an ISO 3166 alpha-3 code); did you mean 'DE' (Germany)?"),
        ("392", "unknown country code '392' (an ISO 3166 numeric code); did you mean 'JP' (Japan)?"),
        ("Japan", "unknown country code 'Japan'; did you mean 'JP' (Japan)?"),
        ("Geneva", "unknown country code 'Geneva' (a city in Switzerland); did you mean 'CH' (Switzerland)?"),
        ("EU", "unknown country code 'EU' (the European Union, not a State); "
               "give an ISO 3166-1 alpha-2 code such as 'TH'"),
        ("QQ", "unknown country code 'QQ'; give an ISO 3166-1 alpha-2 code such as 'TH'"),
        # Spelling alone suggests nothing: "Japn" is not a code, a name or a city.
        ("Japn", "unknown country code 'Japn'; give an ISO 3166-1 alpha-2 code such as 'TH'"),
    ],
)
def test_unknown_code_gets_the_code_it_means(written, message):
    assert countrycodes.unknown_country_code(written).message == message


def test_participants_file_reports_ja_as_japan():
    result = load_participants_text("participants:\n  - {name: Japan, country: JA, role: member}\n", "p.yaml")
    assert [str(d) for d in result.diagnostics] == [
        "p.yaml:2:28: error: participants[0].country: unknown country code 'JA' "
        "(the language code of Japanese); did you mean 'JP' (Japan)?"]
    assert result.diagnostics[0].suggestion == "JP"


def _many_unknown_codes(count: int) -> str:
    lines = [f"  - {{name: Delegation {n}, country: Q{n:04d}, role: member}}" for n in range(count)]
    return "participants:\n" + "\n".join(lines) + "\n"


def test_three_thousand_unknown_codes_are_reported_without_any_similarity_search(monkeypatch):
    def no_similarity_search(*args, **kwargs):
        raise AssertionError("a similarity search per entry is what made 3,000 entries take 32 s")

    monkeypatch.setattr(difflib, "SequenceMatcher", no_similarity_search)
    monkeypatch.setattr(difflib, "get_close_matches", no_similarity_search)
    started = time.perf_counter()
    result = load_participants_text(_many_unknown_codes(3000), "p.yaml")
    elapsed = time.perf_counter() - started
    assert len([d for d in result.diagnostics if "unknown country code" in d.message]) == 3000
    assert elapsed < 10, f"{elapsed:.1f} s"
