"""resolution-times: resolving an objection is no fault's resolution, and a time after which an
unrestored case is escalated is the escalation's trigger, not a time to restore.

"During that period the Controller may object ...; should the Parties be unable to resolve the
objection, ..." (as 'resolve the dispute' already was); "From then until the ticket is resolved,
our further replies ... will take no more than 1 hour" (the stretch replies run, as 'until it is
resolved' already was); "The duty manager reviews any Severity 1
case where service has not been restored within one (1) hour" (escalation-path's).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

pytestmark = pytest.mark.usefixtures("unsure")


@pytest.mark.parametrize("clause", [
    "6.2 Northwind will let the Controller know of any planned addition of a Subcontractor no less than thirty (30) days before the change. During that period the Controller may object on reasonable data protection grounds; should the Parties be unable to resolve the objection within fourteen (14) days, the Controller may terminate.",
    "6.2 Escalation. At any time, the Designated Contact may request that a case be escalated to the duty manager. The duty manager reviews any Severity 1 case where service has not been restored within one (1) hour.",
    "6.2 Replies. Our first reply to a new ticket will come within 1 hour. From then until the ticket is resolved, our further replies on that ticket will take no more than 1 hour on average.",
])
def test_objection_and_escalation_trigger_are_no_resolution_time(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 6. Terms
        {clause}
        """).finding("resolution-times")
    assert f.status is Status.MISSING, (f.status, f.reasons)
