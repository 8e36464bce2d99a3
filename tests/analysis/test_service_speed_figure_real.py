"""quality-metrics: the service's own speed with its figure ("aims for a Handling Time of
less than five (5) minutes", "各接口的常规响应时间一般在30 ms以内") addresses the item
whatever the relevance model says of the clause; hedged, it is vague. Support's response
time is not the item. Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_a_hedged_processing_time_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Schedule 2 - Service Description
        1. "Handling Time" means the time between the acceptance of a message by the Service Provider's relay and the moment it is ready for its first delivery attempt.
        2. The Service Provider aims for a Handling Time of less than ten (10) minutes for 90% of the messages accepted in a calendar month.
        3. Messages are kept in the delivery queue for up to 72 hours.
        """).finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


def test_a_hedged_interface_response_time_is_vague_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第四条 服务说明
        4.1 本SDK安装包约为2 MB（aar格式），支持Android 8.0及以上版本。
        4.2 除首次访问需要启动相关进程外，各接口的常规响应时间一般在50 ms以内。
        4.3 SDK不收集设备标识符以外的个人信息。
        """, language="zh", title="电子发票接口服务协议").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


def test_support_response_time_is_not_the_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Support
        1. Brookvale's support team responds to tickets within 4 business hours.
        """).finding("quality-metrics")
    assert f.status is Status.MISSING, f.reasons
