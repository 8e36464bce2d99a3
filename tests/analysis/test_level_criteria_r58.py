"""Severity levels whose criteria the judge had not linked to them (round 58): criteria in the
items under a level's heading ("1-Critical" over "- the service as a whole does not work"),
criteria after the level's name in its own table cell ("Urgent (the instance cannot be used at
all)", "S0 – 平台无法使用"), and Chinese coded levels ("优先级1"). Each was "states no objective
criteria for each level" though every level has them."""

from __future__ import annotations

import pytest

from reviewer.analysis.level_times import level_criteria
from reviewer.analysis.levels import heading_level, level_at_start
from reviewer.analysis.matching import build_views
from reviewer.pipeline import read_contract, split_clauses
from reviewer.review import Status
from tests.analysis.conftest import MakeContract, ReviewContract

HEADINGS_OVER_ITEMS = """
# Ticket priorities
Our Support Team ranks each support request by priority, following the guidelines below.
## 1-Critical
- The service as a whole does not work for several users during scheduled availability.
Response Time: 4 hours from receipt of the notification.
## 2-High
- One core function of the service does not work for several users.
Response Time: 8 hours from receipt of the notification.
## 3-Low
- A problem of minor substance, a cosmetic one for example.
Response Time: 24 hours from receipt of the notification.
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_criteria_in_the_items_under_each_level_heading(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed(HEADINGS_OVER_ITEMS, fmt=fmt).finding("severity-definitions")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("levels") == ["1-Critical", "2-High", "3-Low"]


def test_level_headings_with_only_times_under_them_have_no_criteria(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Ticket priorities
        Each support request gets one of the priorities below.
        ## 1-Critical
        Response Time: 4 hours from receipt of the notification.
        ## 2-High
        Response Time: 8 hours from receipt of the notification.
        """).finding("severity-definitions")
    assert f.status is not Status.MET, f.reasons


def test_criteria_in_the_level_cell_after_its_name(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Support levels
        | Severity | Standard | Premium |
        | Urgent (your instance cannot be used at all) | 8 hours | 1 hour |
        | High (important features are unavailable or very slow) | 24 hours | 4 hours |
        | Low (questions about features or requests to clarify them) | 72 hours | 24 hours |
        """).finding("severity-definitions")
    assert f.status is Status.MET, f.reasons


def test_a_level_cell_that_only_names_its_level_has_no_criteria(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Support levels
        | Severity | Response |
        | 1 - Critical Impact (Code Red) | 1 hour |
        | 2 - High Impact | 4 hours |
        | 3 - Medium Impact | 1 business day |
        """).finding("severity-definitions")
    assert f.status is Status.VAGUE, f.reasons


def test_chinese_coded_levels_and_criteria_in_the_level_cell(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 三、事件分级
        | 事件严重级别 | 首次响应时间 |
        | 优先级1 – 平台无法使用，或大多数客户的关键业务功能无法使用 | 1小时 |
        | 优先级2 – 关键业务功能或性能受到影响，涉及多名用户 | 4小时 |
        | 优先级3 – 事件仅影响一名或少数用户，或属于非关键性事件 | 1个工作日 |
        """, language="zh").finding("severity-definitions")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("levels") == ["优先级1", "优先级2", "优先级3"]


def test_level_names() -> None:
    assert level_at_start("优先级1 – 紧急") == "优先级1"
    assert level_at_start("严重级别 2：部分功能不可用") == "严重级别 2"
    assert level_at_start("优先级10") is None
    assert heading_level("1-Critical") == "1-Critical"
    assert heading_level("2 – High") == "2 – High"
    assert heading_level("1. High availability") is None  # a numbered heading
    assert heading_level("2 - Support") is None


def test_each_level_heading_is_read_once(contract: MakeContract) -> None:
    views = build_views(split_clauses(read_contract(contract(HEADINGS_OVER_ITEMS))))
    found = level_criteria(views)
    assert [(f.level, f.has_criteria) for f in found] == [
        ("1-Critical", True), ("2-High", True), ("3-Low", True)]
