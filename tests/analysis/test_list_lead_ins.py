"""A list is read with the paragraph that introduces it.

"甲方可以通过下列渠道报告事件或提出服务请求：" followed by "（1）应急热线：400-650-3388；"
names what the items are for; the items alone ("应急热线", "电子邮件") do not, so
without the lead-in a hotline in a security-services contract served no support
purpose and the item read missing. Real DOCX and PDF files through the pipeline.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from reviewer.analysis.matching import build_views, score_clause, table_intro
from reviewer.checklist import default_checklist
from reviewer.ingest import read_document
from reviewer.review import Status
from reviewer.segment import segment
from tests.analysis.conftest import MakeContract, ReviewContract

BODY_ZH = """# 第五条 事件分级与响应
5.1 乙方按下表对安全事件分级。
5.6 甲方可以通过下列渠道报告事件或提出服务请求：
（1）应急热线：400-650-3388；
（2）电子邮件：mss@example.cn；
（3）双方建立的钉钉服务群。
5.7 乙方的应急热线号码变更的，应提前通知甲方。
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_list_items_serve_the_purpose_their_lead_in_names(contract: MakeContract, fmt: str) -> None:
    views = build_views(segment(read_document(contract(BODY_ZH, fmt=fmt, language="zh"))))
    item = default_checklist().item("support-channels")
    items = [v for v in views if v.text.startswith(("应急热线", "电子邮件", "双方建立"))]
    assert len(items) == 3
    for v in items:
        assert "下列渠道报告事件" in v.context
        assert score_clause(item, v) is not None, v.text
    # A paragraph that introduces nothing lends nothing: 5.7 has no colon-ended parent.
    (change,) = [v for v in views if v.text.startswith("乙方的应急热线号码变更")]
    assert "下列渠道" not in change.context


BODY_TWO_TABLES = """# 第三条 服务响应
3.2 各版本的首次响应时间如下：
[table-title: 表2 各版本首次响应时间]
| 级别 | 标准版 | 企业版 |
| P1 | 60分钟 | 15分钟 |
| P2 | 4小时 | 1小时 |
| P3 | 1个工作日 | 4小时 |
3.3 各版本的恢复时间如下：
[table-title: 表3 各版本恢复时间]
| 级别 | 标准版 | 企业版 |
| P1 | 8小时 | 4小时 |
| P2 | 2个工作日 | 1个工作日 |
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_table_row_knows_the_paragraph_that_introduces_its_table(contract: MakeContract, fmt: str) -> None:
    views = build_views(segment(read_document(contract(BODY_TWO_TABLES, fmt=fmt, language="zh"))))
    rows = [v for v in views if v.clause.cells is not None]
    intro_of = {v.index: v.text for v in views if v.clause.cells is None}
    plain = [table_intro(views, v) for v in rows]
    assert None not in plain, plain
    expected = ["各版本的首次响应时间如下："] * 3 + ["各版本的恢复时间如下："] * 2
    assert [intro_of[i].endswith(e) for i, e in zip(plain, expected, strict=True)] == [True] * 5, plain
    # Rows asked in document order with the shared memo: the same answers.
    first_rows: dict[int, int] = {}
    assert [table_intro(views, v, first_rows) for v in rows] == plain


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_inline_list_item_is_read_with_its_lead_in(reviewed: ReviewContract, fmt: str) -> None:
    """"Support does not include: A; B; C" in one paragraph: the semicolons split the
    items from their lead-in, but each says what the lead-in says ("does not include
    configuration of the Customer's CRM system")."""
    f = reviewed("""
        # 5. Support
        5.6 Support does not include: training beyond the standard onboarding session; configuration of the Customer's CRM system; or development of custom integrations.
        """, fmt=fmt).finding("support-scope")
    assert f.status is Status.MET, f.reasons
    # The reason names the item with its lead-in once, not the whole list.
    assert "configuration of the Customer" in f.reasons[0].en
    assert "onboarding session" not in f.reasons[0].en


def test_a_long_sentence_ending_in_a_colon_is_no_lead_in(reviewed: ReviewContract) -> None:
    """An SLA's exclusions ("The Service Commitment does not cover unavailability ... that:")
    are not the support boundary because one of them names the customer's equipment."""
    f = reviewed("""
        # 4. SLA Exclusions
        4.1 The Service Commitment does not cover unavailability, suspension or termination of the Service, or other performance issues, that: (a) result from causes beyond our reasonable control; (b) result from your equipment, software or network.
        """).finding("support-scope")
    assert f.status is not Status.MET, f.reasons
