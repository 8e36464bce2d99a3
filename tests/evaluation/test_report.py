"""The printed and JSON forms of an evaluation carry the hand-computed numbers."""

from __future__ import annotations

import json

from reviewer.evaluation.metrics import evaluate
from reviewer.evaluation.report import RunInfo, evaluation_json, format_report
from tests.evaluation.test_metrics import six_outcomes

RUN = RunInfo(seconds={"c1": 1.5}, failed={"c2": "c2.pdf: no text layer"}, skipped={},
              unmatched={"c1": (["custom"], [])}, checklist="t v1")


def test_text_report() -> None:
    text = format_report(evaluate(six_outcomes()), RUN, verbose=True)
    lines = text.splitlines()
    # overall confusion rows (truth met / vague / missing)
    assert any(line.split() == ["met", "1", "1", "0"] for line in lines)
    assert any(line.split() == ["vague", "1", "1", "0"] for line in lines)
    assert any(line.split() == ["missing", "1", "0", "1"] for line in lines)
    assert "Accuracy         50.0% (3/6)" in text
    assert "False-met rate   50.0% (2/4" in text
    assert "Macro-F1         52.2%" in text
    # per item: "b" is truth met predicted vague -> met row 0/1/0
    assert any(line.split() == ["b", "1", "0.0%", "0/1/0", "0/0/0", "0/0/0"] for line in lines)
    assert "c1 / e: expected missing, got met — reason e" in text
    assert "FAILED c2: c2.pdf: no text layer" in text
    assert "labelled but not in the checklist: custom" in text
    assert "Analysis time    1.50 s for 1 contract(s)" in text


def test_misses_only_with_verbose() -> None:
    text = format_report(evaluate(six_outcomes()), RUN)
    assert "Misses" not in text


def test_json_report_is_serialisable_and_complete() -> None:
    data = json.loads(json.dumps(evaluation_json(evaluate(six_outcomes()), RUN)))
    overall = data["overall"]
    assert overall["accuracy"] == 0.5
    assert overall["false_met"] == {"count": 2, "of": 4}
    assert overall["confusion"]["missing"] == {"met": 1, "vague": 0, "missing": 1}
    assert abs(overall["macro_f1"] - (0.4 + 0.5 + 2 / 3) / 3) < 1e-9
    assert set(data["by_item"]) == {"a", "b", "c", "d", "e", "f"}
    assert len(data["misses"]) == 3 and len(data["outcomes"]) == 6
    assert data["by_language"]["en"]["items"] == 6
    assert data["failed"] == {"c2": "c2.pdf: no text layer"}
    assert data["total_seconds"] == 1.5
