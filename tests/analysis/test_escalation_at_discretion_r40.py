"""escalation-path: escalation left to the vendor's judgement of the case is vague (the
spec's "may escalate internally as appropriate", 视情况升级), although a tier or a time is
named: "是否升级由乙方根据问题情况决定", "由乙方根据故障情况将其升级到研发部门处理",
"escalates the case at its sole discretion"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
        # 七、技术支持
        7.10 甲方对处理进度不满意的，可以请乙方把问题交给二线工程师处理，是否升级由乙方根据问题情况决定。
        """),
    ("zh", """
        # 五、故障处理
        五、一级故障在响应后2小时内仍未恢复的，由乙方根据故障情况将其升级到研发部门处理。
        """),
    ("en", "# 9. Escalation\n"
           "9.4 Where a Severity 1 case is not resolved within 4 hours, Acme escalates it to its engineering team"
           " at its sole discretion.\n"),
])
def test_escalation_at_the_vendors_discretion_is_vague(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("escalation-path")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_escalation_on_a_stated_trigger_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、故障处理
        五、一级故障在响应后2小时内仍未恢复的，乙方应将其升级到研发部门处理。
        """, language="zh").finding("escalation-path")
    assert f.status is Status.MET, (f.status, f.reasons)
