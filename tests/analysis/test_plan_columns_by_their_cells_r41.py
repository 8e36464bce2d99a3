"""A column whose cells list levels of their own is a plan, whatever its name.

"Feature | Base | L1 | L2" over "Guaranteed first response time | Best effort |
P1: 3 business hours; P2: 6 business hours | P1: 1 hour; P2: 3 hours": "L1"
and "L2" look like level codes, but a column that gives times for several
levels in one cell cannot be a level, so it is a support plan. The levels
are the most comprehensive plan's, and every plan is recorded.
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("plans", [("L1", "L2"), ("Tier 1", "Tier 2")])
def test_plans_named_like_codes(reviewed: ReviewContract, fmt: str, plans: tuple[str, str]) -> None:
    f = reviewed(f"""
        # 3. Support plans
        3.1 The support plans include the following.
        | Feature | Base | {plans[0]} | {plans[1]} |
        | Guaranteed first response time | Best effort | P1: 3 business hours; P2: 6 business hours | P1: 1 hour; P2: 3 hours |
        """, fmt=fmt).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert f.facts["levels"] == [{"level": "P1", "minutes": 60}, {"level": "P2", "minutes": 180}]
    assert [p["plan"] for p in f.facts["plans"]] == list(plans)


def test_a_level_column_with_one_time_is_still_a_level(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Response times
        | Plan | P1 | P2 |
        | Standard | 2 hours | 8 hours |
        | Premium | 1 hour | 4 hours |
        """).finding("response-times")
    assert f.facts["levels"] == [{"level": "P1", "minutes": 60}, {"level": "P2", "minutes": 240}]
