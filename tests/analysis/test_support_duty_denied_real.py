"""support-scope: support or maintenance the vendor is "not bound" to provide.

Found by the out-of-fold error analysis of the development side (a cloud
terms, a developer agreement and a support guide, of three vendors): the duty
to support denied in other words than "not obligated to provide support" --
"is not bound to provide maintenance services in the following cases:",
"is not obliged to provide support: (a) where the customer alters ... a
Product", "幻域无义务为开发者提供客户支持" -- addresses the boundary of vendor
support, although the model scores such lines low: vague where nothing says
which side the cases fall on, met where they are the customer's own changes.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from reviewer.analysis.matching import _addressed_over, build_views, score_clause
from reviewer.checklist import default_checklist
from reviewer.ingest import read_document
from reviewer.review import Status
from reviewer.segment import segment
from tests.analysis.conftest import MakeContract, ReviewContract


@pytest.mark.parametrize(("clause", "language"), [
    ("The provider is not bound to provide maintenance services in the following cases:", "en"),
    ("The provider is not obliged to provide support where the customer alters or modifies a Product.", "en"),
    ("服务商无义务为开发者提供客户支持，或对开发者服务进行软件升级、增强或修改。", "zh"),
])
def test_duty_denied_is_addressed(contract: MakeContract, clause: str, language: str) -> None:
    """Kept by its own wording (`find.addressed_by`), whatever the model scores."""
    views = build_views(segment(read_document(contract(f"""
        # 3.
        3.1 {clause}
        """, language=language))))
    item = default_checklist().item("support-scope")
    (view,) = [v for v in views if v.text.startswith(("The provider", "服务商"))]
    candidate = score_clause(item, view)
    assert candidate is not None and _addressed_over(item, view.text, candidate.keyword_hits), view.text


def test_not_obliged_for_customers_changes_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Exclusions
        5.1 Halvern is not obliged to provide support: (a) where the customer alters, damages or modifies a Product, including installing software on a Halvern appliance; (b) for products that have reached End-of-Life.
        """, title="Support Services Guide").finding("support-scope")
    assert f.status is Status.MET, f.reasons
