"""sla-measurement: the monitoring as data source and judge of down, in other verbs, is a method (met).

"It is Netharbor's monitoring agents that determine uptime, not what any one client happens
to experience" ('measured by our monitoring' was known), and '"Unavailability" means that your
Services have stopped responding to the Monitoring' ('failed to respond to the Monitoring' was
known).
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
    "It is Acme's monitoring agents that determine uptime and downtime, not what any one client happens to experience.",
    '"Unavailability" means that your Services have stopped responding to the Monitoring and cannot send or receive information; Downtime excludes scheduled maintenance.',
])
def test_monitoring_judges_down(reviewed: ReviewContract, unsure: RelevanceModel, clause: str) -> None:
    f = reviewed(f"""
        # 9. Service Level
        9.1 Acme guarantees 99.9% network uptime in each calendar month.
        9.2 {clause}
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons
