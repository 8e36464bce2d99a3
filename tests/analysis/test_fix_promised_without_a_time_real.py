"""The vendor's hedged promise to fix, with no time, addresses resolution-times: vague.

"我们承诺在确认后及时修复", "乙方应尽力在最短时间内排除故障", "will remedy a Defect
within a reasonable time": fixes in the training data come with times, so the
relevance model scores such a clause low and dropped it (missing); the labels
read it as addressed without a time. The item's `addressed_by` wording keeps it,
so the tests run with a model that doubts every clause as well as with the
shipped one. So does the cloud boilerplate's undertaking to remove faults ("京宸云将
消除因非人为因素导致的故障，但因用户原因……除外"). The customer's own fixes
("甲方应及时修复其应用中的安全漏洞") are not the vendor's.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "缺陷修复：发现本软件存在缺陷的，我们承诺在确认后及时修复。",
    "乙方维护人员应尽力在最短时间内排除故障；需要升级版本才能解决的，乙方应向甲方说明临时处理办法。",
    "乙方将消除非因甲方人为操作而出现的云主机、云存储和网络接入故障，但因甲方原因或不可抗力造成的除外。",
], ids=["promised", "effort", "remove"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_fix_promised_without_a_time_is_vague_in_chinese(reviewed: ReviewContract, model: str, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 乙方向甲方提供财务软件的使用许可及升级服务。
        # 二、售后服务
        2.1 {clause}
        """, language="zh", fmt=fmt).finding("resolution-times")
    assert f.status is Status.VAGUE, (clause, f.reasons)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_defect_remedied_within_a_reasonable_time_is_vague(reviewed: ReviewContract, model: str, fmt: str) -> None:
    f = reviewed("""
        # 1. Services
        1.1 Acme provides the content delivery network and the Client Panel.
        # 2. Defects
        2.1 The Customer reports a Defect through a ticket in the Client Panel. Acme will remedy a Defect within a reasonable time; where it cannot be remedied, the Customer may terminate the affected Service.
        """, fmt=fmt).finding("resolution-times")
    assert f.status is Status.VAGUE, f.reasons


def test_the_customers_own_fixes_are_not_the_vendors(reviewed: ReviewContract, model: str) -> None:
    f = reviewed("""
        # 一、服务内容
        1.1 乙方向甲方提供视频接入开放平台服务。
        # 二、安全
        2.1 甲方应对其应用的安全负责，及时修复甲方应用中的安全漏洞。
        """, language="zh").finding("resolution-times")
    assert f.status is Status.MISSING, f.reasons
