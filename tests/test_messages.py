"""Messages that say how to fix: the suggestion travels with the diagnostic (validate --format json)."""

from pathlib import Path

from egmplan.loader import load_meeting, load_meeting_text

CORPUS = Path(__file__).parent / "corpus"


def test_an_item_written_3a_carries_the_form_to_use_as_its_suggestion():
    result = load_meeting(CORPUS / "orgwork-item-written-3a.yaml")
    assert [d.suggestion for d in result.diagnostics] == ["1 (a)", "1 (b)", "1 (b)", None, None]


def test_an_item_written_3a_whose_item_is_broken_still_gets_the_form():
    text = (CORPUS / "valid-minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("      - title: Opening of the meeting", "      - title: ''").replace('"1 (a)", "1 (b)"', '"1a", "1 (b)"')
    assert [(d.path, d.message) for d in load_meeting_text(text, "m.yaml").diagnostics] == [
        ("agenda[0].items[0].title", "is empty"),
        ("organization_of_work.2021-04-06[0][0]",
         "'1a' is neither an item number such as \"1 (a)\" nor a key of an item; did you mean '1 (a)'?"),
    ]
