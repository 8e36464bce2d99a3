"""quality-metrics: a figure said to be no availability measure, or offered for reference
only, in other words, addresses the item (vague).

"首包时延达不到目标的，不算作服务不可用", "由于该指标会受访客网络环境的影响，不将其用作服务
可用性的考核指标": the item's exclusions (可用性, 不可用) left such clauses out, though they
say the metric is no availability measure (as 不视为服务不可用 and 不作为服务可用性考核指标
already were not). "文档所载性能测试数据只供参考，并非澜序对软件性能的保证": reference-only
in the words 只供/只作/仅作 and 并非…保证 (仅供参考 and 不构成…保证 were known).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "流式语音合成首包时延的目标是300毫秒以内。首包时延达不到目标的，不算作服务不可用，也不适用本协议的赔偿。",
    "一条消息从坐席端发出到访客端收到，其时延一般在1秒以内；由于该指标会受访客网络环境的影响，不将其用作服务可用性的考核指标。",
])
def test_no_availability_measure_addressed(reviewed: ReviewContract, unsure: RelevanceModel, clause: str) -> None:
    # Under an availability heading, as the documents have it (a quality heading keeps excluded hits).
    f = reviewed(f"""
        # 第四条 服务可用性
        4.1 乙方保证平台的月度可用性不低于99.9%。
        4.2 {clause}
        """, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


def test_reference_only_in_other_words_addressed(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    # However low the model scores it.
    f = reviewed("""
        # 第十二条 性能
        12.1 软件运行的效果会受客户的硬件配置和网络环境影响；文档所载性能测试数据只供参考，并非本公司对软件性能的保证。
        """, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


def test_counted_as_unavailable_stays_excluded(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    # Counted as unavailability, the success rate is the availability measure, not a quality metric.
    f = reviewed("""
        # 第五条 服务可用性
        5.1 一分钟内请求成功率低于95%的，该分钟算作服务不可用。
        """, language="zh").finding("quality-metrics")
    assert f.status is Status.MISSING, f.reasons
