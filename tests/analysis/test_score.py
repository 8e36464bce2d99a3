"""The 0-100 terms score: section weights x item credits (met 1, vague 0.5, missing 0).

Findings here are plain results, not judged contracts: the score is
arithmetic over statuses, checked against numbers worked out by hand from
the bundled checklist's weights (response 25, process 20, versions 20,
service level 20, security 10, scope 5; items weigh 1 within a section).
"""

from __future__ import annotations

import pytest

from reviewer.analysis.score import compute_scores
from reviewer.checklist import default_checklist
from reviewer.checklist.model import Checklist
from reviewer.review import Finding, Status


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return default_checklist()


def findings(checklist: Checklist, default: Status, **by_id: Status) -> list[Finding]:
    return [Finding(i.id, i.section, by_id.get(i.id.replace("-", "_"), default))
            for i in checklist.items]


@pytest.mark.parametrize(("status", "score"), [
    (Status.MET, 100.0), (Status.VAGUE, 50.0), (Status.MISSING, 0.0),
])
def test_uniform_statuses(checklist: Checklist, status: Status, score: float) -> None:
    total, sections = compute_scores(checklist, findings(checklist, status))
    assert total == pytest.approx(score)
    assert set(sections) == {s.id for s in checklist.sections}
    assert all(v == pytest.approx(score) for v in sections.values())


def test_one_missing_item_costs_its_share_of_its_section(checklist: Checklist) -> None:
    # data-use is 1 of 5 security items; security weighs 10 of 110 (red flags: 10).
    total, sections = compute_scores(checklist, findings(checklist, Status.MET,
                                                         data_use=Status.MISSING))
    assert sections["security"] == pytest.approx(80.0)
    assert total == pytest.approx(100 - 100 * 10 * 0.2 / 110)


def test_vague_items_earn_half(checklist: Checklist) -> None:
    # Two of five response items vague (25 of 110): 100 * 25 * (2 * 0.5 / 5) / 110 points lost.
    total, sections = compute_scores(checklist, findings(
        checklist, Status.MET, response_times=Status.VAGUE, resolution_times=Status.VAGUE))
    assert sections["response"] == pytest.approx(80.0)
    assert total == pytest.approx(100 - 100 * 25 * 0.2 / 110)


def test_status_of_recomputes_with_overrides(checklist: Checklist) -> None:
    results = findings(checklist, Status.MISSING)
    total, _ = compute_scores(checklist, results, status_of=lambda f: Status.MET)
    assert total == pytest.approx(100.0)


def test_sections_without_findings_are_left_out(checklist: Checklist) -> None:
    only_scope = [f for f in findings(checklist, Status.MET) if f.section == "scope"]
    total, sections = compute_scores(checklist, only_scope)
    assert sections == {"scope": pytest.approx(100.0)}
    assert total == pytest.approx(100.0)
    assert compute_scores(checklist, []) == (0.0, {})
