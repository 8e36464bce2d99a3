"""Which clauses a finding cites, and how many (round 43).

The evaluation counts a finding's evidence as found when one of its first three cited
clauses holds a labelled quote (`reviewer.evaluation.metrics.EVIDENCE_CONSIDERED`); a
reviewer reads them the same way, the decisive clause first and what completes it next.
"""

from __future__ import annotations

from reviewer.review import Status
from tests.analysis.conftest import InstallModel, ReviewContract

_AVAILABILITY = """
    # 1. Availability
    1.1 Availability is measured by Corvane's external probes every minute from three regions.
    1.2 Corvane will make the Service available at least 99.9% of the time in each calendar month.
    1.3 Downtime does not include scheduled maintenance announced at least 48 hours in advance.
    # 2. Service Credits
    2.1 Where availability falls below the commitment in 1.2, Customer may claim a 10% credit of the monthly fee.
"""


def test_a_met_item_cites_its_next_candidates_as_a_vague_one_does(reviewed: ReviewContract) -> None:
    # The commitment leads; how it is measured follows as the third clause (a met
    # finding cited only two: the lead and one other candidate).
    finding = reviewed(_AVAILABILITY).finding("availability")
    assert finding.status is Status.MET
    texts = [e.text for e in finding.evidence]
    assert texts[0].startswith("1.2 "), texts
    assert len(texts) == 3, texts
    assert any(t.startswith("1.1 Availability is measured") for t in texts), texts


_TARGET_TABLE = """
    # 3. Support
    3.1 Customer may raise a support request at any time through the support portal.
    3.2 Corvane responds to support requests within the times below:
    | Priority | Definition | First response |
    | P1 | The Service is down for all users | 1 hour |
    | P2 | A core function is impaired | 4 hours |
    | P3 | A minor function is impaired | 1 business day |
    | P4 | A question or a feature request | 2 business days |
    3.3 The response times above are targets, not guarantees; Corvane uses reasonable efforts to meet them.
    # 4. Service Credits
    4.1 Where monthly availability is below 99.9%, Customer may claim a credit as follows:
    | Monthly availability | Credit |
    | Below 99.9% but at least 99.0% | 10% |
    | Below 99.0% but at least 95.0% | 25% |
    | Below 95.0% | 50% |
    4.2 To claim a credit, Customer must open a ticket within 30 days after the month; credits are capped at 50%.
"""


def _rows(texts: list[str]) -> int:
    return sum(t.startswith(("Priority:", "Monthly availability:", "故障等级")) for t in texts)


def test_a_tables_rows_give_way_to_the_sentence_that_qualifies_them(reviewed: ReviewContract) -> None:
    # The rows say the same thing level by level; the sentence below the table that
    # makes them targets is what a reviewer cites (the rows filled all three places).
    finding = reviewed(_TARGET_TABLE).finding("response-times")
    assert finding.status is Status.VAGUE
    texts = [e.text for e in finding.evidence]
    assert texts[0].startswith("Priority: P1"), texts
    assert any(t.startswith("3.3 The response times above are targets") for t in texts[:3]), texts
    assert _rows(texts[:3]) == 1, texts


def test_a_met_items_rows_stay_cited_after_the_clause_pushed_in(reviewed: ReviewContract) -> None:
    # The paragraph that introduces the credit table comes before the second row, and
    # a met finding drops no clause for it: the claim clause leads, two rows follow.
    finding = reviewed(_TARGET_TABLE).finding("service-credits")
    assert finding.status is Status.MET
    texts = [e.text for e in finding.evidence]
    assert _rows(texts[:3]) == 1, texts
    assert any(t.startswith("4.1 Where monthly availability") for t in texts[:3]), texts
    assert _rows(texts) == 2 and len(texts) == 4, texts


def test_a_chinese_pdf_tables_rows_give_way_to_the_target_sentence_below(reviewed: ReviewContract) -> None:
    finding = reviewed("""
        # 第五条 技术支持
        5.1 甲方可通过工单系统或客服热线提交故障。
        5.2 乙方按下表时限响应和恢复故障：
        | 故障等级 | 说明 | 响应时间 | 恢复时间 |
        | 一级 | 平台整体不可用 | 30分钟 | 4小时 |
        | 二级 | 部分功能不可用 | 2小时 | 1个工作日 |
        | 三级 | 一般性问题或咨询 | 1个工作日 | 3个工作日 |
        5.3 上表所列恢复时间为乙方的处理目标，乙方将尽力实现，但不构成乙方对甲方的承诺。
    """, fmt="pdf", language="zh").finding("resolution-times")
    assert finding.status is Status.VAGUE
    texts = [e.text for e in finding.evidence]
    assert any(t.startswith("5.3 上表所列恢复时间为乙方的处理目标") for t in texts[:3]), texts
    assert _rows(texts[:3]) == 1, texts


_MEASURED = """
    # 1. Service availability
    1.1 Availability is measured by Corvane's external probes every minute from three regions.
    1.2 Our products run across several zones of our cloud provider, with data copied between zones.
    # 2. Getting help
    2.1 Customers can follow the status of every product on the public status page.
"""

def test_free_places_go_to_clauses_the_model_finds_likely_about_the_item(
        reviewed: ReviewContract, relevance_at: InstallModel) -> None:
    # A model more sure than not of every clause, not sure enough to propose one
    # (matching.ADD_ABOVE): the places the keywords left free go to the clauses it
    # finds likely about the item, most likely first, ties in document order.
    relevance_at(0.55)
    finding = reviewed(_MEASURED).finding("sla-measurement")
    assert finding.status is not Status.MISSING
    texts = [e.text for e in finding.evidence]
    assert len(texts) == 3, texts
    assert len(set(texts)) == 3, texts
    assert texts[0].startswith("1.1 Availability is measured"), texts
    assert not any(t.endswith(("Service availability", "Getting help")) for t in texts), texts  # no heading


def test_no_clause_the_model_doubts_fills_a_free_place(reviewed: ReviewContract, relevance_at: InstallModel) -> None:
    relevance_at(0.4)
    finding = reviewed(_MEASURED).finding("sla-measurement")
    assert finding.status is not Status.MISSING
    assert len(finding.evidence) < 3, [e.text for e in finding.evidence]
