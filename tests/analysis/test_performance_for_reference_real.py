"""quality-metrics: the service's performance figures offered for reference only
("上述时长仅为参考值", "性能测试数据仅供参考，不构成…对软件性能的保证", "the latency
figures are indicative and not a commitment") address the item without committing:
vague, whatever the relevance model says of the clause. A capacity ceiling offered
for choosing a plan ("性能上限，仅供选型参考") is a quota, not the item. Wordings of
the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

ZH = [
    "门禁开闸指令通常在2秒内下发至闸机，访客通知一般在30秒内推送至小程序。上述时长仅为参考值，实际以现场网络为准。",
    "产品白皮书中列出的并发处理能力等性能测试数据仅供参考，不构成乙方对系统性能的保证。",
    "控制台展示的同步延迟、任务耗时等指标仅供客户排查问题时参考，不构成乙方对该等数值的承诺。",
]


@pytest.mark.parametrize("clause", ZH)
def test_figures_for_reference_only_are_vague_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第五条 服务说明
        5.1 乙方向甲方提供物联网平台的接入、存储及消息推送服务。
        5.2 {clause}
        5.3 甲方应按本合同约定按时支付服务费用。
        """, language="zh", title="平台服务协议").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


def test_figures_for_reference_only_are_vague_en(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. The Service
        5.1 Brookvale provides the messaging platform described in the Order Form.
        5.2 The performance figures published in the Documentation are indicative and not a commitment; actual results depend on the Customer's network.
        5.3 The Customer shall pay the fees stated in the Order Form.
        """).finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


def test_a_capacity_ceiling_for_choosing_a_plan_is_not_the_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第五条 服务说明
        5.1 乙方向甲方提供云数据库服务。
        5.2 高性能云盘可提供5000至50000 IOPS，该数值为不同规格实例的性能上限，仅供选型参考，不构成服务承诺。
        """, language="zh", title="云数据库服务协议").finding("quality-metrics")
    assert f.status is Status.MISSING, f.reasons
