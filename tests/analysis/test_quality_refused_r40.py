"""quality-metrics: a latency, speed or delivery rate the vendor refuses to guarantee is addressed (vague).

"对于订阅产品或甲方部署环境的可用率和查询时延，乙方不作承诺", "平台对模型的响应速度以及生成内容的
准确性…，均不作保证", "其接通率和到达率会受到运营商政策以及被叫方设置的影响，对此乙方不提供保证":
the clause speaks of the metric and refuses it, so the item is addressed with no commitment
(vague), however low the relevance model scores such disclaimers (so also with a model
that doubts every clause). The refusal list knew 卡顿/接通率/到达率… with 不作保证/不承担责任 only.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "本产品部署在甲方本地机房，其运行依赖甲方的硬件和网络。对于甲方部署环境中的查询时延，乙方不作承诺。",
    "平台对接口的响应速度以及输出结果的准确性、完整性，均不作保证，用户应自行核对。",
    "语音外呼服务依赖基础电信运营商的线路，其接通率会受到运营商政策和被叫方设置的影响，对此乙方不提供保证。",
])
def test_metric_refused_is_addressed(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 第八条 免责
        8.1 {clause}
        """, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons
