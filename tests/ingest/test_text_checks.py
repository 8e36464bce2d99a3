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


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ \ud800\udfff𝐀😀é\x00\x7f\x80zA")))
def test_latin_letters_are_counted_in_utf8_bytes_whatever_else_the_text_holds(text: str) -> None:
    """`_latin` counts in the text's UTF-8 bytes (lone surrogates passed through): only an ASCII
    letter is a byte in A-Z, a-z; astral characters, surrogates and controls are not."""
    assert text_checks._latin(text) == len(_ASCII_LETTER.findall(text))


def test_word_counts_of_a_long_repetitive_sample_are_the_plain_counts() -> None:
    """Distinct tokens are stripped once and weighted by their count: the same totals as
    token by token over a contract-sized sample (tens of thousands of repeated words)."""
    sample = ("The Provider shall (respond) to “every” request within four business hours; "
              "Wkh SERVICE ... 1.5 - 中文 hours, ") * 3_000
    assert text_checks._word_counts(sample) == _reference_counts(sample)
    assert text_checks._word_counts(sample)[0] > 30_000


def test_warnings_on_plain_english_korean_and_shifted_letters() -> None:
    english = "The Provider shall respond to every request within four business hours. " * 10
    assert text_checks.garbled_warning(english) is None
    assert text_checks.script_warning(english) is None
    shifted = "Wkh Surylghu vkdoo uhvsrqg wr hyhub uhtxhvw zlwklq irxu exvlqhvv krxuv. " * 10
    assert text_checks.garbled_warning(shifted) is not None
    assert "Korean" in (text_checks.script_warning("서비스 수준 계약 " * 30) or "")


# The word statistics as they were computed one comprehension at a time, and the
# language by counting Chinese characters and Latin words in every text: the
# C passes and the ASCII shortcut must give the same answers.
_WORDS = ["the", "The", "SERVICE", "of", "Wkh", "Surylghu", "(and)", "“agreement”", "ſervice", "İ", "K",
          "ΑΣ.", "中文", "服务", "가나", "カナ", "x" * 30, "-", "...", "hours,", "1.5"]


def _reference_counts(sample: str) -> tuple[int, int, int]:
    tokens = [t for t in (t.strip(text_checks._EDGE_PUNCT).lower() for t in sample.split()) if t]
    return len(tokens), sum(1 for t in tokens if t in text_checks._COMMON), sum(len(t) for t in tokens)


def _reference_garbled(text: str) -> bool:
    sample = text[:text_checks._SAMPLE]
    latin = text_checks._latin(sample)
    if latin < text_checks._MIN_LATIN or len(text_checks._CJK.findall(sample)) * 2 > latin:
        return False
    tokens = [t for t in (t.strip(text_checks._EDGE_PUNCT).lower() for t in sample.split()) if t]
    if not tokens:
        return False
    common = sum(1 for t in tokens if t in text_checks._COMMON) / len(tokens)
    mean = sum(len(t) for t in tokens) / len(tokens)
    return not (common >= text_checks._MIN_COMMON and mean <= text_checks._MAX_TOKEN)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=400).map(" ".join))
def test_garbled_and_language_checks_answer_as_the_plain_counts(text: str) -> None:
    from reviewer.language import _LATIN_WORD, CJK_CHAR, Language, detect_language

    assert text_checks._word_counts(text) == _reference_counts(text)
    assert (text_checks.garbled_warning(text) is not None) == _reference_garbled(text)
    plain = Language.ZH if len(CJK_CHAR.findall(text)) > len(_LATIN_WORD.findall(text)) else Language.EN
    assert detect_language(text) is plain
    sample = text[:text_checks._SAMPLE]
    hangul, kana = len(text_checks._HANGUL.findall(sample)), len(text_checks._KANA.findall(sample))
    letters = text_checks._latin(sample) + len(text_checks._CJK.findall(sample)) + hangul + kana
    flagged = bool(letters) and ((hangul >= 50 and hangul / letters > 0.1) or (kana >= 50 and kana / letters > 0.1))
    assert (text_checks.script_warning(text) is not None) == flagged
