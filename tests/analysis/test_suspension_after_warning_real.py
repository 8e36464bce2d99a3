"""suspension-limits: a cure period after notice in other words meets the item: "If the
behaviour continues after a written warning, ... may restrict that user's access",
"甲方在通知后15日内仍未付清的，乙方可暂停…服务", "经乙方书面通知后48小时内未整改的，乙方可暂停…接入"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 7. Conduct
        7.2 If the behaviour continues after a written warning, Acme may restrict that user's access to live support.
        """),
    ("zh", """
        # 十二、暂停服务
        12.1 甲方逾期付款超过30日的，乙方可书面通知甲方，甲方在通知后15日内仍未付清的，乙方可暂停接入服务。
        """),
    ("zh", """
        # 十二、暂停服务
        12.2 甲方接入的设备危害平台安全的，经乙方书面通知后48小时内未整改的，乙方可暂停相关产品的接入。
        """),
])
def test_a_cure_period_after_notice_meets_the_item(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("suspension-limits")
    assert f.status is Status.MET, (f.status, f.reasons)
