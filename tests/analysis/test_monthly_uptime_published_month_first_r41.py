"""service-reports: the achieved availability published every month, with the month named first, is a report.

"Within ten (10) business days after each calendar month ends, X will post on its community
website the Service Availability", "X measures Actual Uptime for each Service and, every calendar
month, publishes the figures for the last twelve (12) full months": the keywords read the
publishing before the month ("will post the actual Service Availability achieved for each
calendar month"); the month first is the same commitment (met). With a relevance model that
neither drops nor proposes a clause (as out of fold), so the keywords must find it.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "Within ten (10) business days after each calendar month ends, Globex will post on its customer community website the Service Availability it achieved in that month.",
    "Globex measures Actual Uptime for each Service and, every calendar month, publishes the figures for the last twelve (12) full months on its website.",
])
def test_monthly_uptime_published_is_met(reviewed: ReviewContract, clause: str, unsure: RelevanceModel) -> None:
    f = reviewed(f"""
        # 3. Service Levels
        3.1 {clause}
        """).finding("service-reports")
    assert f.status is Status.MET, f.reasons
