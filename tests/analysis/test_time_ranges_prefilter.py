"""`find_time_ranges` skips the range pattern on a text with no colon, 点 / 时, a.m. / p.m. or
Chinese part of the day (`_may_hold_time_range`): every range it keeps holds one of them. The
ranges must be exactly those the pattern finds without the test, on texts made of the
pattern's own pieces and on the sentences of real contracts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.analysis import quantities
from reviewer.analysis.quantities import find_time_ranges

_PIECES = ["9", "18", "6", "12", "30", "00", ":", "：", ".", "-", "–", "~", "～", " ", " to ", " and ", "between ",
           "until", "至", "到", "am", "AM", "a.m.", "P.M.", "pm", "p", "m", "M", "A", "点", "时", "半", "上午", "下午",
           "晚上", "傍晚", "早上", "凌晨", "午", "工作日", "Monday", "hours", "K", "İ", "ſ"]


def _unfiltered(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int]]:
    with monkeypatch.context() as m:
        m.setattr(quantities, "_may_hold_time_range", lambda _text: True)
        return find_time_ranges(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_time_ranges_are_those_of_the_pattern_alone(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert find_time_ranges(text) == _unfiltered(text, monkeypatch)


@pytest.mark.parametrize("text", [
    "Business hours are 9:00 to 18:00, Monday to Friday.", "Support 9 a.m. to 6 P.M. Pacific",
    "其他问题在工作日9点至18点受理", "服务时间为上午8至下午6", "between 09:00 and 18:00",
    "from 9AM-5PM", "within 4 hours of the 1-2 day window", "第3至5条", "晚上7至9"])
def test_a_range_is_kept_and_one_without_a_mark_is_skipped(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert find_time_ranges(text) == _unfiltered(text, monkeypatch)


def test_real_contract_sentences_give_the_same_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.analysis.matching import build_views
    from reviewer.ingest import read_document
    from reviewer.segment import segment

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    found = skipped = 0
    for path in sorted(corpus.glob("*.pdf"))[:6] + sorted(corpus.glob("*.docx"))[:6]:
        for view in build_views(segment(read_document(path))):
            for sentence in view.sentences:
                ranges = find_time_ranges(sentence.text)
                assert ranges == _unfiltered(sentence.text, monkeypatch)
                found += bool(ranges)
                skipped += not quantities._may_hold_time_range(sentence.text)
    assert found > 0 and skipped > 100
