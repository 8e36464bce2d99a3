"""The one-pass literal scan finds exactly the literals a text holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.analysis.matching import any_hit, find_hits
from reviewer.analysis.prefilter import _Universe, text_scan
from reviewer.checklist.model import Terms
from reviewer.checklist.schema import compile_term

_ALPHABET = "abcr 的服务级"
literal = st.text(_ALPHABET, min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(literal, max_size=12), st.lists(literal, max_size=6), st.text(_ALPHABET, max_size=40))
def test_scan_finds_every_literal_present_and_no_other(first: list[str], later: list[str],
                                                       text: str) -> None:
    universe = _Universe()
    universe.add(first)
    found = universe.scan(text)
    assert found == {lit for lit in first if lit in text}
    start = len(universe.lits)
    universe.add(later)  # added after the text was scanned: only the new ones are scanned for
    found |= universe.scan(text, start)
    assert found == {lit for lit in first + later if lit in text}


def test_a_term_list_added_after_a_text_was_scanned_still_finds_its_match() -> None:
    text = "The Provider offers a zebra-crossing warranty."
    assert text_scan(text).found is not None  # scanned before the term list exists
    terms = Terms(en=("zebra-crossing",), compiled_en=(compile_term("zebra-crossing", "en"),))
    hit = any_hit(terms, text)
    assert hit is not None and hit.text == "zebra-crossing"
    assert [h.text for h in find_hits(terms, text)] == ["zebra-crossing"]
