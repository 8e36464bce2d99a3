"""availability: a percentage the vendor only tries for is `vague` (LABELLING.md:
"Will use commercially reasonable efforts to make the Service available 99.9%"
above a credit table is vague; a credit table with no stated commitment implies it).

Four ways the effort or the target escaped: 保证 after an effort word ("尽力保证")
read as binding; "reasonable commercial efforts" not read as an effort; a credit
table's bands not read as bands ("< 99.99% - >= 99.90%", a row "credited" rather than
naming a "credit"), so a band's bound passed for the commitment; and a target named
in the paragraph introducing the table ("provides the following target uptime:").
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_an_effort_to_guarantee_is_vague_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 六、平台运行
        6.1 丙方会尽力保证平台稳定运行，力争使其全年可用率达到99.5%；但平台依赖互联网服务，可能受不稳定因素影响。
        """, language="zh", title="服务协议").finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_a_guarantee_stays_met_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 六、平台运行
        6.1 乙方保证平台全年可用率不低于99.5%。
        """, language="zh", title="服务协议").finding("availability")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_reasonable_commercial_efforts_above_symbol_bands_are_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 1. Service Level
        1.1 Acme shall use all reasonable commercial efforts so that, in each calendar month, its service is available to paying customers 99.99% of the time. Where that is not achieved, you may be eligible for the days of service below.
        | Monthly Uptime Percentage | Days of Service |
        | < 99.99% - >= 99.90% | 3 |
        | < 99.90% - >= 95.00% | 7 |
        | < 95.00% | 15 |
        """, fmt=fmt).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts.get("percent") == 99.99


def test_an_endeavour_above_credited_ranges_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Web Site Availability
        1.1 Acme endeavors to keep network connectivity for HTTP access by third parties in place 99% of the time in each month ("Web Site Availability"). Should Web Site Availability drop under that level, Acme will credit the monthly charge on the scale below:
        | Web Site Availability in the month concerned | Share of the monthly service charge credited |
        | 95% to 98.9% | 10% |
        | 90% to 94.9% | 25% |
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts.get("percent") == 99


def test_a_target_introducing_the_table_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Availability
        2.1 Acme provides the following target uptime (the "Monthly Uptime Percentage") for Acme Cloud:
        | Service | Monthly Uptime Percentage |
        | Acme Cloud | At least 99.9% per calendar month |
        """).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_a_commitment_introducing_the_table_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Availability
        2.1 Acme commits to the following uptime (the "Monthly Uptime Percentage") for Acme Cloud:
        | Service | Monthly Uptime Percentage |
        | Acme Cloud | At least 99.9% per calendar month |
        """).finding("availability")
    assert f.status is Status.MET, f.reasons
