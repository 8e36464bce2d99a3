"""update-policy: the document's own amendment is no update policy, as the labelling guide
reads it, however sure the relevance model is: a data-processing addendum or privacy policy
closing on "may update this DPA ... at least thirty (30) days before it takes effect" or
"我们有权不时更新或修改本政策" (the model proposes such a clause for the item: it reads an update
and a notice period). A clause that changes the service too still counts. New SDK versions
"推出" (put out) address the item as "发布" does."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]
InstallModel = Callable[[float], RelevanceModel]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
    # 14. Changes to this DPA
    14.2 The Processor may update this DPA where required by a change in Applicable Data Protection Law, by publishing the updated version on its website and notifying Customer by email at least thirty (30) days before it takes effect.
    """),
    ("zh", """
    # 七、本政策的更新
    7.1 我们有权不时更新或修改本政策，本政策发生重大变更时，我们会在变更生效前至少30日通过电子邮件通知您。
    """),
], ids=["dpa-en", "policy-zh"])
def test_the_documents_own_amendment_is_no_update_policy(reviewed: ReviewContract, relevance_at: InstallModel,
                                                          language: str, body: str) -> None:
    relevance_at(0.9)  # the model sure of every clause: it would propose the amendment
    f = reviewed(body, language=language).finding("update-policy")
    assert f.status is Status.MISSING, (f.reasons, [e.text for e in f.evidence])


def test_an_amendment_that_changes_the_service_too_still_counts(reviewed: ReviewContract, relevance_at: InstallModel) -> None:
    relevance_at(0.9)
    f = reviewed("""
    # 9. Changes
    9.1 The Vendor may modify these Terms or the Services, and will announce any change that removes a feature at least ninety (90) days before it takes effect.
    """).finding("update-policy")
    assert f.status is Status.MET, (f.reasons, [e.text for e in f.evidence])


def test_new_sdk_versions_put_out_address_the_item(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    # Whatever the model says: the item's own wording for addressing it.
    f = reviewed("""
    # 二、SDK的使用
    2.3 我们会不时推出新版本的SDK，以便为用户提供更稳定的服务。
    """, language="zh").finding("update-policy")
    assert f.status is Status.VAGUE, (f.reasons, [e.text for e in f.evidence])
