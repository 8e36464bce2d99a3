"""What a long contract's review prepares while the model's sums are shared with a second
process (`ClauseViews.share_model_sums`, `judge.judge_document`): the model's proposals are
found with each clause's sums, where the sums are computed, and the clauses' sentences are
split when first asked for (the parent splits them meanwhile), not in `build_views`. Either
way the views must hold what they held when everything was done in `build_views` and
`proposals` one after the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.analysis.matching import ClauseViews, build_views
from reviewer.analysis.relevance import load_model
from reviewer.analysis.sentences import split_sentences
from reviewer.ingest import read_document
from reviewer.parallel import WORKERS_ENV
from reviewer.segment import segment

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PATHS = sorted(CORPUS.glob("*-en.pdf"))[:1] + sorted(CORPUS.glob("*-zh.pdf"))[:1] + sorted(CORPUS.glob("*-en.docx"))[:1]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_proposals_found_with_the_shared_sums_are_those_found_after_them(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WORKERS_ENV, "1")  # the same tasks, all in this process (no fork under pytest)
    model = load_model()
    assert model is not None
    clauses = segment(read_document(path))
    shared = build_views(clauses)
    shared.share_model_sums(model)
    assert "_proposals" in shared.__dict__  # found with the sums, not by a second pass
    alone = build_views(clauses)
    expected = alone.proposals(model)
    got = shared.proposals(model)
    assert got == expected and list(got) == list(expected)  # the same clauses, items in the same order
    assert sum(len(v) for v in got.values()) > 0
    assert [v.model_sums(model) for v in shared] == [v.model_sums(model) for v in alone]


def test_sentences_are_split_when_first_asked_for_as_build_views_split_them() -> None:
    semicolons = 0
    for path in PATHS:
        views = build_views(segment(read_document(path)))
        assert isinstance(views, ClauseViews) and views
        assert all(v._sentences is None and v._pieces is None for v in views)  # not split up front
        for v in views:
            assert v.sentences == split_sentences(v.text)
            if ";" in v.text or "；" in v.text:
                semicolons += 1
                assert v.pieces == split_sentences(v.text, semicolons=True)
            else:
                assert v.pieces == v.sentences and v.pieces is not v.sentences
        again = build_views(segment(read_document(path)))
        again.split_all()
        assert all(v._sentences is not None and v._pieces is not None for v in again)
        assert [(v.sentences, v.pieces) for v in again] == [(v.sentences, v.pieces) for v in views]
    assert semicolons > 0


@pytest.mark.parametrize("count", [0, 1, 63, 64, 65, 800, 1_024, 1_025, 3_794, 20_000])
def test_sums_are_shared_in_tasks_that_shrink_at_the_end(count: int) -> None:
    """The clauses' sums go in tasks of 256 clauses, the last 1,024 (or fewer) in tasks of 64:
    every clause once, in order, so that the two processes end within a small task of each
    other (with equal tasks one could wait for the other's last whole one)."""
    from reviewer.analysis.matching import _chunks

    bounds = _chunks(count, ClauseViews.SUMS_CHUNK, ClauseViews.SUMS_TAIL)
    assert [i for start, end in bounds for i in range(start, end)] == list(range(count))
    sizes = [end - start for start, end in bounds]
    assert all(0 < s <= 256 for s in sizes)
    big = [k for k, s in enumerate(sizes) if s == 256]
    tail = sum(sizes[big[-1] + 1:]) if big else count
    assert all(s <= 64 for s in sizes[len(big):]) and big == list(range(len(big)))
    assert tail <= 1_024 and (count <= 1_024 or tail > 1_024 - 256)
    if count > 64:
        assert sizes[-2] == 64 and sizes[-1] <= 64
    if count > 2_000:
        assert sizes[0] == 256
