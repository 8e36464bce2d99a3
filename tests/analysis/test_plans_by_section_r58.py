"""Plans that only their sections' headings name (round 58): one table of times per support plan,
each under a heading of its own ("Priority & Response Plan: Standard" / "...: Support Plus",
"（一）开发者支持（免费）" / "（二）专业支持"), read as one scheme that contradicts itself ("Priority 2:
8 hours but 4 hours"). The sections are the plans; the most comprehensive one gives the levels.
Times that differ within one section, or in sections that name no plan, still contradict."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


def test_a_table_per_plan_under_headings_of_their_own(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Priority & Response Plan: Standard
        [table-title: Standard plan - priority and response matrix]
        | Priority | First response |
        | 1 | Within 2 hours |
        | 2 | Within 8 hours |
        | 3 | Within 24 hours |
        # 2. Priority & Response Plan: Support Plus
        [table-title: Support Plus plan - priority and response matrix]
        | Priority | First response |
        | 1 | Within 1 hour |
        | 2 | Within 4 hours |
        | 3 | Within 8 hours |
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [p["plan"] for p in f.facts["plans"]] == ["Standard", "Support Plus"]
    assert [lv["minutes"] for lv in f.facts["levels"]] == [60, 240, 480]


def test_chinese_plan_sections(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、工单优先级
        ## （一）开发者支持（免费）
        | 优先级 | 首次响应 |
        | 低 | 8小时 |
        ## （二）专业支持
        | 优先级 | 首次响应 |
        | 紧急 | 15分钟 |
        | 高 | 30分钟 |
        | 低 | 1小时 |
        """, language="zh").finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [p["plan"] for p in f.facts["plans"]] == ["开发者支持（免费）", "专业支持"]
    assert f.facts["levels"] == [{"level": "紧急", "minutes": 15}, {"level": "高", "minutes": 30},
                                 {"level": "低", "minutes": 60}]


def test_times_that_differ_within_one_section_still_contradict(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Support
        4.1 Provider responds to Priority 1 incidents within 1 hour and to Priority 2 incidents within 4 hours.
        4.2 Provider responds to Priority 1 incidents within 4 hours.
        """).finding("response-times")
    assert f.status is Status.VAGUE, f.reasons
    assert "Contradiction" in f.reasons[0].en


def test_a_time_for_tickets_raised_out_of_hours_is_no_second_time(reviewed: ReviewContract) -> None:
    # When the clock runs for a weekend ticket, not another response time for Severity 2.
    f = reviewed("""
        # Response times
        | Response time | Severity |
        | 1 hour | Severity 1 |
        | 4 business hours | Severity 2 |
        A Severity 2 ticket raised on a weekend or a holiday receives its response on the next business day.
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]] == [60, 240]


def test_an_out_of_hours_time_alone_is_the_levels_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、响应时间
        4.1 一级故障：节假日及周末提交的，乙方在2小时内响应。
        4.2 二级故障：乙方在4小时内响应。
        """, language="zh").finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]] == [120, 240]


def test_a_row_labelled_as_the_other_items_time_is_not_this_ones(reviewed: ReviewContract) -> None:
    # The paragraph over the table speaks of resolving issues; the row is the response time.
    review = reviewed("""
        # 3.2 Priority Support
        Priority Support gives direct access to our team by e-mail. For complex issues, escalation calls can be booked: a video session in which our team works with yours to diagnose and resolve product issues.
        [table-title: Table 2 - Priority Support overview]
        | Item | Standard | Enterprise |
        | Support channel | Dedicated e-mail channel | Dedicated e-mail channel |
        | Response SLA | Response within 2 business days | Response within 1 business day |
        """)
    assert review.finding("resolution-times").status is not Status.MET, review.finding("resolution-times").reasons
    assert review.finding("response-times").status is Status.MET, review.finding("response-times").reasons
