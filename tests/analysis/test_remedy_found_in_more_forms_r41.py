"""service-credits: the remedy for a missed level in more forms of wordings the item knew.

"a credit worth one day of Customer's committed monthly service fee" ('one average day of the
monthly fee' was known: met), "修好的设备没有在…规定的15天内寄出的，每迟延一日，乙方应…支付相当于
该设备年度服务费1%的违约金" (liquidated damages for a missed time, the time worded 没有在…内 rather
than 时限/响应/恢复: met), and "说明PRISMA SaaS服务因故障而中断时，客户可享有的权利和补救措施"
(the remedies for an outage left to the SLA, the outage worded 服务…中断: vague).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_credit_worth_a_day_of_fees_meets(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 3. Credits
        3.1 Where the Service misses one of the service levels above, Customer's sole remedy is a credit worth one day of Customer's committed monthly service fee for the affected domain.
        """).finding("service-credits")
    assert f.status is Status.MET, f.reasons


def test_damages_for_a_missed_time_meet_zh(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 第八条 违约责任
        8.1 由于乙方原因，修好的设备没有在本合同规定的15天内寄出的，每迟延一日，乙方应向甲方支付相当于该设备年度服务费1%的违约金，违约金合计最多为该设备年度服务费的20%。
        """, language="zh").finding("service-credits")
    assert f.status is Status.MET, f.reasons


def test_remedies_for_an_outage_by_reference_zh(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 一、 总则
        1.1 如适用，本SLA也列有相关条款，说明SaaS服务因故障而中断时，客户可享有的权利和补救措施。
        """, language="zh").finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons
