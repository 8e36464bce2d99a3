"""Work on a reported fault begun with no time addresses response-times: vague.

"云衡将尽快排查并在故障恢复后通过控制台公告告知用户", "will begin clearing a fault
reported to it without delay": the vendor's first move on a fault, with no number,
as "乙方将尽快安排技术人员处理" already is. The relevance model scores such a line low;
the item's `addressed_by` wording keeps it (the tests run with a model that doubts
every clause as well as with the shipped one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
        # 一、服务内容
        1.1 乙方向用户提供人脸识别开放平台接口服务。
        # 二、故障处理
        2.1 接口出现故障的，乙方将尽快排查，并在故障恢复后通过控制台公告或站内信告知用户。
        """),
    ("en", """
        # 1. Services
        1.1 Acme provides the telephone line and the voice-over-IP service described in the order.
        # 2. Faults
        2.1 Acme will begin clearing a fault reported to it without delay, within the working hours of the support line.
        """),
], ids=["zh", "en"])
def test_work_begun_without_a_time_is_vague(reviewed: ReviewContract, model: str, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("response-times")
    assert f.status is Status.VAGUE, f.reasons
