"""The reading's language checks count letters exactly as a per-character regex would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.ingest import text_checks

_ASCII_LETTER = re.compile(r"[A-Za-z]")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZqK ñÅßſİ中文가カ1.-\n")))
def test_latin_letters_are_the_ascii_ones(text: str) -> None:
    assert text_checks._latin(text) == len(_ASCII_LETTER.findall(text))


def test_warnings_on_plain_english_korean_and_shifted_letters() -> None:
    english = "The Provider shall respond to every request within four business hours. " * 10
    assert text_checks.garbled_warning(english) is None
    assert text_checks.script_warning(english) is None
    shifted = "Wkh Surylghu vkdoo uhvsrqg wr hyhub uhtxhvw zlwklq irxu exvlqhvv krxuv. " * 10
    assert text_checks.garbled_warning(shifted) is not None
    assert "Korean" in (text_checks.script_warning("서비스 수준 계약 " * 30) or "")
