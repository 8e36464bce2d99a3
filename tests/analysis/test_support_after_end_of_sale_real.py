"""version-support-window: how long a model is supported after its end of sale.

Found by the out-of-fold error analysis of the development side (a meeting
appliance's subscription terms, a POS terminal maintenance contract; labelled
met, judged vague or missing): "will provide, from the EOS date: (a) one (1)
year of Firmware maintenance releases", "设备型号停产后，乙方继续提供不少于5年的备件
供应及维修服务" state a support window in months counted from the end of sale,
as "Hardware is supported for five (5) years after the End-of-Sale date" and
"在停售后继续提供不少于3年的配件供应及固件维护" already did. The model scores
such lines low; the wording is the item's own (`find.addressed_by`).
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
    ("The provider will provide, from the EOS date: (a) one (1) year of Firmware maintenance releases, bug fixes and security patches; (b) afterwards a further two (2) years of Firmware patches.", "en"),
    ("服务商在设备型号停产后，继续提供不少于5年的备件供应及维修服务。", "zh"),
])
def test_support_after_end_of_sale_is_addressed(contract: MakeContract, clause: str, language: str) -> None:
    views = build_views(segment(read_document(contract(f"""
        # 3.
        3.1 {clause}
        """, language=language))))
    item = default_checklist().item("version-support-window")
    (view,) = [v for v in views if v.text.startswith(("The provider", "服务商"))]
    candidate = score_clause(item, view)
    assert candidate is not None and _addressed_over(item, view.text, candidate.keyword_hits), view.text


def test_years_after_model_discontinued_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 七、维修服务
        7.1 甲方应按期支付维保费用。
        7.2 设备型号停产后，乙方继续提供不少于5年的备件供应及维修服务。
        7.3 本合同适用中华人民共和国法律。
        """, language="zh", title="设备维保合同").finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("months") == 60, f.facts
