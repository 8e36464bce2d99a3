"""update-policy (and documentation-training): the document's own amendment is no update policy.

Found by the out-of-fold error analysis of the development side (a support
policy and a privacy policy, labelled missing, judged vague): the labelling
guide reads amendments of the agreement ("we may update these Terms") as not
addressing the item, yet a heading over them ("Changes to this policy",
"本隐私权政策如何更新") counted as the item's heading, and the clause's words
("No update will ... reduce the features", "变更生效前……告知您") as its
keywords. Neither counts now: the heading terms skip a heading about the
document itself, and the document's amendment is an exclude term. A heading
or sentence that changes the service too ("Changes to this Agreement and the
Service", "changes to these Terms or to the Service") still counts.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from reviewer.analysis.matching import any_hit
from reviewer.checklist import default_checklist
from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


@pytest.mark.parametrize(("heading", "hit"), [
    ("Changes to this policy", False),
    ("Changes to these Terms", False),
    ("Changes to this SLA", False),
    ("本隐私权政策如何更新", False),
    ("如何变更与更新本隐私政策", False),
    ("本协议的变更", False),
    ("Changes to this Agreement and the Service", True),
    ("Updates and deprecations", True),
    ("API changes", True),
    ("版本与规则更新", True),
    ("接口变更", True),
])
def test_heading_over_the_documents_own_amendment(heading: str, hit: bool) -> None:
    item = default_checklist().item("update-policy")
    assert (any_hit(item.headings, heading) is not None) is hit, heading


def test_support_plans_amended_is_missing(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Support plans
        1.1 Wrenchat offers the Basic and Premium support plans described on its website.
        # 2. Changes to this policy
        2.1 Wrenchat may update these support plans at any time at its sole discretion. No update will, however, materially reduce the features of the support plan to which you subscribe at the time of the update.
        """, title="Support Policy").finding("update-policy")
    assert f.status is Status.MISSING, f.reasons


def test_privacy_policy_amended_is_missing(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 八、我们如何处理未成年人的信息
        8.1 本服务主要面向企业组织及其成员。
        # 九、本隐私权政策如何更新
        9.1 我们可能会适时对本政策进行修订。对于重大变更，我们会在变更生效前通过推送通知或弹窗等方式告知您。
        """, language="zh", title="隐私权政策").finding("update-policy")
    assert f.status is Status.MISSING, f.reasons


def test_service_changed_under_such_a_heading_still_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Changes to this Agreement and the Service
        9.1 We may change the Service, including by adding or removing features, on at least thirty (30) days notice to Customer.
        9.2 We may amend this Agreement by posting the amended version on our website.
        """, title="Terms of Service").finding("update-policy")
    assert f.status is Status.MET, f.reasons


def test_guide_revised_is_no_documentation_kept_current(reviewed: ReviewContract) -> None:
    """documentation-training: the same class. The support guide revised and taking
    effect "when it is published on the documentation site" is the document's own
    amendment, not documentation kept current (labelled vague, judged met)."""
    f = reviewed("""
        # 1. Self-help
        1.1 Customers may use the community forums and a searchable knowledge base.
        # 9. About this guide
        9.1 Halvern may revise this guide at any time to reflect the support services actually provided; the revised guide takes effect when it is published on the Halvern documentation site.
        """, title="Support Services Guide").finding("documentation-training")
    assert f.status is Status.VAGUE, f.reasons
