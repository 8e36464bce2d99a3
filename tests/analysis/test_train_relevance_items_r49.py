"""`tools/train_relevance.py` trains the red flags too, from the documents that label them.

Most older documents of the corpus label the 25 items only: a clause of such a document
is not known to be a negative for a red flag, so it is no example for one (neither
positive nor negative). Items are fitted apart, so chosen items can be trained alone and
merged into a copy of another model (``--items ... --merge-into``).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from reviewer.evaluation.items import RED_FLAG_IDS, SPEC_ITEM_IDS
from reviewer.evaluation.metrics import parse_label
from tests.analysis.conftest import MakeContract
from tests.scripts import load_script


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script(Path("tools/train_relevance.py"), "train_relevance")


def test_the_trainer_trains_the_25_items_and_the_red_flags(trainer: ModuleType) -> None:
    assert trainer.ITEM_IDS == SPEC_ITEM_IDS + RED_FLAG_IDS


def test_a_document_that_does_not_label_an_item_gives_no_example_for_it(
        trainer: ModuleType, contract: MakeContract) -> None:
    path = contract("""
        # 7. Suspension
        7.1 Provider may suspend the Services at any time without notice.
        # 8. Availability
        8.1 The Service is available 99.9% of each calendar month.
        """)
    only_25 = parse_label({"file": path.name, "language": "en", "items": {
        "availability": {"status": "met", "evidence": ["available 99.9% of each calendar month"]}}}, "a")
    with_flags = parse_label({"file": path.name, "language": "en", "items": {
        "availability": {"status": "met", "evidence": ["available 99.9% of each calendar month"]},
        "suspension-limits": {"status": "vague", "evidence": ["may suspend the Services at any time"]}}}, "b")
    plain = trainer.examples_of(only_25, path)
    flagged = trainer.examples_of(with_flags, path)
    assert all("suspension-limits" not in e.labelled for e in plain)
    assert any("suspension-limits" in e.items for e in flagged)
    assert all("suspension-limits" in e.labelled for e in flagged)


def _example(trainer: ModuleType, doc: str, feats: set[str], items: set[str], labelled: tuple[str, ...]) -> object:
    return trainer.Example(doc, frozenset(feats), frozenset(items), frozenset(labelled))


def test_unlabelled_clauses_do_not_train_the_item(trainer: ModuleType) -> None:
    pytest.importorskip("sklearn", reason="the trainer's packages: pip install -e '.[train]'")
    everything = trainer.ITEM_IDS
    labelled = [
        _example(trainer, "a", {"sus", "pen"}, {"suspension-limits"}, everything),
        _example(trainer, "a", {"upt", "ime"}, {"availability"}, everything),
        _example(trainer, "a", {"sus", "end"}, {"suspension-limits"}, everything),
        _example(trainer, "a", {"upt", "99."}, {"availability"}, everything),
        _example(trainer, "a", {"ema", "il@"}, set(), everything),
    ]
    # A suspension clause of a document that labels the 25 items only (a red flag it does not judge).
    unlabelled = [_example(trainer, "b", {"sus", "pen", "not"}, set(), SPEC_ITEM_IDS)]
    items = ("suspension-limits", "availability")
    alone = trainer.train(labelled, 4.0, 100, items)["items"]
    both = trainer.train(labelled + unlabelled, 4.0, 100, items)["items"]
    assert alone["suspension-limits"]["positives"] == both["suspension-limits"]["positives"] == 2
    assert alone["suspension-limits"] == both["suspension-limits"]
    # ... while the 25 items learn from every document (the clause is a negative for availability).
    assert alone["availability"] != both["availability"]


def test_items_trained_apart_merge_into_a_copy_of_a_model(trainer: ModuleType) -> None:
    settings = {"format": 1, "ngrams": [2, 3, 4], "c": 4.0, "keep": 6000}
    base = {**settings, "trained_on": ["a"],
            "items": {"availability": {"bias": -1.0}, "suspension-limits": {"bias": 0.0}}}
    trained = {**settings, "trained_on": ["a", "b"], "items": {"suspension-limits": {"bias": -2.0}}}
    merged = trainer.merged(base, trained)
    assert merged["items"] == {"availability": {"bias": -1.0}, "suspension-limits": {"bias": -2.0}}
    assert merged["trained_on"] == ["a", "b"]
    assert base["items"]["suspension-limits"] == {"bias": 0.0}  # the base model is left as it was
    with pytest.raises(SystemExit, match="keep"):
        trainer.merged(base, {**trained, "keep": 3000})
