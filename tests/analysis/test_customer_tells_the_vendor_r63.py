# ruff: noqa: E501
"""security-incident: the customer's own duty to tell the vendor of a compromised account or a
breach is nothing owed to the customer (the labelling guide), also where the clause holds
several of the item's words ("unauthorised use", "security breach") and the duty is "will" or
"must tell" rather than "shall notify"; a clause where the vendor notifies the customer stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 3. Accounts
    3.2 You must tell Lumora at once about any unauthorised use of Your account or other security breach of which You become aware.
    """,
    """
    # 4. Accounts
    (c) If you learn of any unauthorized use of the Service through your Account, or unauthorized access to it, you will tell Seedline promptly and help it stop the unauthorized use.
    """,
    """
    # 二、账号
    2.4 您有责任对账号登录信息保密。如发现账号遭未经授权的使用，或者发生其他任何安全事件，您应立即通知启芯。
    """,
])
def test_the_customer_telling_the_vendor_is_no_breach_notice(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("security-incident")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_the_vendor_notifying_the_customer_stays(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Security
        5.3 You must tell us at once about any unauthorised use of your account. We will notify you of any security breach affecting your data within 48 hours.
        """).finding("security-incident")
    assert f.status is Status.MET, (f.status, f.reasons)
