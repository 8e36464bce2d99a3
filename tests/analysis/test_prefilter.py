"""The literal prefilter must never hide a match the plain regexes would find."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from reviewer.analysis.matching import any_hit, find_hits
from reviewer.analysis.prefilter import active_patterns, mandatory_literals
from reviewer.checklist import default_checklist
from reviewer.checklist.literals import mandatory_requirements
from reviewer.checklist.model import Terms
from reviewer.ingest import read_document
from reviewer.segment import segment

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\brespon(?:se|d)\b", {"respon"}),
    (r"\b(?:customer|client)\s+data\b", {"data"}),
    (r"(?:甲方|客户)[^。]{0,4}确认", {"确认"}),
    # the parser factors out the common "c": either rest must appear
    (r"\b(?:customer|client)\b", {"ustomer", "lient"}),
    (r"a|bcd", None),  # one branch has no selective literal
    (r"\b(?:L|Level)\s*[1-3]", None),
    (r"(?:ab|cd)?xyz", {"xyz"}),
    # short but selective: two characters with a digit, or a rare sign
    (r"\b24\s*(?:x|×|\*|/)\s*7\b|\b7\s*(?:x|×|\*)\s*24\b", {"24"}),
    (r"\bC5\b", {"c5"}),
    (r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+", {"@"}),
    (r"\d{2}(?:\.\d+)?\s*%", {"%"}),
    (r"\bP[1]\b", {"p1"}),
    # a class of digits continues the run: one of the runs it can make
    (r"\bP[0-4]\b", {"p0", "p1", "p2", "p3", "p4"}),
    (r"\bS[1-4]\s*[:：(（–-]", {"s1", "s2", "s3", "s4"}),
    (r"\bP[a-c]\b", None),  # letters: one letter says too little
    (r"\bP[^0-4]\b", None),
    (r"\bP\d\b", None),  # every script's digits
    (r"\bx[0-9][0-9]\b", {f"x{d}" for d in range(10)}),  # at most 12 runs: the second class ends it
])
def test_mandatory_literals(pattern: str, expected: set[str] | None) -> None:
    got = mandatory_literals(pattern)
    assert (set(got) if got is not None else None) == expected


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.pdf"))[:6] + sorted(CORPUS.glob("*.docx"))[:6]:
        for clause in segment(read_document(path)):
            texts.append(" ".join(x for x in (clause.heading, clause.text) if x))
    return texts


def test_prefiltered_scan_finds_what_every_pattern_finds() -> None:
    """For every term list of the bundled checklist and every clause of 12 corpus
    contracts, a hit exists with the prefilter exactly when one of the term
    list's regexes matches on its own."""
    checklist = default_checklist()
    texts = _texts()
    assert len(texts) > 200
    checked = 0
    for item in checklist.items:
        for terms in (item.keywords, item.exclude, item.context, item.headings, item.vague):
            patterns = terms.patterns()
            for text in texts:
                naive = any(p.search(text) for p in patterns)
                assert (any_hit(terms, text) is not None) == naive, (item.id, text[:80])
                assert bool(find_hits(terms, text)) == naive, (item.id, text[:80])
                checked += 1
    assert checked > 10000


def test_find_hits_keeps_the_earliest_longest_match() -> None:
    checklist = default_checklist()
    hits = find_hits(checklist.item("support-hours").keywords, "Support hours: 24x7 for P1, business hours for P2.")
    starts = [h.start for h in hits]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))
    assert re.search("24x7", " ".join(h.text for h in hits))


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\brespon\w*\b[^.]{0,60}\b(?:business|working)\s+hours\b",
     [{"respon"}, {"business", "working"}, {"hours"}]),
    # a requirement met whenever the first is (a superset of it) is left out
    (r"(?:甲方|客户).{0,4}(?:甲方|客户|乙方)", [{"甲方", "客户"}]),
    (r"(?:甲方|客户)[^。]{0,4}确认", [{"确认"}, {"甲方", "客户"}]),
    (r"a|bcd", None),
])
def test_mandatory_requirements(pattern: str, expected: list[set[str]] | None) -> None:
    got = mandatory_requirements(pattern)
    assert ([set(r) for r in got] if got is not None else None) == expected
    assert (got[0] if got else None) == mandatory_literals(pattern)


def test_a_pattern_runs_only_where_each_of_its_requirements_is_met() -> None:
    pattern = r"\brespon\w*\b[^.]{0,60}\b(?:business|working)\s+hours\b"
    terms = Terms(en=(pattern,), compiled_en=(re.compile(pattern, re.IGNORECASE),))
    assert active_patterns(terms, "Response within 4 business hours.")
    assert find_hits(terms, "Response within 4 business hours.")
    # "respon" alone no longer chooses it: the regex is not run at all
    assert not active_patterns(terms, "Response within 4 hours of the report.")
    assert not active_patterns(terms, "Response on business days.")
