"""The review file: exact round trip, refusal of broken or future files, recovery."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.annotations import Annotations
from reviewer.clause import Clause, ClauseKind
from reviewer.document import Box, Location
from reviewer.review import Deviation, DocumentInfo, Evidence, Finding, Review, Status, Text
from reviewer.session import (
    ContractState,
    ReviewFileError,
    clear_recovery,
    contract_state,
    find_contract,
    load_review_file,
    new_saved_review,
    read_recovery,
    review_file_path_for,
    save_review_file,
    write_recovery,
)


def sample_review(path: str = "vendor.pdf", sha: str = "") -> Review:
    loc = Location(page=2, boxes=(Box(2, 72.0, 100.5, 520.25, 112.0), Box(3, 72, 80, 300, 92)))
    clauses = (
        Clause(0, ClauseKind.HEADING, "", Location(page=1), number="5", heading="Support"),
        Clause(1, ClauseKind.CLAUSE, "Priority 1 within 30 minutes.", loc, number="5.2",
               heading="Response Times", level=2, parent=0),
        Clause(2, ClauseKind.TABLE_ROW, "Level: P1; Response: 30 min", Location(index=4, row=1),
               cells=("P1", "30 min"), table_header=("Level", "Response"), table_title="Table 1"),
        Clause(3, ClauseKind.DEFINITION, "means 9-18", Location(index=1),
               defined_term="Business Hours"),
    )
    return Review(
        document=DocumentInfo(path, "pdf", 3, "en", sha, ("Page 3 looks scanned.",)),
        checklist_id="vendor-support",
        checklist_version="1",
        findings=(
            Finding("response-times", "response", Status.MET,
                    (Evidence("Priority 1 within 30 minutes.", 1, "5.2", loc),),
                    (Text("P1 30 min", "P1 30 分钟"),),
                    {"levels": [{"level": "P1", "minutes": 30}], "pair": (1, 2.5), "none": None},
                    (Deviation("top-response-minutes", 30.0, 15.0, Text("slow", "慢")),)),
            Finding("availability", "service-level", Status.MISSING),
            Finding("support-hours", "response", Status.VAGUE, (), (Text("no hours", "无"),)),
        ),
        score=61.25,
        clauses=clauses,
        section_scores={"response": 75.0, "service-level": 0.0},
    )


def annotated() -> Annotations:
    ev = Evidence("selected words", 3, None, Location(index=1))
    return (Annotations(reviewer="Li Wei")
            .with_item("availability", status_override=Status.VAGUE, override_note="see annex")
            .with_item("support-hours", note="ask for time zone", asked_vendor=True,
                       vendor_response="UTC+8", extra_evidence=(ev,)))


def test_round_trip_is_exact(tmp_path: Path) -> None:
    saved = new_saved_review(sample_review(), tmp_path / "vendor.pdf", annotated())
    out = save_review_file(tmp_path / "vendor.review.json", saved)
    back = load_review_file(tmp_path / "vendor.review.json")
    assert back == out
    assert back.review.findings[0].reasons[0].zh == "P1 30 分钟"
    assert back.review.findings[0].facts["pair"] == (1, 2.5)
    assert back.annotations.item("availability").status_override is Status.VAGUE
    assert back.reviewer == "Li Wei"
    assert out.saved and out.created


_texts = st.text(max_size=20)
_floats = st.floats(allow_nan=False, allow_infinity=False)
_facts = st.recursive(
    st.none() | st.booleans() | st.integers() | _floats | _texts,
    lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner)
    | st.dictionaries(_texts, inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None)
@given(facts=st.dictionaries(_texts, _facts, max_size=4), score=_floats, note=_texts)
def test_round_trip_any_facts(tmp_path_factory: pytest.TempPathFactory, facts: dict,
                              score: float, note: str) -> None:
    tmp = tmp_path_factory.mktemp("rt")
    review = sample_review()
    review = replace(review, score=score,
                     findings=(replace(review.findings[0], facts=facts),))
    saved = new_saved_review(review, tmp / "c.pdf", Annotations().with_item("x", note=note))
    out = save_review_file(tmp / "c.review.json", saved)
    assert load_review_file(tmp / "c.review.json") == out


def test_future_version_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "a.review.json"
    save_review_file(p, new_saved_review(sample_review(), tmp_path / "a.pdf"))
    data = json.loads(p.read_text(encoding="utf-8"))
    data["schema_version"] = 99
    p.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReviewFileError, match="newer version"):
        load_review_file(p)


@pytest.mark.parametrize("content, message", [
    (b'{"format": "contract-reviewer/review-file", "schema_ver', "damaged"),
    (b'{"hello": 1}', "not a Contract Reviewer review file"),
    (b"\xff\xfe\x00garbage", "not a review file"),
    (b'{"format": "contract-reviewer/review-file", "schema_version": 1, "review": {}}',
     "damaged"),
])
def test_broken_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "b.review.json"
    p.write_bytes(content)
    with pytest.raises(ReviewFileError, match=message):
        load_review_file(p)


def test_changed_contract_is_detected(tmp_path: Path) -> None:
    contract = tmp_path / "vendor.pdf"
    contract.write_bytes(b"%PDF-1.4 version one")
    saved = new_saved_review(sample_review(), contract)
    rf = review_file_path_for(contract)
    assert rf.name == "vendor.review.json"
    save_review_file(rf, saved)
    found = find_contract(load_review_file(rf), rf)
    assert found == contract
    assert contract_state(saved, found) is ContractState.SAME
    contract.write_bytes(b"%PDF-1.4 version two")
    assert contract_state(saved, found) is ContractState.CHANGED
    contract.unlink()
    assert find_contract(saved, rf) is None
    assert contract_state(saved, None) is ContractState.MISSING


def test_recovery_file(tmp_path: Path) -> None:
    assert read_recovery(tmp_path) is None
    saved = new_saved_review(sample_review(), tmp_path / "v.pdf", annotated())
    write_recovery(tmp_path / "data", saved, str(tmp_path / "v.review.json"))
    rec = read_recovery(tmp_path / "data")
    assert rec is not None and rec.saved == saved
    assert rec.review_file.endswith("v.review.json")
    clear_recovery(tmp_path / "data")
    assert read_recovery(tmp_path / "data") is None
