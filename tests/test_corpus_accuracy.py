"""Accuracy floors on the labelled corpus: what the analysis already achieves, kept.

Reviews every contract in tests/corpus that has a label, with the same
functions `reviewer eval` uses, and fails when a change drops a metric below
its floor. The floors sit a little under the numbers measured when this
test was written (35 contracts, November 2026: accuracy 94.9-96.7 %,
false-met 0.8-1.0 %, evidence 95.4-95.7 %, facts 87.4-96.8 %), so a rule
change that trades one contract for another passes while a real regression
does not. Raise them when the numbers go up for good.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.evaluation.metrics import Evaluation
from tests.corpus_eval import evaluate_corpus

CORPUS = Path(__file__).resolve().parent / "corpus"

ACCURACY_FLOOR = 0.92
FALSE_MET_CEILING = 0.02
EVIDENCE_FLOOR = 0.92
FACTS_FLOOR = 0.80


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return evaluate_corpus(CORPUS, minimum=30)


def _summary(ev: Evaluation) -> str:
    m = ev.overall
    misses = "\n".join(f"  {o.contract} {o.item_id}: truth {o.expected}, got {o.predicted}"
                       for o in ev.misses[:40])
    return (f"accuracy {m.accuracy:.3f} ({m.correct}/{m.items}), false-met {m.false_met_rate:.3f} "
            f"({m.false_met[0]}/{m.false_met[1]}), evidence {m.evidence_hit_rate:.3f} "
            f"({m.evidence[0]}/{m.evidence[1]}), facts {m.facts_accuracy:.3f} "
            f"({m.facts[0]}/{m.facts[1]})\nmisses:\n{misses}")


def test_every_labelled_item_was_compared(evaluation: Evaluation) -> None:
    contracts = {o.contract for o in evaluation.outcomes}
    assert len(evaluation.outcomes) == 25 * len(contracts)


def test_accuracy(evaluation: Evaluation) -> None:
    accuracy = evaluation.overall.accuracy
    assert accuracy is not None and accuracy >= ACCURACY_FLOOR, _summary(evaluation)


def test_false_met_rate(evaluation: Evaluation) -> None:
    rate = evaluation.overall.false_met_rate
    assert rate is not None and rate <= FALSE_MET_CEILING, _summary(evaluation)


def test_evidence_hit_rate(evaluation: Evaluation) -> None:
    rate = evaluation.overall.evidence_hit_rate
    assert rate is not None and rate >= EVIDENCE_FLOOR, _summary(evaluation)


def test_facts_accuracy(evaluation: Evaluation) -> None:
    rate = evaluation.overall.facts_accuracy
    assert rate is not None and rate >= FACTS_FLOOR, _summary(evaluation)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_language_holds_the_accuracy_floor(evaluation: Evaluation, language: str) -> None:
    # An average can hide one half of the corpus falling apart.
    m = evaluation.by_language[language]
    assert m.accuracy is not None and m.accuracy >= ACCURACY_FLOOR - 0.02, (
        f"{language}: accuracy {m.accuracy:.3f}\n" + _summary(evaluation))
