"""escalation-path: a ticket handed on to a named higher line ("将工单转交二线技术团队或研发团队处理")
addresses the item whatever the relevance model (out of fold) makes of it, and is vague when
the vendor decides ("视问题的复杂程度"); a review the customer may ask for when its ticket lags
("it may request a review by selecting Request Attention") is the customer's right to escalate."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_a_handoff_to_the_second_line_is_addressed(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 六、技术支持
        6.3 问题处理：技术支持人员将视问题的复杂程度，将工单转交二线技术团队或研发团队处理。
        """, language="zh").finding("escalation-path")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_a_review_the_customer_may_request_is_met(reviewed: ReviewContract) -> None:
    body = ("# 8. Escalation\n"
            "8.1 Escalation. If Customer believes a ticket is not receiving appropriate attention, it may request"
            " a review by selecting Request Attention in the portal.\n")
    f = reviewed(body).finding("escalation-path")
    assert f.status is Status.MET, (f.status, f.reasons)
