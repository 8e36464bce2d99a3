"""suspension-limits: the customer's account cut off in verbs other than "suspend"
("your account may be shut down without warning", "we may remove your tenant",
"paid features are locked", "the workspace enters a restricted state",
"集群会被自动挂起"): the vendor's power to cut the service off addresses the
item. Development run (the red flags are rule-decided, so it is out of fold for
them): study half +4, check half +1, nothing broken. A security control that restricts
access to staff, or an app taken off a marketplace (下架), is no suspension."""

from __future__ import annotations

import pytest

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


@pytest.mark.parametrize(("language", "body", "quote"), [
    ("en", """
    # 6. Acceptable Use
    6.2 If you send spam through the Service, your account may be shut down without warning.
    """, "your account may be shut down"),
    ("en", """
    # 4. Fair Use
    4.3 Where a tenant abuses the free tier, we may remove your tenant from our Service without notice.
    """, "remove your tenant"),
    ("en", """
    # 9. Workspaces
    9.1 At our discretion, a workspace that we believe is abused enters a restricted state.
    """, "enters a restricted state"),
    ("zh", """
    # 五、资源回收
    5.1 免费集群连续7天没有任何活动的，集群会被自动挂起，用户可在控制台手动恢复。
    """, "集群会被自动挂起"),
], ids=["shut-down-en", "remove-tenant-en", "restricted-state-en", "cluster-suspended-zh"])
def test_account_cut_off_addresses_suspension(reviewed: ReviewContract, language: str, body: str, quote: str) -> None:
    f = reviewed(body, language=language).finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
    # 3. Security
    3.1 Access to production systems is restricted to authorised engineers and is reviewed every quarter.
    """),
    ("zh", """
    # 六、主题商店
    6.1 平台保留随时将任何主题从主题商店下架的权利，已购买的主题不受影响。
    """),
], ids=["access-restricted-en", "theme-delisted-zh"])
def test_no_account_cut_off_is_no_suspension(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("suspension-limits")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("body", "quote"), [
    ("""
    # 7. Acceptable Use
    7.4 If the Client materially breaches this section, the Operator may suspend the Suite on 24 hours' notice.
    """, "on 24 hours' notice"),
    ("""
    # 2. Accounts
    2.1 We will not block your account without first getting in touch with you.
    """, "without first getting in touch"),
    ("""
    # 4. Billing
    4.2 Once your account has 2 invoices past due, your account's paid features are locked until payment is made.
    """, "2 invoices past due"),
], ids=["on-hours-notice", "without-first-getting-in-touch", "invoices-past-due"])
def test_notice_or_cause_in_other_words_meets(reviewed: ReviewContract, body: str, quote: str) -> None:
    """Notice in other words, and a stated cause (two invoices past due): met. Development
    run: study +3, check +0, nothing broken."""
    f = reviewed(body).finding("suspension-limits")
    assert f.status is Status.MET, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]
