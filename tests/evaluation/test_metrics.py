"""Evaluation arithmetic on small hand-built Reviews (answers computed by hand)."""

from __future__ import annotations

from typing import Any

import pytest

from reviewer.errors import InputError
from reviewer.evaluation.metrics import (
    ItemLabel,
    Label,
    compare_with_label,
    evaluate,
    evidence_hit,
    f1_scores,
    facts_match,
    macro_f1,
    parse_label,
    summarize,
)
from reviewer.review import DocumentInfo, Evidence, Finding, Review, Status, Text

M, V, X = Status.MET, Status.VAGUE, Status.MISSING


def make_review(findings: dict[str, tuple[Status, list[str], dict[str, Any]]]) -> Review:
    return Review(
        document=DocumentInfo(path="c.pdf", format="pdf", pages=1, language="en"),
        checklist_id="t", checklist_version="1", score=0.0,
        findings=tuple(
            Finding(item_id=i, section="s", status=status,
                    evidence=tuple(Evidence(t, None, None) for t in texts),
                    reasons=(Text(f"reason {i}", f"理由 {i}"),), facts=facts)
            for i, (status, texts, facts) in findings.items()
        ),
    )


def make_label(name: str, items: dict[str, ItemLabel], language: str = "en",
               file: str | None = None) -> Label:
    return Label(name=name, file=file or f"{name}.pdf", language=language, items=items)


# truth:     a met, b met,   c vague, d missing, e missing, f vague
# predicted: a met, b vague, c met,   d missing, e met,     f vague
TRUTH = {"a": M, "b": M, "c": V, "d": X, "e": X, "f": V}
PRED = {"a": M, "b": V, "c": M, "d": X, "e": M, "f": V}


def six_outcomes() -> Any:
    label = make_label("c1", {i: ItemLabel(s) for i, s in TRUTH.items()})
    review = make_review({i: (s, [], {}) for i, s in PRED.items()})
    return compare_with_label(label, review)


def test_confusion_accuracy_f1_false_met_by_hand() -> None:
    m = summarize(six_outcomes())
    assert m.confusion == {
        M: {M: 1, V: 1, X: 0},
        V: {M: 1, V: 1, X: 0},
        X: {M: 1, V: 0, X: 1},
    }
    assert m.items == 6 and m.correct == 3
    assert m.accuracy == pytest.approx(0.5)
    # met: TP 1, FP 2 (c, e), FN 1 (b) -> 2/5; vague: TP 1, FP 1, FN 1 -> 2/4;
    # missing: TP 1, FP 0, FN 1 (e) -> 2/3
    assert m.f1[M] == pytest.approx(0.4)
    assert m.f1[V] == pytest.approx(0.5)
    assert m.f1[X] == pytest.approx(2 / 3)
    assert m.macro_f1 == pytest.approx((0.4 + 0.5 + 2 / 3) / 3)
    # truth vague/missing: c, d, e, f; reported met: c, e
    assert m.false_met == (2, 4)
    assert m.false_met_rate == pytest.approx(0.5)


def test_macro_f1_leaves_out_statuses_nobody_used() -> None:
    all_met = {M: {M: 4, V: 0, X: 0}, V: {M: 0, V: 0, X: 0}, X: {M: 0, V: 0, X: 0}}
    assert f1_scores(all_met) == {M: 1.0, V: None, X: None}
    assert macro_f1(all_met) == 1.0
    # predicting vague where the truth never is: vague F1 is 0 and counts
    wrong = {M: {M: 3, V: 1, X: 0}, V: {M: 0, V: 0, X: 0}, X: {M: 0, V: 0, X: 0}}
    scores = f1_scores(wrong)
    assert scores[M] == pytest.approx(6 / 7) and scores[V] == 0.0 and scores[X] is None
    assert macro_f1(wrong) == pytest.approx((6 / 7 + 0) / 2)


def test_false_met_rate_is_undefined_without_weak_items() -> None:
    label = make_label("c", {"a": ItemLabel(M)})
    m = summarize(compare_with_label(label, make_review({"a": (M, [], {})})))
    assert m.false_met == (0, 0) and m.false_met_rate is None


def test_evidence_hit_rules() -> None:
    assert evidence_hit(["15 minutes"], ["P1: respond within 15\n  MINUTES of a ticket"])
    assert evidence_hit(["P1 4 hours"], ["Ｐ１ ４ hours"])  # NFKC folds full-width forms
    assert evidence_hit(["服务等级协议"], ["本 服务 等级\n协议"])  # spaces from PDF extraction
    assert not evidence_hit(["15 minutes"], ["a", "b", "c", "within 15 minutes"])  # 4th: too late
    assert evidence_hit(["nope", "b c"], ["x", "B  C"])
    assert not evidence_hit([], ["anything"])


def test_evidence_hit_rate_counts_only_met_or_vague_items_with_quotes() -> None:
    label = make_label("c", {
        "a": ItemLabel(M, ("15 minutes",)),  # hit
        "b": ItemLabel(V, ("99.9%",)),  # tool found other text: miss
        "c": ItemLabel(M, ("named regions",)),  # tool says missing, no evidence: miss
        "d": ItemLabel(V),  # no quotes: not scored
        "e": ItemLabel(X),  # missing: not scored
    })
    review = make_review({
        "a": (M, ["Respond within 15 minutes."], {}),
        "b": (V, ["high availability"], {}),
        "c": (X, [], {}),
        "d": (V, ["whatever"], {}),
        "e": (M, ["whatever"], {}),
    })
    m = summarize(compare_with_label(label, review))
    assert m.evidence == (1, 3)
    assert m.evidence_hit_rate == pytest.approx(1 / 3)


LEVELS = [{"level": "Severity 1", "minutes": 15}, {"level": "P2", "minutes": 60}]


@pytest.mark.parametrize(
    ("key", "expected", "got", "ok"),
    [
        ("levels", LEVELS, [{"level": "severity1", "minutes": 15.0},
                            {"level": " p 2 ", "minutes": 60}], True),
        ("levels", LEVELS, [("Severity 1", 15), ("P2", 60)], True),  # pairs are fine too
        ("levels", LEVELS, list(reversed(LEVELS)), False),  # document order matters
        ("levels", LEVELS, LEVELS[:1], False),
        ("levels", LEVELS, [{"level": "Severity 1", "minutes": 15},
                            {"level": "P2", "minutes": 120}], False),
        ("levels", LEVELS, [{"level": "Sev 1", "minutes": 15}, {"level": "P2", "minutes": 60}],
         False),  # names compare as printed, only case and spaces are folded
        ("levels", LEVELS, None, False),
        # A level's name matches its longer printed form, on a word boundary.
        ("levels", [{"level": "P1 - Urgent", "minutes": 60}], [{"level": "P1", "minutes": 60}], True),
        # A bare code and its worded form are one level; different codes are not.
        ("levels", [{"level": "1", "minutes": 60}], [{"level": "Severity 1", "minutes": 60}], True),
        ("levels", [{"level": "1", "minutes": 60}], [{"level": "Severity 2", "minutes": 60}], False),
        ("levels", [{"level": "1", "minutes": 60}], [{"level": "Critical 1", "minutes": 60}], False),
        ("levels", [{"level": "Severity 1 Urgent", "minutes": 60}], [{"level": "Severity 1", "minutes": 60}],
         True),
        ("levels", [{"level": "特急问题-A", "minutes": 240}], [{"level": "特急", "minutes": 240}], True),
        ("levels", [{"level": "P10", "minutes": 60}], [{"level": "P1", "minutes": 60}], False),
        ("percent", 99.9, 99.9004, True),
        ("percent", 99.9, 99.95, False),
        ("percent", 99.9, "99.9%", True),
        ("months", 12, 12.0, True),
        ("months", 12, 18, False),
        ("hours", 72, 24, False),
        ("hours", 72, True, False),  # a boolean is not a number of hours
        ("plans", [{"plan": "Premium", "levels": LEVELS}],
         [{"plan": "premium", "levels": LEVELS}], True),
        ("plans", [{"plan": "Premium", "levels": LEVELS}],
         [{"plan": "Standard", "levels": LEVELS}], False),
        ("plans", [{"plan": "Basic", "levels": LEVELS[:1]}, {"plan": "Premium", "levels": LEVELS}],
         [{"plan": "Premium", "levels": LEVELS}, {"plan": "Basic", "levels": LEVELS[:1]}], True),  # any order
    ],
)
def test_facts_match(key: str, expected: Any, got: Any, ok: bool) -> None:
    assert facts_match(key, expected, got) is ok


def test_facts_accuracy_counts_every_expected_key() -> None:
    label = make_label("c", {
        "response-times": ItemLabel(M, (), {"levels": LEVELS}),
        "availability": ItemLabel(V, (), {"percent": 99.9}),
        "security-incident": ItemLabel(M, (), {"hours": 72}),
        "data-use": ItemLabel(X),
    })
    review = make_review({
        "response-times": (M, [], {"levels": LEVELS, "extra": 1}),  # right
        "availability": (V, [], {"percent": 99.5}),  # wrong
        "security-incident": (M, [], {}),  # not extracted: wrong
        "data-use": (X, [], {"anything": 1}),  # not labelled: not counted
    })
    m = summarize(compare_with_label(label, review))
    assert m.facts == (1, 3)
    assert m.facts_accuracy == pytest.approx(1 / 3)


def test_breakdowns_and_misses() -> None:
    en = make_label("en1", {"a": ItemLabel(M), "b": ItemLabel(X)}, "en", "en1.pdf")
    zh = make_label("zh1", {"a": ItemLabel(V), "b": ItemLabel(X)}, "zh", "zh1.docx")
    outcomes = compare_with_label(en, make_review({"a": (M, [], {}), "b": (X, [], {})})) + compare_with_label(
        zh, make_review({"a": (M, [], {}), "b": (V, [], {})})
    )
    ev = evaluate(outcomes)
    assert ev.overall.accuracy == pytest.approx(0.5)
    assert ev.by_language["en"].accuracy == 1.0
    assert ev.by_language["zh"].accuracy == 0.0
    assert ev.by_format["pdf"].items == 2 and ev.by_format["docx"].items == 2
    assert ev.by_language["zh"].false_met == (1, 2)
    assert list(ev.by_item) == ["a", "b"]
    assert ev.by_item["a"].confusion[V][M] == 1
    assert [(o.contract, o.item_id, o.expected, o.predicted) for o in ev.misses] == [
        ("zh1", "a", V, M), ("zh1", "b", X, V)
    ]
    assert ev.misses[0].reason == "reason a"


def test_items_only_one_side_knows_are_left_out() -> None:
    label = make_label("c", {"a": ItemLabel(M), "custom": ItemLabel(M)})
    outcomes = compare_with_label(label, make_review({"a": (M, [], {}), "other": (X, [], {})}))
    assert [o.item_id for o in outcomes] == ["a"]


def test_parse_label_refuses_bad_labels() -> None:
    ok = parse_label({"file": "x.docx", "language": "zh",
                      "items": {"a": {"status": "met", "evidence": ["q"],
                                      "facts": {"hours": 72}}}}, "x")
    assert ok.format == "docx" and ok.items["a"].status == M
    assert ok.items["a"].facts["hours"] == 72
    with pytest.raises(InputError, match="status 'ok'"):
        parse_label({"items": {"a": {"status": "ok"}}}, "x")
    with pytest.raises(InputError, match="'items'"):
        parse_label({"file": "x.pdf"}, "x")
    with pytest.raises(InputError, match="list of quotes"):
        parse_label({"items": {"a": {"status": "met", "evidence": "q"}}}, "x")
