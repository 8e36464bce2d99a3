"""A heading right over a table is its caption: "Severity levels and target
initial response times" over the severity table makes its times targets, as a
table titled "Target response times" does (LABELLING.md). A heading with a
paragraph between it and the table leaves the paragraph the introduction.
"""


from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

ROWS = """
        | Severity | Description | Gold | Platinum |
        | Severity 1 | The production service is down for all users | 2 hours | 1 hour |
        | Severity 2 | A major feature is badly degraded | 4 hours | 2 hours |
        """


@pytest.mark.parametrize("heading", [
    "Severity levels and target initial response times",
    "Response time objectives",
])
def test_a_target_heading_right_over_the_table_hedges_its_rows(reviewed: ReviewContract, heading: str) -> None:
    f = reviewed(f"""
        # 4. Support Services
        4.1 Corvane provides support to customers on a Gold or Platinum plan.
        # {heading}
        """ + ROWS).finding("response-times")
    assert f.status is Status.VAGUE, f.reasons
    assert f.facts["levels"] == [{"level": "Severity 1", "minutes": 60}, {"level": "Severity 2", "minutes": 120}]


def test_a_plain_heading_right_over_the_table_leaves_it_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Support Services
        4.1 Corvane provides support to customers on a Gold or Platinum plan.
        # Severity levels and initial response times
        """ + ROWS).finding("response-times")
    assert f.status is Status.MET, f.reasons
