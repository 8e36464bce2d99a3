"""Which clauses a finding cites, and how many (round 43).

The evaluation counts a finding's evidence as found when one of its first three cited
clauses holds a labelled quote (`reviewer.evaluation.metrics.EVIDENCE_CONSIDERED`); a
reviewer reads them the same way, the decisive clause first and what completes it next.
"""

from __future__ import annotations

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract

_AVAILABILITY = """
    # 1. Availability
    1.1 Availability is measured by Corvane's external probes every minute from three regions.
    1.2 Corvane will make the Service available at least 99.9% of the time in each calendar month.
    1.3 Downtime does not include scheduled maintenance announced at least 48 hours in advance.
    # 2. Service Credits
    2.1 Where availability falls below the commitment in 1.2, Customer may claim a 10% credit of the monthly fee.
"""


def test_a_met_item_cites_its_next_candidates_as_a_vague_one_does(reviewed: ReviewContract) -> None:
    # The commitment leads; how it is measured follows as the third clause (a met
    # finding cited only two: the lead and one other candidate).
    finding = reviewed(_AVAILABILITY).finding("availability")
    assert finding.status is Status.MET
    texts = [e.text for e in finding.evidence]
    assert texts[0].startswith("1.2 "), texts
    assert len(texts) == 3, texts
    assert any(t.startswith("1.1 Availability is measured") for t in texts), texts
