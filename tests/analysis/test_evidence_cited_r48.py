"""Which clauses a finding cites first (round 48).

The first three cited clauses are what a reviewer reads (and what the evaluation
scores: `reviewer.evaluation.metrics.EVIDENCE_CONSIDERED`). A table's rows give way
to the prose that completes them, but a row of another table the decision rests
on says something else and keeps its place; a cited item of a list is read with
the paragraph that introduces the list.
"""

from __future__ import annotations

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Status
from tests.analysis.conftest import ReviewContract

# The levels are named twice: in the support table and in the table that defines them.
_TWO_TABLES = """
    # 3. Support
    3.1 Corvane watches the platform around the clock. Support depends on how severe an issue is:
    [table-title: Table 1 - Support by severity]
    | Severity | Effort | First response |
    | 1 | Commercially reasonable efforts, around the clock | 1 hour |
    | 2 | Commercially reasonable efforts, in business hours | 4 hours |
    | 3 | Reasonable efforts, in business hours | 1 business day |
    3.2 When reporting an issue, Customer describes how severe the error is (minor, or stopping work).
    3.3 Our severity levels mean the following:
    [table-title: Table 2 - Severity definitions]
    | Severity Level | Definition |
    | 1 | An error that makes the platform, or a large part of it, inoperative in production |
    | 2 | An error that seriously degrades a major function of the platform, with no workaround |
    | 3 | An error with little effect on how the platform performs or operates |
    # 4. Fees
    4.1 Customer pays the fees in the Order Form within 30 days of invoice.
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_row_of_a_second_table_the_decision_rests_on_keeps_its_place(reviewed: ReviewContract, fmt: str) -> None:
    # The definitions table's first row was pushed behind two paragraphs to the fourth
    # place: only one row of any table stood among the first three.
    finding = reviewed(_TWO_TABLES, fmt=fmt).finding("severity-definitions")
    assert finding.status is Status.MET
    texts = [e.text for e in finding.evidence]
    assert any(t.startswith("Table 2 - Severity definitions: Severity Level: 1;") for t in texts[:3]), texts
    # Rows of one table still give way: the support table has one row among the first three.
    assert sum(t.startswith("Table 1 - Support by severity:") for t in texts[:3]) == 1, texts


_CHANNELS = """
    # 1. Technical Support
    1.1 Corvane provides Technical Support for the Service to Customer's named contacts during the Subscription Term.
    1.2 The Technical Support team works remotely and only in writing. Customer can reach it in the following ways:
    (a) Help Form: the request form on the Corvane support site;
    (b) Help Widget: the widget at the bottom right of the Corvane application;
    (c) Email: the Technical Support address given on the support site.
    1.3 Support is given in English.
    # 2. Fees
    2.1 Customer pays the fees in the Order Form within 30 days of invoice.
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_cited_list_item_is_cited_through_its_lead_in(reviewed: ReviewContract, fmt: str) -> None:
    # "(c) Email" was cited alone, then "(a)" and "(b)": three clauses, none saying that
    # they are the ways to reach support. The lead-in shows its items; none is cited twice.
    finding = reviewed(_CHANNELS, fmt=fmt).finding("support-channels")
    assert finding.status is Status.MET
    texts = [e.text for e in finding.evidence]
    assert texts[0].startswith("1.2 The Technical Support team works remotely"), texts
    assert "(a) Help Form" in texts[0] and "(c) Email" in texts[0], texts
    assert not any(t.startswith(("(a)", "(b)", "(c)")) for t in texts), texts


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_notice_in_an_exclusion_list_is_cited_with_the_exclusions_lead_in(reviewed: ReviewContract,
                                                                            fmt: str) -> None:
    # The item alone reads as a commitment to notify; it is one case the availability
    # does not count.
    finding = reviewed("""
        # 第五条 服务可用性
        5.1 乙方承诺，每个自然月内平台的服务可用性不低于99.9%。
        5.2 下列原因造成的服务不可用，不计入服务不可用时间：
        （1） 乙方提前72小时以控制台公告和电子邮件通知甲方的计划维护，每月合计不超过4小时；
        （2） 甲方自身的网络、设备故障或配置不当；
        （3） 不可抗力。
        # 第六条 费用
        6.1 甲方应在收到发票后30日内支付服务费。
    """, fmt=fmt, language="zh").finding("proactive-notice")
    texts = [e.text for e in finding.evidence]
    assert texts, finding
    assert texts[0].startswith("5.2 下列原因造成的服务不可用，不计入服务不可用时间："), texts
    assert "乙方提前72小时以控制台公告" in texts[0], texts
    assert not any(t.startswith("（1）") for t in texts), texts


# A figure per plan, each plan under a heading of its own; the finding reports the most
# comprehensive plan's (the plans rule), whose clause the keywords rank last.
_PLANS = """
    # 1. Reliability
    1.1 Corvane spends a great deal on infrastructure and high availability to keep your uptime as high as it can be.
    # 2. Standard - 99.9% uptime SLA
    2.1 Every paid subscription comes with the Standard plan.
    2.2 Uptime: 99.9% uptime SLA, credited minute for minute of downtime (capped at 10% of your monthly bill).
    # 3. Business - 99.95% uptime SLA
    3.1 Uptime: 99.95% uptime SLA with 25X acceleration (capped at 20% of your monthly bill).
    # 4. Enterprise - 99.999% uptime SLA
    4.1 Uptime: 99.999% uptime SLA with 100X acceleration (capped at 30% of your monthly bill).
"""


def test_the_clause_a_findings_percentage_comes_from_is_cited_second(reviewed: ReviewContract,
                                                                     unsure: RelevanceModel) -> None:
    # The Standard and Business plans' clauses took the second and third places; the finding
    # said 99.999% and cited no clause stating it.
    finding = reviewed(_PLANS).finding("availability")
    assert finding.facts.get("percent") == 99.999
    texts = [e.text for e in finding.evidence]
    assert texts[0].startswith("1.1 Corvane spends"), texts
    assert texts[1].startswith("4.1 Uptime: 99.999%"), texts
    assert len(texts) <= 3, texts
