"""update-policy: the service changed at will in other words ("retains the right to
change any of the Services", "may, whenever it chooses, modify or discontinue,
temporarily or permanently, the Service") addresses the item: vague, not missing,
also where the relevance model doubts the clause."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 2. Changes
    2.1 Because the Vendor keeps improving its Services, it retains the right to change any of the Services, provided that the changes have no negative impact on its customers.
    """,
    """
    # 9. Modifications
    9.1 The Vendor may, whenever it chooses, modify or discontinue, temporarily or permanently, the Service or any part of it, with or without notice.
    """,
], ids=["retains-the-right", "may-whenever-it-chooses"])
@pytest.mark.usefixtures("unsure")
def test_the_service_changed_at_will_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("update-policy")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
