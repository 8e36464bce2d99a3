"""Durations and percentages in more of the forms vendors write them: traditional Chinese
units ("24小時", "30分鐘", "12個月", "2個工作日", "兩週"), English abbreviations after a number
("2 yrs", "24 mos.", "6 mths", "3 wks", "99.9 pct") and "半年" alone (six months). Each
contract is a real DOCX or PDF read through the whole pipeline."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.facts import months, percents
from reviewer.analysis.percentages import is_band
from reviewer.analysis.quantities import find_durations, find_percents, find_time_ranges
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("text", "minutes"), [
    ("24小時", 24 * 60), ("30分鐘", 30), ("12個月", 12 * 30 * 1440), ("2個工作日", 2 * 480),
    ("兩週", 14 * 1440), ("一個半小時", 90), ("半個小時", 30), ("下一個工作日", 480),
])
def test_traditional_units_read_as_simplified(text: str, minutes: float) -> None:
    (d, *_) = find_durations(text)
    assert (d.minutes, d.text) == (minutes, text)  # the quote is the contract's own characters


def test_traditional_numerals_and_clock_times() -> None:
    (p,) = find_percents("可用性不低於百分之九十九點九")
    assert (p.value, p.text) == (99.9, "百分之九十九點九")
    assert [m for m, _, _ in find_time_ranges("服務時間為上午9點至下午6點")] == [540]
    band = "月可用性低於99.9%但不低於99%"
    assert [is_band(band, h) for h in percents(band)] == [True, True]


@pytest.mark.parametrize(("text", "value"), [
    ("supported for 2 yrs after release", 24.0), ("24 mos. of maintenance", 24.0),
    ("6 mths", 6.0), ("1 yr", 12.0), ("保修期半年", 6.0), ("提供半年支持", 6.0),
])
def test_abbreviated_and_half_year_periods(text: str, value: float) -> None:
    assert [h.value for h in months(text)] == [value]


@pytest.mark.parametrize("text", [
    "a mo", "the mosaic of 2 mosquitoes", "上半年发布", "下半年", "半年度报告", "每半年提供一次报告",
    "每週提供報告", "2 most important", "support 9-17 Mo-Fr", "open 8 Mo - Fr",
])
def test_no_period_where_none_is_written(text: str) -> None:
    assert months(text) == []


def test_pct_is_a_percent_only_as_a_word() -> None:
    assert [p.value for p in percents("uptime of 99.9 pct per month")] == [99.9]
    assert [p.value for p in percents("ninety-nine point nine (99.9) pct")] == [99.9]
    assert find_percents("the 99 pctl latency") == []
    assert [d.minutes for d in find_durations("3 wks")] == [21 * 1440]


def test_abbreviated_support_window_and_uptime(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 4. Versions
        4.1 Vendor supports each major release of the SDK with bug and security fixes for 24 mos. after its general availability.
        # 5. Service Level
        5.1 Vendor guarantees a Monthly Uptime Percentage of 99.95 pct for the hosted service.
        """)
    f = r.finding("version-support-window")
    assert f.facts.get("months") == 24.0, f.reasons
    f = r.finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("percent") == 99.95


def test_traditional_units_in_a_chinese_contract(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 五、資訊安全
        5.1 乙方在發現影響甲方資料的安全事件後，應於24小時內通知甲方。
        # 六、版本支持
        6.1 乙方對每個主版本自正式發佈之日起提供18個月的缺陷修復與安全更新支持。
        """, fmt="pdf", language="zh")
    assert r.finding("security-incident").facts.get("hours") == 24.0, r.finding("security-incident").reasons
    assert r.finding("version-support-window").facts.get("months") == 18.0, r.finding("version-support-window").reasons
