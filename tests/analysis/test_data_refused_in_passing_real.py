"""A binding refusal to access, keep or export the customer's data meets data-use.

"乙方及其人员不得访问、复制或使用客户设备中存储的数据", "澜仓不会回传或收集您的查询内容及表中的数据",
"We never store audio, video or screen-sharing data", "support engineers may access your
logs only as needed to investigate the ticket": often a passing line of a support or
deployment clause that the relevance model scores low; the item's own wording keeps it
(`addressed_by`), and the met rule reads it.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "乙方及其人员不得访问、复制或使用客户设备中存储的数据；代维服务过程中需要接触客户设备的，应在客户授权范围内操作，并保留操作记录。",
    "许可证的校验在您的部署环境中本地完成。本公司不会回传或收集您的查询内容及表中的数据。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_refusal_in_a_support_clause_is_met_in_chinese(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 乙方为客户提供机柜托管、代维及远程技术支持服务。
        # 二、代维服务
        2.1 {clause}
        """, language="zh", fmt=fmt).finding("data-use")
    assert f.status is Status.MET, (clause, f.reasons)


@pytest.mark.parametrize("clause", [
    "We never store audio, video or screen-sharing data from any call, except through our documented recording APIs.",
    "When investigating a ticket, Acme support engineers may access your application, logs and databases only as needed to investigate and resolve that ticket.",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_refusal_in_a_support_clause_is_met_in_english(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 1. Support
        1.1 Acme provides technical support for the video platform by e-mail and through the support portal.
        # 2. Access to your environments
        2.1 {clause}
        """, fmt=fmt).finding("data-use")
    assert f.status is Status.MET, (clause, f.reasons)
