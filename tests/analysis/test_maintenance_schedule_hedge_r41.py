"""proactive-notice: a hedge on when maintenance is done, or on what it will do, is not a hedge on its notice.

"计划内维护原则上放在22:00至次日6:00之间，并在维护开始前24小时发布公告", "计划内维护通常安排在
凌晨，我们会提前24小时发布公告", "will try to schedule it outside business hours", "an
e-mail no less than 72 hours ahead of any scheduled maintenance expected to interrupt the
Service": the item asks for a period of notice, which these give bindingly; the hedge is
on the maintenance window or describes the maintenance (`vague_exempt`). A hedge on the
notice itself still makes it vague.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "乙方对本系统进行计划内维护的，原则上安排在每日0:00至6:00之间，并在维护开始前24小时在官网发布公告。",
    "计划内维护通常放在周末凌晨进行，我们会提前48小时在控制台和邮件中发布维护公告。",
    "乙方应至少提前3个工作日书面通知甲方计划维护的时间和影响范围，并尽量避开甲方的业务高峰时段。",
    "乙方原则上安排在夜间进行计划内维护，并将提前24小时通知甲方。",
])
def test_hedged_schedule_leaves_the_notice_met_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第七条 系统维护
        7.1 {clause}
        """, language="zh").finding("proactive-notice")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "Acme gives the Customer at least five (5) business days' notice of planned maintenance by e-mail and will try to schedule it outside the Customer's business hours.",
    "Administrators receive an e-mail no less than 72 hours ahead of any planned maintenance that is expected to interrupt the Service.",
    "Planned maintenance is typically performed on Sunday nights; Acme announces it on its status page at least 48 hours in advance.",
    "Supplier generally schedules maintenance at night, and will give 48 hours' notice of it.",
])
def test_hedged_schedule_leaves_the_notice_met_en(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 7. Maintenance
        7.1 {clause}
        """).finding("proactive-notice")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("clause", "language"), [
    ("Acme will try to announce planned maintenance on its status page at least 48 hours in advance.", "en"),
    ("计划内维护原则上提前24小时在官网发布公告。", "zh"),
])
def test_hedged_notice_is_still_vague(reviewed: ReviewContract, clause: str, language: str) -> None:
    head = "# 7. Maintenance" if language == "en" else "# 第七条 系统维护"
    f = reviewed(f"""
        {head}
        7.1 {clause}
        """, language=language).finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons
