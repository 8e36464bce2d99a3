"""quality-metrics: call or media quality left to the carriers and networks ("Call
completion ... and message delivery depend on third-party carriers", "The quality and
availability of the service may be affected by the customer's internet connection")
addresses the item whatever the relevance model says of the clause, as the Chinese
refusal ("接通率…不作保证") already does: vague. Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

CLAUSES = [
    "Call completion and the display of the caller's number depend on the upstream carriers and on the called party's network; Brookvale is not responsible for them.",
    "The voice quality of the softphone may be affected by the Customer's own broadband connection and headsets.",
]


@pytest.mark.parametrize("clause", CLAUSES)
def test_quality_left_to_carriers_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 7. Use of the Service
        7.1 The Customer shall not use the Service to place unsolicited calls.
        7.2 {clause}
        7.3 The Customer shall pay the call charges in the price list.
        """).finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons
