"""Cheap tests in front of three regexes say no only where the regex finds nothing.

`pdf_furniture.is_toc_entry` counts leader characters first, `context._has_weekdays`
looks for "mon" / "一" first, and `matching.criteria_only` keeps a table header's
criteria columns per header. Each must answer as the bare regex does, on any text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.analysis import context, matching
from reviewer.ingest import pdf_furniture

_PIECES = [*"mMoOnN一五周星期至到-–~～ .·…\t1ivxlcIVX", "Mon", "MON", "Monday", "to", "through", "Fri",
           "friday", "周一", "星期一", "...", "……", "Description", "影响", "Criteria"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


@settings(max_examples=2000)
@given(_TEXT)
def test_toc_precheck_answers_as_the_pattern(text: str) -> None:
    assert pdf_furniture.is_toc_entry(text) == bool(pdf_furniture._TOC_ENTRY.search(text.strip()))


@settings(max_examples=2000)
@given(_TEXT)
def test_weekday_precheck_answers_as_the_pattern(text: str) -> None:
    assert context._has_weekdays(text) == bool(context._WEEKDAYS.search(text))


def test_weekday_precheck_sees_every_case_of_the_days() -> None:
    for text in ("MON-FRI", "Monday through Friday", "mOn to fRi", "周一至周五", "星期一到五"):
        assert context._has_weekdays(text)


@given(st.lists(_TEXT, max_size=5))
def test_described_columns_are_those_the_pattern_finds(header: list[str]) -> None:
    expected = {j for j, h in enumerate(header) if matching.CRITERIA_HEADER.search(h)}
    assert matching._described(tuple(header)) == expected
