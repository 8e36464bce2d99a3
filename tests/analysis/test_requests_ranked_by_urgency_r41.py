"""severity-definitions: requests ranked by urgency or impact, with no levels named, address the
item (vague), in more words than before.

"Requests for support are dealt with by urgency first", "The order in which requests are dealt
with depends on how much they affect production use", "decides at its discretion which requests
to handle first", "Priority handling is given to requests reporting that forms cannot be
published", "a service level target that depends on how severe it is", "凡影响发货的系统故障，
会被优先处理", "故障按级别处理": a ranking by severity with no criteria is addressed but not
defined. Such sentences are rare in training and scored low by the relevance model, so the
item's own wording addresses it (also with a model that doubts every clause).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "Support requests may be sent by e-mail. Requests for support are dealt with by urgency first and then by the order in which they arrive.",
    "Paid users may e-mail support. The order in which requests are dealt with depends on how much they affect production use.",
    "Support requests may be sent by e-mail. The vendor decides at its discretion which requests to handle first, based on how they affect the Customer.",
    "Support requests may be sent by e-mail. Priority handling is given to requests reporting that forms cannot be published.",
    "Each technical support case carries a service level target that depends on how severe it is and on the support plan.",
])
def test_requests_ranked_by_urgency_address_the_item(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 4. Support
        4.1 {clause}
        """).finding("severity-definitions")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize("clause", [
    "收到您的咨询或故障反馈，我们会尽快答复并着手处理；凡影响发货的系统故障，会被优先处理。",
    "故障按级别处理，各级别的响应时间和处理措施依照乙方技术支持服务规范执行。",
])
def test_requests_ranked_by_urgency_address_the_item_zh(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 第四条 技术支持
        4.1 {clause}
        """, language="zh").finding("severity-definitions")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
