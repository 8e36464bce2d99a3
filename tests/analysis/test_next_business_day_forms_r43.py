""""The following working day", "the same business day", "次工作日": one business day, as
"next business day" is; and a fault "cleared" within a time, "as a rule", is a hedged
restoration time.

Carriers and hosting vendors write "a fault ... is, as a rule, cleared on the following
working day": "cleared" is how they say a fault is fixed, "as a rule" is 原则上 in English (a
hedge: the time is recorded, the item vague), and "the following working day" is the next
business day (480 minutes, the labelling guide's "same business day" too).
"""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.quantities import find_durations
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("text", ["on the following working day", "by the following business day",
                                  "within the same business day", "次工作日内", "次一工作日", "当个工作日内"])
def test_one_business_day_in_other_words(text: str) -> None:
    assert [(d.minutes, d.business) for d in find_durations(text)][:1] == [(480, True)]


def test_a_fault_cleared_as_a_rule_on_the_following_working_day(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9 Faults
        9.1 The customer reports faults to the support line by telephone or e-mail.
        9.2 Rheinklang will begin clearing a fault reported to it without delay, and within the working hours of the support line. A fault that makes calls impossible for all of the customer's numbers is, as a rule, cleared on the following working day.
        """).finding("resolution-times")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts["levels"] == [{"level": "all", "minutes": 480}]


def test_faults_cleared_within_a_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4 Service Levels
        4.1 Faults reported to the Network Operations Centre are cleared within 4 hours, 24x7.
        """).finding("resolution-times")
    assert f.status is Status.MET, f.reasons
    assert f.facts["levels"] == [{"level": "all", "minutes": 240}]
