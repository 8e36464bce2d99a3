"""incident-rca: the customer's report of a fault is a ticket, not an account of the incident.

"收到甲方的P1故障报告后，乙方应在30分钟以内作出响应", "will close the Fault report and tell
the Customer by email ... may reopen the report within five (5) Business Days": the
keywords 故障报告 / "fault report" name the customer's ticket here, and its response or
reopening time is no time for a root-cause report (the item's exclude list). A report the
vendor delivers after the fix still meets the item. With a relevance model that neither drops
nor proposes a clause (as out of fold, where these clauses score 0.3).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("clause", "language"), [
    ("接到客户的一级故障报告后，乙方应在15分钟以内响应，并指派工程师远程处理。", "zh"),
    ("When Globex considers a Fault fixed, it closes the fault report and e-mails the Customer; the Customer may reopen the report within three (3) Business Days.", "en"),
])
def test_customers_fault_report_is_no_rca(reviewed: ReviewContract, clause: str, language: str, unsure: RelevanceModel) -> None:
    head = "# 5. Faults" if language == "en" else "# 第五条 故障处理"
    f = reviewed(f"""
        {head}
        5.1 {clause}
        """, language=language).finding("incident-rca")
    assert f.status is not Status.MET, f.reasons


def test_vendors_report_after_the_fix_still_meets(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 第五条 故障处理
        5.1 一级故障排除后，乙方应在5个工作日内向甲方提交故障分析报告，说明故障原因和整改措施。
        """, language="zh").finding("incident-rca")
    assert f.status is Status.MET, f.reasons
