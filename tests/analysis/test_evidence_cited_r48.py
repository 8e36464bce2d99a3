"""Which clauses a finding cites first (round 48).

The first three cited clauses are what a reviewer reads (and what the evaluation
scores: `reviewer.evaluation.metrics.EVIDENCE_CONSIDERED`). A table's rows give way
to the prose that completes them, but a row of another table the decision rests
on says something else and keeps its place.
"""

from __future__ import annotations

import pytest

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
