"""update-policy: the service or its functions changed at the vendor's will.

Found by the out-of-fold error analysis of the development side (terms of use,
after-sales policies and developer agreements of several vendors, labelled
vague, judged missing): a right to change the service with its verbs joined
("may modify and/or update the Platform from time to time", "可随时以任何理由变更
本服务或删除其部分功能", "有权……随时修改、限制、暂停或停止全部或部分开发者服务") and
functions said to be updated ("部分功能可能迭代更新或优化", "定期提供软件功能更新",
"在现有功能基础上的升级服务") address the item: vague (no period of notice),
not missing, although the model scores such lines low. The customer's own
right to modify the source code, a change of the service's price or the
customer's service settings, and a privacy policy's "功能更新说明" do not.
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


def _addressed(contract: MakeContract, clause: str, language: str) -> bool:
    views = build_views(segment(read_document(contract(f"""
        # 3.
        3.1 {clause}
        """, language=language))))
    item = default_checklist().item("update-policy")
    (view,) = [v for v in views if v.text.startswith(("The provider", "服务商"))]
    candidate = score_clause(item, view)
    return candidate is not None and _addressed_over(item, view.text, candidate.keyword_hits)


@pytest.mark.parametrize(("clause", "language"), [
    ("The provider may modify and/or update the Platform from time to time, as long as the modifications do not materially reduce its performance.", "en"),
    ("The provider reserves the right at any time to modify or discontinue the Services or any part of them.", "en"),
    ("服务商可随时以任何理由变更本服务或删除其部分功能，也可随时取消或终止对用户的服务。", "zh"),
    ("服务商有权在提前通知或不通知的情况下，以任何理由随时修改、限制、暂停或停止全部或部分开发者服务。", "zh"),
    ("服务商的产品目前处于内测阶段，部分功能可能迭代更新或优化，重大调整会提前说明。", "zh"),
    ("服务商将根据客户需求定期提供软件功能更新，以保持软件的先进性。", "zh"),
    ("服务商为用户提供软件在现有功能基础上的升级服务。", "zh"),
])
def test_service_changed_at_will_is_addressed(contract: MakeContract, clause: str, language: str) -> None:
    """Kept by its own wording (`find.addressed_by`), whatever the model scores."""
    assert _addressed(contract, clause, language), clause


@pytest.mark.parametrize(("clause", "language"), [
    ("服务商确认，您可以修改该软件源代码，以适应您个人或您所在公司的使用需求。", "zh"),
    ("服务商可能调整付费服务的价格，价格调整不影响您已支付的服务期限内的价格。", "zh"),
    ("服务商有权在无需事先通知您的情况下，采取紧急措施，包括调整您的服务设置。", "zh"),
    ("服务商还会通过即时告知、功能更新说明等方式，向您说明相应的信息收集目的。", "zh"),
])
def test_other_changes_are_not_addressed(contract: MakeContract, clause: str, language: str) -> None:
    assert not _addressed(contract, clause, language), clause


@pytest.mark.parametrize(("clause", "language"), [
    ("Trailhook may modify and/or update the Platform from time to time, as long as the modifications do not materially reduce the Platform's performance.", "en"),
    ("乙方可随时以任何理由变更本服务或删除其部分功能，也可随时取消或终止对甲方的服务。", "zh"),
    ("功能更新：乙方将根据客户需求定期提供软件功能更新，以保持软件的先进性。", "zh"),
])
def test_service_changed_at_will_is_vague(reviewed: ReviewContract, clause: str, language: str) -> None:
    body = {"en": f"""
        # 4. General
        4.1 Customer shall pay the fees when due.
        4.2 {clause}
        4.3 This Agreement is governed by the laws of England.
        """, "zh": f"""
        # 四、其他
        4.1 甲方应按期支付服务费用。
        4.2 {clause}
        4.3 本合同适用中华人民共和国法律。
        """}[language]
    f = reviewed(body, language=language, title="Service Agreement" if language == "en" else "服务合同").finding("update-policy")
    assert f.status is Status.VAGUE, f.reasons
