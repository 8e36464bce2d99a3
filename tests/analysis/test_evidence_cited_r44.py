"""Which clauses a finding cites and what a cited row shows (round 44).

A cited clause is read on its own, in a list of evidence: a table row carries its
table's title ("Table 2 - Response times: Priority: P1; ..."), and so should a row of
a table whose only caption is the heading right over it.
"""

from __future__ import annotations

import pytest

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract

_CAPTIONED = """
    # 1. Customer Care
    1.1 Customer may raise a support case at any time through the support portal or by telephone.
    ## Target Initial Response Times
    | Severity | Definition | Initial response |
    | 1 | The Service is down for all users | 30 minutes |
    | 2 | A core function is impaired | 2 hours |
    | 3 | A minor function is impaired | 8 business hours |
    ## Escalation
    1.2 Customer may ask at any time that a case be escalated to the duty manager.
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_row_under_a_heading_shows_the_heading_as_its_tables_caption(reviewed: ReviewContract, fmt: str) -> None:
    # "Target" is in the heading alone: the cited row without it reads as a commitment.
    finding = reviewed(_CAPTIONED, fmt=fmt).finding("response-times")
    assert finding.status in (Status.MET, Status.VAGUE)
    rows = [e.text for e in finding.evidence if "Initial response:" in e.text]
    assert rows, [e.text for e in finding.evidence]
    assert all(t.startswith("Target Initial Response Times: Severity: ") for t in rows), rows


def test_a_chinese_row_under_a_heading_shows_it_too(reviewed: ReviewContract) -> None:
    finding = reviewed("""
        # 第五条 技术支持
        5.1 甲方可通过工单系统或客服热线提交故障。
        ## 故障响应目标时间
        | 故障等级 | 说明 | 响应时间 |
        | 一级 | 平台整体不可用 | 30分钟 |
        | 二级 | 部分功能不可用 | 2小时 |
        | 三级 | 一般性问题或咨询 | 1个工作日 |
        # 第六条 其他
        6.1 本协议未尽事宜由双方协商解决。
    """, language="zh").finding("response-times")
    rows = [e.text for e in finding.evidence if "响应时间:" in e.text]
    assert rows, [e.text for e in finding.evidence]
    assert all(t.startswith("故障响应目标时间: 故障等级: ") for t in rows), rows


def test_a_heading_with_a_paragraph_before_the_table_is_no_caption(reviewed: ReviewContract) -> None:
    # The heading names the section; the paragraph introduces the table (and is cited
    # as a clause of its own when it matters).
    finding = reviewed("""
        # 1. Customer Care
        1.1 Customer may raise a support case at any time through the support portal or by telephone.
        ## Support Cases
        1.2 Corvane responds to support cases within the times below:
        | Severity | Definition | Initial response |
        | 1 | The Service is down for all users | 30 minutes |
        | 2 | A core function is impaired | 2 hours |
    """).finding("response-times")
    rows = [e.text for e in finding.evidence if "Initial response:" in e.text]
    assert rows, [e.text for e in finding.evidence]
    assert all(t.startswith("Severity: ") for t in rows), rows


# --- the paragraphs that go with a cited table --------------------------------------------


def _rows(texts: list[str], marker: str) -> int:
    return sum(marker in t for t in texts)


def test_a_tables_rows_give_way_to_its_intro_and_the_sentence_below_that_no_keyword_found(
        reviewed: ReviewContract) -> None:
    # The rows fill the places; the lead-in ending in a colon says what they are, the
    # sentence below makes them targets. Neither names the response: only the structure
    # ties them to the table.
    finding = reviewed("""
        # 第五条 技术支持
        5.1 甲方可通过工单系统或客服热线提交故障。
        5.2 故障等级及处理目标：
        | 故障等级 | 说明 | 响应目标 | 恢复目标 |
        | 一级 | 平台整体不可用 | 30分钟 | 4小时 |
        | 二级 | 部分功能不可用 | 2小时 | 1个工作日 |
        | 三级 | 一般性问题或咨询 | 1个工作日 | 视情况而定 |
        5.3 上述时限是乙方的处理目标，乙方会尽合理努力实现，但这些时限并非乙方对甲方的承诺。
        5.4 处理故障时，乙方会视需要协调研发团队参与。
    """, language="zh").finding("response-times")
    assert finding.status is Status.VAGUE
    texts = [e.text for e in finding.evidence]
    assert _rows(texts[:3], "响应目标:") == 1, texts
    assert any(t.startswith("5.3 上述时限是乙方的处理目标") for t in texts[:3]), texts
    assert any(t.startswith("5.2 故障等级及处理目标：") for t in texts[:3]), texts


def test_a_met_tables_intro_comes_before_its_second_row(reviewed: ReviewContract) -> None:
    finding = reviewed("""
        # 4. Incident Handling
        4.1 Corvane handles every incident reported by Customer within the times in the table below:
        | Severity | Definition | First response | Restoration |
        | 1 | The Service is down for all users | 30 minutes | 4 hours |
        | 2 | A core function is impaired | 2 hours | 1 business day |
        | 3 | A minor function is impaired | 8 business hours | 5 business days |
        4.2 Customer may escalate an incident to the duty manager at any time.
    """, fmt="pdf").finding("resolution-times")
    # The paragraph that says what the table is of goes before the second row; a met
    # finding drops none of the rows it rests on.
    assert finding.status is Status.MET
    texts = [e.text for e in finding.evidence]
    assert texts[0].startswith("Severity: 1;"), texts
    assert texts[1].startswith("4.1 Corvane handles every incident"), texts
    assert _rows(texts, "Restoration:") == 3, texts
