"""escalation-path: a missed target is what triggers an escalation ("If a target response time
is missed, ... the Client may ask for the request to be escalated"), the trigger's name and
not a hedge on the escalation; and the customer's right to ask stated in the passive
("escalation to management is available on written request") is met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    "# 4. Escalation\n"
    "4.5 If a target response time is missed, or a P1 issue is not restored within 4 hours, the Client may"
    " ask for the request to be escalated to the Head of Support.\n",
    "# 8. Support tiers\n"
    "8.1 Standard: requests are handled in the shared engineering queue; escalation to management is"
    " available on written request.\n",
])
def test_escalation_is_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("escalation-path")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_an_internal_escalation_stays_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Escalation
        4.5 Unresolved issues may be escalated internally as appropriate.
        """).finding("escalation-path")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
