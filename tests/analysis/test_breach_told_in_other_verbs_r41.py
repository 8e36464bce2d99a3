"""security-incident: a breach notice with a time, given in other verbs than notify/inform, is met.

"will tell Subscriber without undue delay, and in any event within 48 hours after confirming it",
"it will let the Account Owner know ... within seventy-two (72) hours", "we will e-mail the
Account Holder within seventy-two (72) hours after confirming it": the met wording knew only
"tell you", "let you know" and the notify/inform family, so these read as a clause without a
commitment (vague). The customer's own duty to tell the vendor still meets nothing.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "If a Security Incident affects Customer Data, Globex will tell Customer without undue delay, and in any event within 48 hours after confirming it.",
    "Should Globex learn of unauthorised access to Customer Data, it will let the Account Owner know within seventy-two (72) hours, describing the incident.",
    "Where Globex confirms that a breach of its security has led to unauthorised access to Customer Data, it will e-mail the Account Holder within seventy-two (72) hours after confirming it.",
])
def test_breach_told_within_a_time_is_met(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 9. Security
        9.1 {clause}
        """).finding("security-incident")
    assert f.status is Status.MET, f.reasons


def test_customers_own_duty_to_tell_is_not_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Security
        9.1 The Customer must tell Globex within 24 hours if it learns of any unauthorised use of its account or password.
        """).finding("security-incident")
    assert f.status is not Status.MET, f.reasons
