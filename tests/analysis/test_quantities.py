"""Durations, percentages and periods as contracts write them, in English and Chinese.

`find_durations` / `find_percents` read every quantity; the fact extractors
(`durations`, `months`, `percents`) keep only the ones that can be a
commitment: not dates, not frequencies ("every 30 minutes"), not coverage
("24x7"), not allowances ("up to 8 hours per month").
"""

from __future__ import annotations

import pytest

from reviewer.analysis.facts import dates, durations, months, percents, time_ranges
from reviewer.analysis.quantities import (
    BUSINESS_DAY_MINUTES,
    find_durations,
    find_percents,
    find_time_ranges,
)

# text, minutes, counted in business time
DURATIONS = [
    ("30 minutes", 30, False),
    ("two (2) hours", 120, False),
    ("4h", 240, False),
    ("30 mins", 30, False),
    ("30 min.", 30, False),
    ("2 hrs", 120, False),
    ("within 1 hr", 60, False),
    ("1.5 hours", 90, False),
    ("half an hour", 30, False),
    ("a 30-minute response", 30, False),
    ("forty-eight (48) hours", 2880, False),
    ("twenty-four (24) hours", 1440, False),
    ("1 business day", 480, True),
    ("one (1) business day", 480, True),
    ("3 working days", 1440, True),
    ("2 business hours", 120, True),
    ("within one hour", 60, False),
    ("an hour", 60, False),
    ("24 elapsed hours", 1440, False),
    ("8 Support Hours", 480, True),
    ("1 Service Hour", 60, True),
    ("60 Business Minutes", 60, True),
    ("3 consecutive days", 4320, False),
    ("2 weeks", 20160, False),
    ("半小时", 30, False),
    ("30分钟", 30, False),
    ("三十分钟", 30, False),
    ("十五分钟内", 15, False),
    ("二十四小时", 1440, False),
    ("两个小时", 120, False),
    ("1个半小时", 90, False),
    ("2.5小时", 150, False),
    ("72小时", 4320, False),
    ("2个工作日", 960, True),
    # The number restated in digits: "三十（30）分钟", "十（10）个工作日".
    ("三十（30）分钟", 30, False),
    ("两(2)小时", 120, False),
    ("十（10）个工作日", 4800, True),
    ("一个工作日", 480, True),
    ("4个工作小时", 240, True),
    ("4个工作时间小时", 240, True),
    ("1小时内", 60, False),
    ("3天内", 4320, False),
    ("10个自然日", 14400, False),
    ("一周", 10080, False),
    ("3 workdays", 1440, True),
    ("2 work days", 960, True),
    ("1 hour 30 minutes", 90, False),
    ("1 hour and 30 minutes", 90, False),
    ("1小时30分钟", 90, False),
    ("2 business days 4 hours", 1200, True),
]


@pytest.mark.parametrize("text", ["7 days 24 hours", "4 hours, 30 minutes", "30 minutes 2 hours"])
def test_two_figures_stay_two(text: str) -> None:
    # Only a larger unit followed at once by less than one of it is one time.
    assert len(find_durations(text)) == 2


@pytest.mark.parametrize(("text", "minutes", "business"), DURATIONS)
def test_one_duration_in_minutes(text: str, minutes: float, business: bool) -> None:
    found = find_durations(text)
    assert [(d.minutes, d.business) for d in found] == [(minutes, business)], found
    # As a fact: a time limit, same value.
    assert [h.value for h in durations(text)] == [minutes]


def test_duration_text_and_position_are_what_was_printed() -> None:
    text = "Provider will respond within two (2) hours and resolve within 1 business day."
    found = find_durations(text)
    assert [d.text for d in found] == ["two (2) hours", "1 business day"]
    assert all(text[d.start:d.end] == d.text for d in found)
    assert [d.unit for d in found] == ["hour", "day"]


def test_business_day_length_is_the_contracts_when_given() -> None:
    # A contract whose business day runs 9:00-18:00 counts 540 minutes a day.
    assert find_durations("1 business day", business_day=540)[0].minutes == 540
    assert durations("2个工作日", 540)[0].value == 1080
    # Calendar units are not affected by the business-day length.
    assert find_durations("1 day", business_day=540)[0].minutes == 1440
    assert BUSINESS_DAY_MINUTES == 480


@pytest.mark.parametrize("text", ["2028年12月31日", "2028年12月31日前", "自2024年1月1日起"])
def test_a_chinese_date_holds_no_duration(text: str) -> None:
    assert find_durations(text) == []
    assert durations(text) == []


@pytest.mark.parametrize(("text", "year"), [
    ("2028年12月31日", 2028), ("31 December 2028", 2028), ("December 31, 2028", 2028),
    ("2028-12-31", 2028),
])
def test_dates_are_dates(text: str, year: int) -> None:
    assert [h.value for h in dates(text)] == [year]


@pytest.mark.parametrize("text", [
    "every 30 minutes", "status updates every 2 hours", "每30分钟", "每隔2小时通报一次",
])
def test_a_frequency_is_not_a_time_limit(text: str) -> None:
    assert find_durations(text), "the quantity itself is still read"
    assert durations(text) == []


@pytest.mark.parametrize("text", [
    "24x7", "24/7", "7x24", "7×24小时", "24 hours a day, 7 days a week", "每天24小时", "全年365天",
    "5×8小时", "5x8 hours", "5*9小时",
])
def test_coverage_is_not_a_time_limit(text: str) -> None:
    assert durations(text) == []


@pytest.mark.parametrize("text", ["up to 8 hours per month", "每月不超过2小时"])
def test_an_allowance_is_not_a_time_limit(text: str) -> None:
    assert durations(text) == []


def test_a_time_limit_next_to_coverage_is_kept() -> None:
    text = "Support is available 24x7 and P1 requests are answered within 15 minutes."
    assert [h.value for h in durations(text)] == [15]


def test_digits_then_words() -> None:
    assert [d.minutes for d in find_durations("within 15 (fifteen) minutes")] == [15]


# ----------------------------------------------------------------- percents

PERCENTS = [
    ("99.95%", 99.95),
    ("99.95 percent", 99.95),
    ("99.9 per cent", 99.9),
    ("99.9％", 99.9),
    ("百分之九十九点九", 99.9),
    ("百分之九十九点九五", 99.95),
    ("不低于99.5%", 99.5),
]


@pytest.mark.parametrize(("text", "value"), PERCENTS)
def test_percent(text: str, value: float) -> None:
    assert [p.value for p in find_percents(text)] == [pytest.approx(value)]
    assert [h.value for h in percents(text)] == [pytest.approx(value)]


@pytest.mark.parametrize("text", ["a credit of 10%", "50%", "× 100%", "success rate below 80%"])
def test_percents_that_are_not_availability(text: str) -> None:
    assert find_percents(text), "the quantity itself is still read"
    assert percents(text) == []


# ------------------------------------------------------------------- months

MONTHS = [
    ("18 months", 18),
    ("eighteen (18) months", 18),
    ("two years", 24),
    ("12个月", 12),
    ("两年", 24),
    ("三年", 36),
    ("6 months", 6),
]


@pytest.mark.parametrize(("text", "value"), MONTHS)
def test_months(text: str, value: float) -> None:
    assert [h.value for h in months(text)] == [pytest.approx(value)]


@pytest.mark.parametrize("text", ["30 days", "every 12 months", "2028年", "within 2 hours"])
def test_not_a_period_of_months(text: str) -> None:
    assert months(text) == []


# -------------------------------------------------------------- time ranges

@pytest.mark.parametrize(("text", "minutes"), [
    ("Monday to Friday 9:00-18:00", 540),
    ("9 a.m. to 6 p.m.", 540),
    ("周一至周五 9:00至18:00", 540),
    ("08:30 - 17:30", 540),
    # Past midnight: an evening start on the 24-hour clock, or a.m./p.m. at both ends
    # ("core support hours, which run from 5am to 1am UTC").
    ("18:00-9:00", 900),
    ("22:00 to 06:00 UTC", 480),
    ("晚上10点至早上6点", 480),
    ("from 5am to 1am UTC", 1200),
])
def test_time_ranges(text: str, minutes: int) -> None:
    assert [m for m, _s, _e in find_time_ranges(text)] == [minutes]
    assert [h.value for h in time_ranges(text)] == [minutes]


# (A 12-hour clock without a.m./p.m., "9:00 to 5:00", is 9 to 5 in the afternoon, not a night:
# its length is unknown; "9am-5" has no clock time at its end.)
@pytest.mark.parametrize("text", ["P1-P4", "sections 1-3", "9:00 to 5:00", "9am-5", "10:00-9:00"])
def test_not_time_ranges(text: str) -> None:
    assert find_time_ranges(text) == []


def test_time_range_text_has_no_trailing_space() -> None:
    (hit,) = time_ranges("9:00 to 18:00 China Standard Time")
    assert hit.text == "9:00 to 18:00"


@pytest.mark.parametrize(("text", "values"), [
    ("The monthly availability SLA is 99,92%.", [99.92]),  # a decimal comma
    ("credits of 10%, 25% and 50%", [10.0, 25.0, 50.0]),  # a list is not a decimal
    ("between 99.0% and 99.9%", [99.0, 99.9]),
])
def test_percent_with_decimal_comma(text: str, values: list[float]) -> None:
    from reviewer.analysis.quantities import find_percents

    assert [p.value for p in find_percents(text)] == values


@pytest.mark.parametrize(("text", "minutes"), [
    ("上午8:00至下午18:00", 600),
    ("上午9点至下午6点", 540),
    ("上午5点至晚上7点", 840),
    ("9：00-18：00", 540),
    ("9 a.m. to 6 p.m.", 540),
])
def test_clock_ranges_with_the_part_of_the_day(text: str, minutes: int) -> None:
    assert [m for m, _, _ in find_time_ranges(text)] == [minutes]


@pytest.mark.parametrize("text", ["1-2个工作日", "3至5日", "2 to 3 business days"])
def test_number_ranges_are_no_clock_ranges(text: str) -> None:
    assert find_time_ranges(text) == []
