"""update-policy: the notice of a whole service withdrawn ("某项服务下线的，将至少提前
30日公告", "终止某项收费服务的，将提前30日公告并退还费用") ends the service; it is no
period of notice for its updates or breaking changes, and does not meet the item.
The notice of an interface or a function withdrawn still does."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 第五条 服务变更
    5.1 云帆有权根据业务发展需要对服务内容进行升级、改版或调整。
    5.2 云帆可能因业务调整而下线某项服务。服务下线的，云帆将至少提前30天在官网公告，并向仍在使用该服务的用户发送通知。
    """,
    """
    # 第十二条 服务变更
    12.1 云帆可能根据业务发展调整、中止或终止部分服务功能。终止某项收费服务的，云帆将至少提前30日公告，并按剩余订阅周期退还相应费用。
    """,
])
def test_the_notice_of_a_service_withdrawn_does_not_meet(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("update-policy")
    assert f.status is Status.VAGUE, f.reasons


def test_the_notice_of_an_interface_withdrawn_still_meets(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第五条 接口变更
        5.1 乙方对开放接口作出不兼容变更或下线接口的，将至少提前30日在官网公告并通过站内信通知甲方。
        """, language="zh").finding("update-policy")
    assert f.status is Status.MET, f.reasons
