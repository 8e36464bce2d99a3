"""ticket-closure: the vendor's own closing, in Chinese wordings of the real-world corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    # (geetest) the vendor sets the ticket's status to solved.
    """
    # 五、售后服务
    5.3 乙方工程师给出处理意见后，可以将工单置为“已解决”状态。
    """,
    # (primeton, huilianyi) the closing named before the ticket: "即可关闭问题单".
    """
    # 七、其他
    7.2 乙方完成处理并告知甲方后，即可关闭相应的服务请求。
    """,
])
def test_the_vendor_closing_a_ticket_at_will_is_a_vague_closure(reviewed: ReviewContract, body: str) -> None:
    # The spec's vague form: "vendor closes tickets when it considers them resolved".
    f = reviewed(body, language="zh").finding("ticket-closure")
    assert f.status is Status.VAGUE, f.reasons
