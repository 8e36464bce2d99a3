"""Fact readings of the forty-fifth round: two written forms a fact is printed in.

- A percentage set in letter-spaced type: a PDF whose table is set with wide tracking reads back
  "9 9. 9 9 9 %", one character at a time; the figure is 99.999 %, not "9 %".
- Plans as a table's columns, only one of which states times ("Severity | Pro | Enterprise" over
  "Sev 1 (Critical) | 4 business hours | Ask sales"): the times are that plan's, and the plans are
  recorded though only one has times (the labelling guide records every plan in `plans`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.quantities import find_percents
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_spaced_figures() -> None:
    assert [(p.value, p.text) for p in find_percents("Targeted Uptime: 9 9. 9 9 9 %; Credits: 5%")] == [
        (99.999, "9 9. 9 9 9 %"), (5.0, "5%")]
    assert [p.value for p in find_percents("| 9 9 . 9 % |")] == [99.9]
    # Not spaced-out figures: a longer token, or two tokens only.
    assert [p.value for p in find_percents("Table 1 99.9%")] == [99.9]
    assert [p.value for p in find_percents("12 5%")] == [5.0]


def test_letter_spaced_uptime_table_in_a_pdf(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Part II Service Levels
        A. The Services are available at the uptime levels set out in Table 2 (each one a "Committed Uptime").
        Uptime is worked out from the system monitoring records the Provider keeps for the Service affected.
        [table-title: Table 2 - Committed Uptime and Credits]
        | Service | Guideline | Committed Uptime | Credits |
        | V oice (AC D/Di aler) | Calls can be placed and received | 9 9. 9 9 9 % | 5% - under two hours |
        | W eb Applications | Agents can reach the web applications | 9 9. 9 9 % | 5% - under four hours |
        """, fmt="pdf").finding("availability")
    assert f.status is not Status.MISSING, f.reasons
    assert f.facts.get("percent") == 99.999, (f.status, f.facts, f.reasons)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_one_plan_of_two_states_times(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # Support
        We offer a shorter time to first response depending on the severity of the issue.
        ## Initial Response Time
        [table-title: Time to first response]
        | Severity | Pro | Enterprise |
        | Sev 1 (Critical) | 4 business hours | Ask sales |
        | Sev 2 (High) | 1 business day | Ask sales |
        | Sev 3 (Normal) | 2 business days | Ask sales |
        """, fmt=fmt).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [(p["plan"], [lv["minutes"] for lv in p["levels"]]) for p in f.facts.get("plans", [])] == [
        ("Pro", [240, 480, 960])], f.facts
    assert [lv["minutes"] for lv in f.facts["levels"]] == [240, 480, 960]
