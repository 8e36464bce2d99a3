""""Your own records" protects the buyer only where measurement is the subject (round 58): a
credit claim proved with the customer's own logs is independent measurement; "we store your
user id, so that we return only your own records" (a licensing API's data) is not."""

from __future__ import annotations

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


def test_records_returned_by_an_api_are_no_measurement(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Data we store
        We also store your user id, so that we return only your own records.
        """).finding("independent-measurement")
    assert f.status is Status.MISSING, f.reasons


def test_a_claim_proved_with_your_own_logs_still_is(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Service credits
        To claim a credit for downtime, you may support your claim with your own logs.
        """).finding("independent-measurement")
    assert f.status is not Status.MISSING, f.reasons
