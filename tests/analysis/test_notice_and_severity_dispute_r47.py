"""proactive-notice and severity-definitions: three classes of wording.

proactive-notice: a report after an incident ("will publish an incident report on its status
page within five (5) Business Days of resolving it") is no advance notice, however sure the model
is (it is incident-rca's); the vendor moving the customer's hosting told beforehand ("对用户使用的
云主机进行机房迁移，…将提前7个自然日通知用户") is advance notice of an operation on the running service.

severity-definitions: the vendor sets the level, but a disagreement is settled jointly
("甲方对分级有不同意见的，…由双方协商确定"): the vendor's say is not final, the criteria stand.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_incident_report_is_no_advance_notice(reviewed: ReviewContract, relevance_at: Callable[[float], RelevanceModel]) -> None:
    relevance_at(0.9)  # the model sure the report is the item's: the report is still excluded
    f = reviewed("""
        # 7. Incidents and Maintenance
        7.1 Where a Severity 1 incident affects more than one customer, Northwind will publish an incident report on its status page within five (5) Business Days of resolving it, covering the cause and the impact.
        7.2 Before planned maintenance that is expected to interrupt the Services, Northwind will endeavour to give notice on its status page.
        """).finding("proactive-notice")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
    assert all("incident report" not in e.text for e in f.evidence), f.evidence


def test_hosting_migration_told_in_advance_is_notice_zh(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 第三条 服务内容
        3.1 乙方为甲方提供云主机服务。
        3.2 用户理解并同意，乙方将在必要时对用户使用的云主机进行机房迁移，乙方将提前7个自然日通知用户上述操作。
        """, language="zh").finding("proactive-notice")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_severity_set_by_vendor_but_settled_jointly_is_met_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第八条 问题分级
        8.1 对甲方报告的问题，乙方按下表分级处理。问题的等级由乙方根据影响范围确定；甲方对分级有不同意见的，可经客户成功经理提出，由双方协商确定。
        8.2 一级（紧急）：全部账户均无法登录，或核心业务无法操作。
        8.3 二级（严重）：部分功能不能使用，有临时替代方案。
        8.4 三级（一般）：个别账户异常或使用咨询。
        """, language="zh").finding("severity-definitions")
    assert f.status is Status.MET, (f.status, f.reasons)
