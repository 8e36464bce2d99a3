"""Floors on the real-world corpus (tests/corpus_real): documents derived from real vendor pages.

Split by vendor (reviewer/evaluation/split.py). The relevance model and the
judge's thresholds are trained and tuned on the development side only; the
test side is measured, never tuned on (`test_model_never_saw_a_test_vendor`
in tests/analysis/test_relevance.py guards the model file).

Scored blind on the full corpus before any tuning on it (December 2026,
182 documents): the rules alone 81.3 % accuracy (test side 80.5 %), with the
first relevance model trained on tests/corpus only 85.0 % (test 83.5 %).
Documents added later were scored blind too (tests/corpus_real/README.md):
56 of writers j-p at 82.1 % (25 items), 32 of writers q-t at 85.1 %, and
later rounds of 11-76 documents at 77.8-91.1 % (rounds 53, 54 and 55, 84.8 %, 82.0 % and 79.7 %;
round 62, 28 documents at 82.9 %; round 63, 28 documents at 82.0 %; round 64, 28 documents at
85.7 %; round 65, the last, 12 documents at 88.7 %).
The floors sit a little under the figures measured when they were set
(see the closing note of issue 10 and README "Accuracy"); raise them when
the numbers go up for good. The development figures are partly in-sample
for the relevance model, so they sit higher than the test figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.evaluation.metrics import Evaluation
from tests.corpus_eval import evaluate_corpus

REAL = Path(__file__).resolve().parent / "corpus_real"

# (accuracy, macro-F1, false-met ceiling, evidence, facts) per side
FLOORS = {
    # Evidence 0.96 -> 0.95 on 5 December 2026: the verbatim audit reworded 187
    # development documents (labels unchanged) and in-sample evidence (30 items)
    # read 95.9 % on the new texts; the rules had been written on the old wording.
    # 0.95 -> 0.93 the next day: the audit's second batch reworded the remaining
    # development documents (559 of the 610 now carry the audit's sentence) and
    # in-sample evidence (30 items) read 93.9 % with the model trained on the old
    # wording (out of fold, 25 items: 90.0 %).
    # Raised late on 5 December (the model retrained on the reworded texts, and a round
    # of rules on the development errors): in-sample, 30 items, 96.3 % accuracy,
    # macro-F1 95.5 %, false-met 1.3 %, evidence 97.3 %, facts 92.2 %.
    # Raised again on 5 December, in a later session (a further round of rules): 96.9 %, 96.2 %, 1.1 %, 97.4 %, 93.0 %.
    # Facts 0.92 -> 0.925 the next session (facts42's plan and band mechanisms): 96.9 %, 96.3 %, 1.1 %, 97.5 %, 93.4 %.
    # Evidence 0.965 -> 0.975 the session after (ev43: a met finding cites three clauses,
    # a table's rows give way to the prose around them): 96.9 %, 96.3 %, 1.1 %, 98.2 %, 93.7 %.
    # Lowered on 6 December 2026 (accuracy 0.96 -> 0.955, macro-F1 0.955 -> 0.95, facts 0.925 ->
    # 0.915): rounds 41-42 added 26 development documents scored blind at ~83 %; the release
    # before reads 96.1 %, 95.2 %, 1.2 %, 97.1 %, 91.8 % on the same texts, this one 96.2 %,
    # 95.3 %, 1.3 %, 97.9 %, 91.9 %.
    # Lowered again later on 6 December (macro-F1 0.95 -> 0.945, facts 0.915 -> 0.905): rounds 43-44
    # added 27 development documents scored blind at ~82 %; the release before reads 95.7 %, 94.7 %,
    # 1.3 %, 97.0 %, 91.1 % on the same texts, this one (the model retrained on them) 95.9 %, 95.0 %,
    # 1.3 %, 97.6 %, 91.0 %.
    # Lowered again on 6 December, the session after (accuracy 0.955 -> 0.95, macro-F1 0.945 -> 0.94,
    # evidence 0.975 -> 0.965, facts 0.905 -> 0.90): rounds 45-46 added 29 development documents
    # scored blind at ~83 %; the release before reads 95.4 %, 94.4 %, 1.4 %, 96.6 %, 90.3 % on the
    # 741, this one (the model retrained on them) 95.5 %, 94.5 %, 1.4 %, 97.3 %, 90.3 %.
    # Lowered again on 6 December, the session after (accuracy 0.95 -> 0.945, macro-F1 0.94 -> 0.935,
    # facts 0.90 -> 0.89): rounds 47-49 added 44 development documents scored blind at ~80 %, and
    # response-clock was relabelled (25 development labels missing -> vague); the release before
    # reads 94.7 %, 93.5 %, 1.5 %, 95.6 %, 89.1 % on the 785, this one (the model retrained on
    # them) 95.0 %, 93.9 %, 1.6 %, 96.8 %, 89.3 %.
    # Lowered again on 6 December, the session after (macro-F1 0.935 -> 0.93, facts 0.89 -> 0.885):
    # rounds 50-52 added 40 development documents scored blind at ~80 %; the release before reads
    # 94.4 %, 93.2 %, 1.7 %, 95.7 %, 88.8 % on the 825, this one (the model retrained on them)
    # 94.6 %, 93.4 %, 1.7 %, 96.6 %, 89.0 %.
    # Lowered again on 6 December, the session after (accuracy 0.945 -> 0.94, macro-F1 0.93 -> 0.925,
    # evidence 0.965 -> 0.96, facts 0.885 -> 0.88): rounds 53-55 added 39 development documents scored
    # blind at ~82 %; in sample now 94.4 %, 93.0 %, 1.9 %, 96.4 %, 88.5 % on the 864.
    # Kept the session after: round 56 added 13 development documents scored blind at ~81 %; in
    # sample (models retrained on them, the commitment model added) 94.3 %, 93.0 %, 1.96 %, 96.1 %,
    # 88.3 % on the 877.
    # Lowered the session after (evidence 0.96 -> 0.955, facts 0.88 -> 0.87): round 57 added 40
    # development documents scored blind at ~89 % (evidence ~63 %, facts 11 of 26); the release
    # before reads 94.1 %, 92.6 %, 1.9 %, 95.4 %, 87.5 % on the 917, this one (the models retrained
    # on them) 94.3 %, 92.8 %, 1.9 %, 95.8 %, 87.4 %.
    # Lowered the session after (accuracy 0.94 -> 0.935, macro-F1 0.925 -> 0.92, false-met 0.02 ->
    # 0.021, evidence 0.955 -> 0.95, facts 0.87 -> 0.86): round 58 added 45 development documents
    # scored blind at ~81 % (evidence ~67 %, facts 31 of 66); this release (the models retrained on
    # them) reads 93.8 %, 92.3 %, 2.02 %, 95.5 %, 86.5 % on the 962, and 94.1 %, 92.7 %, 1.96 %,
    # 95.8 %, 88.0 % on the 917 of the session before.
    # Lowered the session after (macro-F1 0.92 -> 0.915, false-met 0.021 -> 0.022, facts 0.86 ->
    # 0.855): round 59 added 36 development documents scored blind at ~80 % (evidence ~69 %, facts
    # 30 of 47) and the update-policy audit moved 27 development labels; the release before reads
    # 93.4 %, 91.8 %, 2.12 %, 94.7 %, 85.9 % on the 998 (the new labels), this one (the models
    # retrained on them) 93.6 %, 92.0 %, 2.15 %, 95.2 %, 86.0 %.
    # Lowered the session after (accuracy 0.935 -> 0.93, false-met 0.022 -> 0.023, evidence 0.95 ->
    # 0.945): round 61 added 16 development documents scored blind at ~87 % (evidence ~69 %, facts
    # 10 of 14); the release before reads 93.57 %, 91.87 %, 2.19 %, 94.98 %, 85.83 % on the 1,031,
    # this one (the models retrained on them, a few rules) 93.56 %, 91.88 %, 2.18 %, 95.22 %, 85.89 %.
    # Lowered the session after (facts 0.855 -> 0.85): round 62 added 17 development documents scored
    # blind at ~83 % (facts 16 of 28) and the five settled splits moved 25 development labels; the
    # release before reads 93.41 %, 91.68 %, 2.24 %, 94.94 %, 85.40 % on the 1,048 (the new labels),
    # this one (the models retrained on them, the settled readings as rules) 93.61 %, 91.90 %, 2.17 %,
    # 95.22 %, 85.40 %.
    # Unchanged the session after: round 63 added 17 development documents scored blind at ~82 %
    # and two more audits moved 19 development labels; the release before reads 93.42 %, 91.67 %,
    # 2.20 %, 94.88 %, 85.22 % on the 1,065 (the new labels), this one (the models retrained on
    # them, rules for the settled readings) 93.65 %, 91.95 %, 2.18 %, 95.07 %, 85.28 %.
    # Lowered the session after (facts 0.85 -> 0.84): rounds 64-65 added 27 development documents
    # scored blind at ~85 % (facts 19 of 37) and eighteen blind audits moved 47 development labels;
    # the release before reads 93.44 %, 91.7 %, 2.22 %, 94.58 %, 84.53 % on the 1,092 (the new
    # labels), this one (the models retrained on them, rules for the settled readings) 93.65 %,
    # 91.9 %, 2.16 %, 94.86 %, 84.47 %.
    # Unchanged the session after: round 66 added 15 development documents scored blind at ~87 %
    # (facts 13 of 22 with its test documents); the release before reads 93.56 %, 91.8 %, 2.16 %,
    # 94.66 %, 84.22 % on the 1,107, this one (the models retrained on them) 93.58 %, 91.8 %,
    # 2.19 %, 94.77 %, 84.34 %.
    "dev": (0.93, 0.915, 0.023, 0.945, 0.84),
    # Evidence 0.88 -> 0.87 on 4 December 2026: the 20 test documents of rounds
    # 31-32 (licences, SDK guides) were scored at 58 % evidence; on the 264
    # documents before them evidence went 89.5 -> 89.7 %, all 284 read 87.8 %.
    # 0.87 -> 0.86 the same evening: the verbatim audit reworded 99 test-side
    # documents (labels unchanged), which took evidence (30 items) to 86.4 %
    # with the previous release's rules and 86.7 % with this release's.
    # 0.86 -> 0.85 on 5 December: the second batch reworded the remaining test
    # documents, which took evidence (30 items) to 85.2 % with the release of 4
    # December and 85.5 % with this one.
    # Raised the same day, measured once after the work (never tuned on): 30 items
    # 89.6 % accuracy, macro-F1 87.6 %, false-met 2.3 %, evidence 87.3 %, facts 80.6 %.
    # Raised again on 5 December, later session, measured once after the work: 89.8 %, 87.8 %, 2.4 %, 87.5 %, 81.6 %.
    # Facts 0.80 -> 0.81 the next session, measured once after the work: 89.8 %, 87.8 %, 2.4 %, 87.5 %, 82.2 %.
    # Evidence 0.87 -> 0.875 and facts 0.81 -> 0.815 the session after, measured once after
    # the work: 89.8 %, 87.8 %, 2.4 %, 88.1 %, 82.6 %.
    # Lowered late on 5 December (accuracy 0.89 -> 0.885, macro-F1 0.87 -> 0.865, evidence
    # 0.875 -> 0.865, facts 0.815 -> 0.805): rounds 37-40 added 21 test documents, scored
    # blind, and the release of the session's start read the 327 at 89.3 %, 87.1 %, 2.3 %,
    # 86.6 %, 80.8 %, under the old evidence and facts floors; this release, measured once
    # after the work: 89.2 %, 87.0 %, 2.3 %, 86.9 %, 81.0 %.
    # Lowered on 6 December 2026 (macro-F1 0.865 -> 0.86, evidence 0.865 -> 0.86, facts 0.805 ->
    # 0.795): rounds 41-42 added 17 test documents scored blind at ~82 %; the release before
    # reads 88.8 %, 86.5 %, 2.3 %, 86.1 %, 80.1 % on the same texts, this one, measured once
    # after the work, 88.8 %, 86.5 %, 2.3 %, 86.6 %, 80.1 %.
    # Lowered again later on 6 December (evidence 0.86 -> 0.855, facts 0.795 -> 0.78): rounds 43-44
    # added 22 test documents scored blind at ~82 %; the release before reads 88.5 %, 86.0 %, 2.4 %,
    # 85.7 %, 78.4 % on the 366, this one, measured once after the work, 88.6 %, 86.1 %, 2.4 %,
    # 85.9 %, 78.7 %.
    # Lowered again on 6 December, the session after (accuracy 0.885 -> 0.88, macro-F1 0.86 ->
    # 0.855, evidence 0.855 -> 0.845, facts 0.78 -> 0.775): rounds 45-46 added 22 test documents
    # scored blind at ~80 %; the release before reads 88.2 %, 85.6 %, 2.4 %, 84.8 %, 77.9 % on the
    # 388, this one, measured once after the work, 88.4 %, 85.8 %, 2.5 %, 85.2 %, 78.0 %.
    # Lowered again on 6 December, the session after (accuracy 0.88 -> 0.875, macro-F1 0.855 ->
    # 0.845, evidence 0.845 -> 0.835, facts 0.775 -> 0.77): rounds 47-49 added 40 test documents
    # scored blind at ~80 %, and 13 test labels of response-clock were relabelled missing -> vague
    # (from the texts, blind); the release before reads 87.7 %, 84.9 %, 2.5 %, 83.0 %, 77.3 % on
    # the 428, this one, measured once after the work, 87.7 %, 85.0 %, 2.5 %, 83.7 %, 77.4 %.
    # Lowered again on 6 December, the session after (evidence 0.835 -> 0.83, facts 0.77 -> 0.765):
    # rounds 50-52 added 32 test documents scored blind at ~84 %; the release before reads 87.5 %,
    # 84.6 %, 2.5 %, 82.9 %, 76.8 % on the 460, this one, measured once after the work, 87.6 %,
    # 84.7 %, 2.6 %, 83.4 %, 76.6 %.
    # Lowered again on 6 December, the session after (accuracy 0.875 -> 0.87, macro-F1 0.845 -> 0.835,
    # evidence 0.83 -> 0.815, facts 0.765 -> 0.745): rounds 53-55 added 33 test documents scored blind
    # at ~82 %; the release before reads 87.2 %, 84.1 %, 2.5 %, 82.2 %, 75.5 % on the 493, this one,
    # measured once after the work, 87.2 %, 84.1 %, 2.5 %, 82.1 %, 75.2 %.
    # Kept the session after: round 56 added 11 test documents scored blind at ~77 %; the release
    # before reads 87.0 %, 83.8 %, 2.6 %, 81.7 %, 74.9 % on the 504, this one (the commitment model),
    # measured once after the work, 87.2 %, 84.1 %, 2.7 %, 81.9 %, 75.1 %.
    # Lowered the session after (evidence 0.815 -> 0.81, facts 0.745 -> 0.73): round 57 added 36
    # test documents scored blind at ~85 % (evidence ~73 %, facts 21 of 44); the release before
    # reads 87.1 %, 83.7 %, 2.7 %, 81.3 %, 73.5 % on the 540, this one, measured once after the
    # work, 87.2 %, 83.9 %, 2.7 %, 81.5 %, 73.3 %.
    # Lowered the session after (accuracy 0.87 -> 0.865, macro-F1 0.835 -> 0.83, facts 0.73 -> 0.72):
    # round 58 added 23 test documents scored blind at ~80 % (evidence ~65 %, facts 13 of 32); the
    # release before reads 86.9 %, 83.5 %, 2.7 %, 80.9 %, 72.0 % on the 563, this one, measured once
    # after the work, 87.0 %, 83.6 %, 2.8 %, 81.3 %, 72.8 %.
    # Lowered the session after (evidence 0.81 -> 0.805, facts 0.72 -> 0.715): round 59 added 27
    # test documents scored blind at ~77 % (evidence ~70 %, facts 21 of 42) and the update-policy
    # audit moved 16 test labels; the release before reads 86.7 %, 83.2 %, 2.85 %, 80.7 %, 71.6 % on
    # the 590 (the new labels), this one, measured once after the work, 86.7 %, 83.3 %, 2.86 %,
    # 80.9 %, 71.7 %.
    # Lowered the session after (evidence 0.805 -> 0.80, facts 0.715 -> 0.71): round 60 added 11
    # test documents scored blind at ~78 % (evidence ~58 %, facts 7 of 14); the release before
    # reads 86.57 %, 83.07 %, 2.89 %, 80.48 %, 71.38 % on the 601, this one, measured once after
    # the work, 86.59 %, 83.09 %, 2.92 %, 80.42 %, 71.50 %.
    # Lowered the session after (accuracy 0.865 -> 0.86, macro-F1 0.83 -> 0.825, facts 0.71 -> 0.705):
    # round 61 added 12 test documents scored blind at ~82 % (evidence ~69 %, facts 6 of 12); the
    # release before reads 86.52 %, 82.98 %, 2.89 %, 80.22 %, 71.19 % on the 613, this one, measured
    # once after the work, 86.54 %, 83.02 %, 2.94 %, 80.51 %, 71.08 %.
    # Unchanged the session after: round 62 added 11 test documents scored blind at ~82.5 % and the
    # settled splits moved 16 test labels; the release before reads 86.51 %, 82.94 %, 2.94 %,
    # 80.39 %, 71.03 % on the 624 (the new labels), this one, measured once after the work, 86.67 %,
    # 83.12 %, 2.91 %, 80.56 %, 71.15 %.
    # Unchanged the session after: round 63 added 11 test documents scored blind at ~82 % and two
    # more audits moved 10 test labels; the release before reads 86.61 %, 83.03 %, 2.91 %,
    # 80.38 %, 71.09 % on the 635 (the new labels), this one, measured once after the work,
    # 86.83 %, 83.30 %, 2.88 %, 80.51 %, 70.98 %.
    # Unchanged the session after: rounds 64-65 added 13 test documents scored blind at ~89 % and
    # eighteen blind audits moved 41 test labels; the release before reads 86.90 %, 83.3 %, 2.89 %,
    # 80.38 %, 70.99 % on the 648 (the new labels), this one, measured once after the work,
    # 86.87 %, 83.2 %, 2.89 %, 80.43 %, 70.99 %.
    # Unchanged the session after: round 66 added 5 test documents scored blind at ~89 %; the
    # release before reads 86.89 %, 83.2 %, 2.88 %, 80.40 %, 70.89 % on the 653, this one, measured
    # once after the work, 86.86 %, 83.2 %, 2.85 %, 80.29 %, 70.89 %.
    "test": (0.86, 0.825, 0.03, 0.80, 0.705),
}


@pytest.fixture(scope="module", params=["dev", "test"])
def measured(request: pytest.FixtureRequest) -> tuple[str, Evaluation]:
    side = str(request.param)
    return side, evaluate_corpus(REAL, minimum=50, split=side)


def test_real_world_floors(measured: tuple[str, Evaluation]) -> None:
    side, evaluation = measured
    m = evaluation.overall
    accuracy, macro_f1, false_met, evidence, facts = FLOORS[side]
    numbers = (f"{side}: accuracy {m.accuracy}, macro-F1 {m.macro_f1}, false-met {m.false_met_rate}, "
               f"evidence {m.evidence_hit_rate}, facts {m.facts_accuracy}")
    assert m.accuracy is not None and m.accuracy >= accuracy, numbers
    assert m.macro_f1 is not None and m.macro_f1 >= macro_f1, numbers
    assert m.false_met_rate is not None and m.false_met_rate <= false_met, numbers
    assert m.evidence_hit_rate is not None and m.evidence_hit_rate >= evidence, numbers
    assert m.facts_accuracy is not None and m.facts_accuracy >= facts, numbers


def test_both_languages_are_measured(measured: tuple[str, Evaluation]) -> None:
    _side, evaluation = measured
    assert set(evaluation.by_language) == {"en", "zh"}
