"""service-credits: a refund, compensation or liability limit that names no missed service level.

LABELLING.md: "a liability cap alone; a refund for termination" is not about the item.
A keyword clause must name what the credit is for (a service level, availability,
downtime, an outage, a target missed, a credit ...), as `purpose` asks of other
items; a clause under a credits heading still addresses it.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("clause", "language"), [
    ("Each invoice must be paid within thirty (30) days after its date. Except where this Agreement expressly provides otherwise, fees that have been paid are not refundable.", "en"),
    ("When you withdraw from this contract we will pay back everything we have received from you without undue delay and at the latest 14 days after the day we learn of your withdrawal.", "en"),
    ("对免费版用户，乙方不承担任何赔偿责任，但法律另有强制性规定的除外。", "zh"),
])
def test_a_refund_or_liability_naming_no_service_level_is_missing(reviewed: ReviewContract, clause: str, language: str) -> None:
    f = reviewed(f"""
        # 8. Fees
        8.2 {clause}
        """, language=language).finding("service-credits")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("clause", "language"), [
    ("A missed target level does not lead to any reduction in fees.", "en"),
    ("第5.1条所列目标未能达成时，乙方不给予服务赔偿，也不减免费用。", "zh"),
])
def test_a_refusal_naming_the_missed_level_stays_vague(reviewed: ReviewContract, clause: str, language: str) -> None:
    f = reviewed(f"""
        # 8. Fees
        8.2 {clause}
        """, language=language).finding("service-credits")
    assert f.status is Status.VAGUE, f.reasons
