"""Reviewing a labelled corpus folder the way `reviewer eval` does, for floor tests."""

from __future__ import annotations

from pathlib import Path

from reviewer.api import load_checklist_or_default, review
from reviewer.evaluation.metrics import Evaluation, ItemOutcome, compare_with_label, evaluate, find_labelled
from reviewer.evaluation.split import split_of


def evaluate_corpus(folder: Path, minimum: int, split: str = "all") -> Evaluation:
    """Review every labelled contract in `folder` (at least `minimum` of them).

    `split` ("dev" / "test") keeps only the real-world documents of that side.
    """
    labelled = [(label, contract) for label, contract in find_labelled(folder)
                if split == "all" or split_of(label.vendor) == split]
    assert len(labelled) >= minimum, f"{folder.name}: the labelled corpus is missing files"
    checklist = load_checklist_or_default(None)
    outcomes: list[ItemOutcome] = []
    for label, contract in labelled:
        assert contract is not None, f"{label.name}: contract file missing next to its label"
        outcomes.extend(compare_with_label(label, review(contract, checklist=checklist)))
    return evaluate(outcomes)
