"""A level's own heading over a table of the plans' times.

"## Priority 1 Tickets" over "Measure | Standard plan | Enterprise plan" and "Time to
acknowledge | 2 hrs | 30 mins": no cell names the level, the heading does. Before, the times
were read per plan with no level at all ("plans": [{"plan": "Standard plan", "levels": []}]) and
no levels were recorded; the labels name each heading's level.
"""

from __future__ import annotations

import pytest

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract

BODY = """
    # Support levels
    ## Priority 1 Tickets
    A production deployment cannot collect or process events.
    | Measure | Standard plan | Enterprise plan |
    | Time to acknowledge | 2 hrs | 30 mins |
    | Time to resolve | 1 week | 2 days |
    ## Priority 2 Tickets
    Two primary functions of a production deployment are impaired.
    | Measure | Standard plan | Enterprise plan |
    | Time to acknowledge | 12 hrs | 2 hrs |
    | Time to resolve | 1 week | 4 days |
    ## Priority 3 Tickets
    A deployment does not work as expected.
    | Measure | Standard plan | Enterprise plan |
    | Time to acknowledge | 48 hrs | 12 hrs |
    | Time to resolve | 2 weeks | 1 week |
    """


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_heading_names_each_tables_level(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed(BODY, fmt=fmt).finding("response-times")
    assert f.status is Status.MET, f.reasons
    plans = {p["plan"]: p["levels"] for p in f.facts["plans"]}
    assert plans["Standard plan"] == [{"level": "Priority 1", "minutes": 120},
                                      {"level": "Priority 2", "minutes": 720},
                                      {"level": "Priority 3", "minutes": 2880}]
    assert plans["Enterprise plan"] == [{"level": "Priority 1", "minutes": 30},
                                        {"level": "Priority 2", "minutes": 120},
                                        {"level": "Priority 3", "minutes": 720}]


def test_a_heading_about_something_else_names_no_level(reviewed: ReviewContract) -> None:
    # "High Availability" is a heading about something else (`levels.heading_level`).
    f = reviewed("""
        # Support
        ## High Availability
        | Measure | Standard plan | Enterprise plan |
        | Time to acknowledge | 8 hrs | 1 hr |
        """).finding("response-times")
    levels = [lv["level"] for p in f.facts.get("plans", []) for lv in p["levels"]]
    assert "High" not in levels
