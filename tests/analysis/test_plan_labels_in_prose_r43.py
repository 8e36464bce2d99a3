"""Times per support plan written as prose, each plan a label before its times.

"For Premium customers, X will respond ... For Standard customers, ...", "标准版客户：紧急故障4小时内
响应…。企业版客户：…", a clause run in under its plan ("Standard Plan: Critical – 4 hours; ..."),
"Response time: Business: 1 hour; Enterprise: 15 minutes": a sentence, or a piece after a semicolon,
that opens with a plan gives that plan's times, up to the next such label. Read without the plans,
the same level has two times (a contradiction, vague, no facts) or the first plan's times stand for
all. The spec: `plans` lists every plan, `levels` the most comprehensive one's where the contract
names none as the customer's.
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def _plans(facts: dict) -> dict[str, list[tuple[str, int]]]:
    return {p["plan"]: [(lv["level"], lv["minutes"]) for lv in p["levels"]] for p in facts.get("plans", [])}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_en_plans_as_sentence_labels(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # Support
        1.1 For Premium customers, Vendor will respond to Critical issues within 1 hour and to Normal issues within 8 hours. For Standard customers, Vendor will respond to Critical issues within 4 hours and to Normal issues within 2 business days.
        """, fmt=fmt).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert _plans(f.facts) == {"Premium": [("Critical", 60), ("Normal", 480)],
                               "Standard": [("Critical", 240), ("Normal", 960)]}
    assert f.facts["levels"] == [{"level": "Critical", "minutes": 60}, {"level": "Normal", "minutes": 480}]


def test_zh_plans_as_sentence_labels(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 技术支持
        1.1 标准版客户：紧急故障4小时内响应，一般故障24小时内响应。企业版客户：紧急故障30分钟内响应，一般故障4小时内响应。
        """, language="zh").finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert _plans(f.facts) == {"标准版": [("紧急", 240), ("一般", 1440)], "企业版": [("紧急", 30), ("一般", 240)]}
    assert [lv["minutes"] for lv in f.facts["levels"]] == [30, 240]


def test_clauses_run_in_under_their_plans_are_no_contradiction(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Response Times
        1.1 Standard Plan: Critical – 4 hours; High – 8 hours; Normal – 2 business days.
        1.2 Premium Plan: Critical – 1 hour; High – 2 hours; Normal – 1 business day.
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [p["plan"] for p in f.facts["plans"]] == ["Standard Plan", "Premium Plan"]
    assert [lv["minutes"] for lv in f.facts["levels"]] == [60, 120, 480]


def test_plans_after_semicolons_in_one_sentence(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Support
        1.1 Response time: Business: 1 hour; Enterprise: 15 minutes.
        """).finding("response-times")
    assert _plans(f.facts) == {"Business": [("all", 60)], "Enterprise": [("all", 15)]}
    assert f.facts["levels"] == [{"level": "all", "minutes": 15}]


def test_plans_listed_together_are_no_label(reviewed: ReviewContract) -> None:
    # "Basic, Standard and Premium plans receive ...": three plans named, none labels a time.
    f = reviewed("""
        # Support
        1.1 Basic, Standard and Premium plans receive a response to Critical issues within 4 hours and to other issues within 2 business days.
        """).finding("response-times")
    assert "plans" not in f.facts
    assert [lv["minutes"] for lv in f.facts["levels"]] == [240, 960]
