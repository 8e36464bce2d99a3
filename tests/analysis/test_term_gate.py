"""An item is scored only on the clauses its term lists can match, with the same result.

A contract's title ("Service Level Agreement") is every clause's context, so
the items whose headings it names (availability, SLA measurement) match every
clause by heading. `find_candidates` then visits only the clauses holding one
of their keyword or context literals (a heading alone makes no candidate), and
skips the keyword, exclude, context, purpose and negation scans of a clause
that holds none of a term list's literals (`matching.TermGate`). The
candidates must be exactly those of the reference path, which scores every
clause with every term list.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from reviewer.analysis import matching
from reviewer.analysis.matching import Candidate, ClauseViews, build_views, find_candidates
from reviewer.checklist import default_checklist
from reviewer.clause import ClauseKind
from reviewer.ingest import read_document
from reviewer.segment import segment

SECTIONS = {
    "1. Availability": [
        "1.1 The Service will be available 99.9% of the time in each calendar month.",
        "1.2 Availability is measured by the Provider's monitoring system every five minutes.",
        "1.3 Scheduled maintenance announced 48 hours in advance is excluded from downtime.",
        # Neither keyword: a candidate by the title and its context words (percent, month).
        "1.4 The platform runs 99.5 percent of each month.",
    ],
    "2. Support": [
        "2.1 The Provider will respond to Priority 1 incidents within 30 minutes, 24x7.",
        "2.2 Priority 2 incidents are resolved within 1 business day.",
        "2.3 Support is available by e-mail at support@example.com and by telephone.",
    ],
    "3. Fees": [
        "3.1 Fees are invoiced monthly in advance and payable within thirty days.",
        "3.2 Late payments bear interest at one percent per month.",
        "3.3 Either party may terminate this Agreement on ninety days' written notice.",
        "3.4 This Agreement is governed by the laws of England.",
        "3.5 Notices are given in writing to the addresses stated above.",
    ],
    "4. Data": [
        "4.1 Customer Data is stored in the European Union and encrypted with AES-256 at rest.",
        "4.2 The Provider will not use Customer Data to train its models.",
        "4.3 Service credits are the Customer's sole remedy for a failure to meet the uptime commitment.",
    ],
}


@pytest.fixture(scope="module")
def views(tmp_path_factory: pytest.TempPathFactory) -> ClauseViews:
    path: Path = tmp_path_factory.mktemp("gate") / "sla.docx"
    document = docx.Document()
    document.add_heading("Service Level Agreement", 1)
    for heading, clauses in SECTIONS.items():
        document.add_heading(heading, 2)
        for text in clauses:
            document.add_paragraph(text)
    document.save(str(path))
    return build_views(segment(read_document(path)))


def _key(c: Candidate) -> tuple[object, ...]:
    return (c.view.index, c.score, [(h.start, h.end, h.text) for h in c.keyword_hits], c.heading_hit,
            c.relevance, c.denies)


def test_the_title_heads_every_clause(views: ClauseViews) -> None:
    item = default_checklist().item("availability")
    clauses = [v for v in views if v.clause.kind is not ClauseKind.HEADING]
    assert len(clauses) >= 14
    assert all(matching.any_hit(item.headings, v.context) for v in clauses)


def test_every_item_finds_what_scoring_every_clause_finds(views: ClauseViews) -> None:
    found = 0
    for item in default_checklist().items:
        fast = find_candidates(item, views)
        reference = find_candidates(item, list(views))  # a plain list: every clause, every term list
        assert [_key(c) for c in fast] == [_key(c) for c in reference], item.id
        found += len(fast)
    assert found >= 10


def test_an_item_headed_everywhere_scores_only_its_keyword_and_context_clauses(
        views: ClauseViews, monkeypatch: pytest.MonkeyPatch) -> None:
    item = default_checklist().item("availability")
    scored: list[int] = []
    score = matching.score_clause

    def counting(*args: object, **kwargs: object) -> Candidate | None:
        scored.append(1)
        return score(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(matching, "score_clause", counting)
    candidates = find_candidates(item, views)
    clauses = [v for v in views if v.clause.kind is not ClauseKind.HEADING]
    assert candidates
    # The fees and notice clauses hold none of its keyword or context words.
    assert 0 < len(scored) <= len(clauses) - 5
