"""The speed work changes no decision: the labelled corpora judge the same either way.

Every contract of tests/corpus and tests/corpus_holdout is read and segmented
once, then judged twice:

- the fast path: the checklist from the compiled cache (lazy patterns, the
  literals stored with it) and the prefilter's one pass per clause for
  every item's literals;
- the reference: the checklist parsed with the pure-Python YAML loader and
  compiled pattern by pattern, its literals computed afresh, and each term
  list's literals found by plain substring tests.

Statuses, evidence, facts, reasons, deviations and confidence must be equal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reviewer.analysis import matching, prefilter
from reviewer.analysis.judge import judge_document
from reviewer.checklist import compiled, load_checklist
from reviewer.checklist.loader import _Builder, checklists_dir
from reviewer.checklist.schema import compose
from reviewer.export.review_json import review_to_dict
from reviewer.ingest import read_document
from reviewer.review import Review
from reviewer.segment import segment

TESTS = Path(__file__).resolve().parents[1]


def _contracts() -> list[Path]:
    return sorted(p for d in ("corpus", "corpus_holdout") for p in (TESTS / d).iterdir()
                  if p.suffix in (".pdf", ".docx"))


def _summary(review: Review) -> list[dict[str, Any]]:
    return [dict(item, reasons_en=[r.en for r in f.reasons], reasons_zh=[r.zh for r in f.reasons])
            for item, f in zip(review_to_dict(review, "en")["items"], review.findings, strict=True)]


@pytest.fixture(autouse=True)
def _restore() -> Any:
    yield
    prefilter.ONE_PASS = True
    prefilter.clear()
    matching.combined.cache_clear()


def test_fast_and_reference_paths_judge_the_corpora_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.ENV_DIR, str(tmp_path / "cache"))
    path = checklists_dir() / "vendor-support.yaml"
    text = path.read_text(encoding="utf-8-sig")
    load_checklist(path)  # fills the cache
    fast = load_checklist(path)
    assert isinstance(fast.items[0].keywords.compiled_en[0], compiled.LazyPattern)
    reference = _Builder(str(path)).checklist(compose(text, str(path)))

    documents = [(p, read_document(p)) for p in _contracts()]
    assert len(documents) >= 40
    parts = [(p, doc, segment(doc)) for p, doc in documents]

    prefilter.clear()
    prefilter.ONE_PASS = True
    fast_results = {p.name: _summary(judge_document(doc, clauses, fast)) for p, doc, clauses in parts}

    prefilter.clear()
    matching.combined.cache_clear()
    compiled.KNOWN_REQUIREMENTS.clear()
    prefilter.ONE_PASS = False
    ref_results = {p.name: _summary(judge_document(doc, clauses, reference)) for p, doc, clauses in parts}

    differ = [name for name in fast_results if fast_results[name] != ref_results[name]]
    assert not differ, differ
