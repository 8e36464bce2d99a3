"""sla-measurement: the clause is found in more forms of wordings the item already knew.

Each is a sibling of a known pattern that no keyword found, or the model dropped:
"There is an outage when Internet users cannot reach the content for more than 10 minutes"
('An outage occurs when', met), "…的时长，与该月总分钟数（扣除排除事项所占时间后）之比，以百分比表示"
(the formula in words, met: the met wording knew it, but only in a clause a keyword found),
"青屿平台的可用性指标以及该指标的计算方法，依照《…服务等级协议》执行" (by reference, 依照 beside
以/按照/依据: vague), and "availability of 99.9% of the time in every calendar month, scheduled
maintenance excluded" (the exclusion after, as 'except for maintenance' before: vague).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_there_is_an_outage_when_meets(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 3. Service Level
        3.1 There is an outage when Internet users cannot reach the distributed content for more than 10 minutes without a break.
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


def test_share_in_words_meets_zh(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 第四条 定义
        4.1 “正常运行时间”：一个日历月内，SaaS生产环境可供授权用户登录并使用其主要功能的时长，与该月总分钟数（扣除排除事项所占时间后）之比，以百分比表示。
        """, language="zh").finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


def test_by_reference_in_other_verbs_zh(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 第五条 服务保障
        5.1 青屿平台的可用性指标以及该指标的计算方法，依照《青屿工业互联网平台服务等级协议》执行。
        """, language="zh").finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons


def test_exclusion_after_the_promise_en(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 4. Availability
        4.1 For each Enterprise Cloud instance, Acme aims at availability of 99.9% of the time in every calendar month, scheduled maintenance excluded.
        """).finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons
