"""quality-metrics: wordings that address the item without a number, which the relevance
model (out of fold) scores as about something else, or which the item's exclusions dropped:
a refusal naming a media or delivery metric ("卡顿或延迟的，…不承担责任", "接通率…不作保证"),
a service's own speed refused ("不对模型的响应速度作出保证"), a page's own response time
("页面请求的平均响应时间目标为不超过3秒", not support's response time): vague."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 七、免责
    7.3 因用户网络、终端设备或第三方线路原因导致课堂音视频卡顿或延迟的，服务方不承担责任。
    """,
    """
    # 四、外呼服务
    4.2 语音外呼的接通率、短信到达率受运营商政策影响，服务方对此不作任何保证。
    """,
    """
    # 五、服务说明
    5.1 服务方不对接口的响应速度、返回结果的完整性作出保证。
    """,
])
def test_a_refused_metric_is_addressed(reviewed: ReviewContract, doubting: RelevanceModel, body: str) -> None:
    f = reviewed(body, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


def test_a_page_response_time_is_not_support(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    # The model unsure (as out of fold): not sure enough to keep a clause its exclusions drop.
    f = reviewed("""
        # 六、系统性能
        6.2 本系统页面请求的平均响应时间目标为不超过2秒（不含客户本地网络时间）。
        """, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    # An outage without the metric is no refusal of it.
    """
    # 七、免责
    7.3 因黑客攻击、电信部门技术调整等原因造成的服务中断或延迟，服务方不承担责任。
    """,
])
def test_an_outage_disclaimer_is_not_a_metric(reviewed: ReviewContract, doubting: RelevanceModel, body: str) -> None:
    f = reviewed(body, language="zh").finding("quality-metrics")
    assert f.status is Status.MISSING, f.reasons
