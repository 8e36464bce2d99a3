"""The checklist's fact vocabulary and the analysis's extractors name the same facts."""

from __future__ import annotations

from reviewer.analysis.facts import COLLECTIVE, EXTRACTORS
from reviewer.checklist import facts


def test_vocabulary_matches_the_extractors() -> None:
    assert set(facts.EXTRACTED) == set(EXTRACTORS)
    assert set(facts.COLLECTIVE) == set(COLLECTIVE)
