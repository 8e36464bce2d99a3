"""response-clock (zh): what counts as a response, and when a request counts as received, in more
forms, meet the item.

A comma before 是指 ("所谓响应，是指工程师对工单给出的第一次人工回复", "首次响应时间，是指从提交工单到工程师
第一次人工回复所经过的时间"; only "响应是指"/"响应时间指" were keywords), and the moment of receipt
("受理时间以其送达我司的时间为准；17:30之后送达的，视为下一工作日受理": 送达 as well as 到达/提交/收到,
and 受理时间以…为准, also addressed_by since the relevance model scores it low).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "乙方对故障工单安排7×24小时值守，故障工单原则上30分钟内响应。所谓响应，是指工程师对工单给出的第一次人工回复。",
    "首次响应时间，是指从提交工单到乙方工程师第一次人工回复所经过的时间。",
    "以电子邮件或传真提交的问题，受理时间以其送达乙方的时间为准；17:30之后送达的，视为下一工作日受理。",
])
def test_response_and_receipt_defined_meet_the_item(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第四条 技术支持
        4.3 {clause}
        """, language="zh").finding("response-clock")
    assert f.status is Status.MET, (f.status, f.reasons)
