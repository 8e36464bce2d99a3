"""documentation-training: documentation kept current in other verbs than "update":
"brings the Documentation up to date", "which it refreshes with every release",
"will revise it so that it reflects material changes". Each says how the
documentation is kept current, so the item is met; documentation merely
provided stays short of met."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "quote"), [
    ("""
    # 3. Documentation
    3.1 The Vendor makes user guides and an API reference available online to the Customer.
    3.2 Whenever a feature changes, the Vendor brings the Documentation up to date.
    """, "up to date"),
    ("""
    # 3. Documentation
    3.1 Customer receives access to the Vendor's online documentation, which the Vendor refreshes with every major release of the Platform.
    """, "refreshes with every major release"),
    ("""
    # 3. Documentation
    3.1 "Documentation" means the Vendor's administrator guide for the Platform. The Vendor will revise the Documentation so that it reflects any material change to the Platform.
    """, "so that it reflects"),
], ids=["brings-up-to-date", "refreshes-with-every-release", "revises-to-reflect"])
def test_documentation_kept_current_in_other_verbs_is_met(reviewed: ReviewContract, body: str, quote: str) -> None:
    f = reviewed(body).finding("documentation-training")
    assert f.status is Status.MET, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]


def test_documentation_only_provided_is_not_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 3. Documentation
    3.1 The Vendor makes user guides and an API reference available online to the Customer.
    """).finding("documentation-training")
    assert f.status is not Status.MET, f.reasons
