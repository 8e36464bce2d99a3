"""Segmentation of the labelled corpus (tests/corpus): real contracts, both formats.

Three checks per file, each against something the segmenter does not compute:
- every number typed in the source (tests/corpus/src) comes out as a clause
  number, in order (the oracle is a plain regular expression over the source);
- every evidence quote of the labels lies inside one clause, so the analysis
  can find and cite it;
- no text is lost or duplicated.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest

from reviewer.clause import ClauseKind
from reviewer.ingest import read_document
from reviewer.segment import segment

from .test_files import _assert_nothing_lost

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LABELS = sorted(CORPUS.glob("*.expected.json"))

# Numbers as the corpus sources type them at the start of a line.
_SOURCE_NUMBER = re.compile(
    r"(?:#+\s*)?("
    r"\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.(?=\s|[\u4e00-\u9fff])|\([a-z]{1,4}\)|\([0-9]{1,2}\)"
    r"|（[0-9]{1,2}）|第[一二三四五六七八九十百]+(?:条|章|节|部分)|[一二三四五六七八九十]+、"
    r"|（[一二三四五六七八九十]+）|附件[一二三四五六七八九十]+"
    r"|(?:Article|ARTICLE|Section|Part|Annex|Schedule|Appendix|Exhibit) [0-9IVXA-Z]+)"
)


def _norm(text: str) -> str:
    return "".join(text.split())


def _source_numbers(name: str) -> list[str] | None:
    src = CORPUS / "src" / f"{name}.txt"
    if not src.exists():
        return None
    lines = src.read_text(encoding="utf-8").splitlines()
    if any(line.replace(" ", "") == "%%numbering:auto" for line in lines):
        return None  # Word renders those numbers; the source does not show them all
    numbers = []
    for line in lines:
        if line.startswith(("%%", "|", "[")):
            continue
        m = _SOURCE_NUMBER.match(line.strip())
        if m:
            numbers.append(m.group(1))
    return numbers


@pytest.mark.parametrize("label", LABELS, ids=[p.name.split(".")[0] for p in LABELS])
def test_corpus_file(label: Path) -> None:
    expected = json.loads(label.read_text(encoding="utf-8"))
    document = read_document(CORPUS / expected["file"])
    clauses = segment(document)

    texts = [_norm(f"{c.full_text} {' '.join(c.cells or ())} {c.table_title or ''}")
             for c in clauses]
    for item, verdict in expected["items"].items():
        for quote in verdict.get("evidence", []):
            assert any(_norm(quote) in t for t in texts), f"{item}: {quote!r} is split"

    _assert_nothing_lost(document, clauses)

    numbers = _source_numbers(label.name.split(".")[0])
    if numbers is not None:
        got = [c.number for c in clauses if c.number]
        matcher = difflib.SequenceMatcher(a=numbers, b=got, autojunk=False)
        found = sum(block.size for block in matcher.get_matching_blocks())
        assert found == len(numbers), f"numbers missed: {set(numbers) - set(got)}"

    assert all(c.parent is None or c.parent < c.index for c in clauses)
    assert sum(c.kind is ClauseKind.TABLE_ROW for c in clauses) == sum(
        len([r for r in b.table.rows if any(x.strip() for x in r.cells)])
        for b in document.blocks if b.table is not None)


def test_corpus_is_there() -> None:
    # Skip nothing silently: an empty corpus folder would make the test above vacuous.
    assert len(LABELS) >= 20
