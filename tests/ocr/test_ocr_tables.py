"""Ruled tables on scans, and pictures of text on pages with a text layer,
read by the real Tesseract on generated files (several seconds a page: slow).

A ruled table on a scanned page must come out as the born-digital table does
(rows of cells), so the items that depend on it (response and resolution times
per severity) get the same status; a table pasted as a picture into a typed
contract is read the same way.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reviewer import api
from reviewer.clause import ClauseKind
from reviewer.document import Document
from reviewer.pipeline import read_contract
from reviewer.segment.clauses import segment
from tests.fixtures import pdf_factory as pf
from tests.fixtures.scan_factory import picture_of, scan_pdf

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")]

TABLE_ITEMS = ("severity-definitions", "response-times", "resolution-times")


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWER_OCR_CACHE", str(tmp_path / "ocr-cache"))


def _table_rows(doc: Document) -> list[tuple[str, ...]]:
    return [tuple(r.cells) for b in doc.blocks if b.table is not None for r in b.table.rows]


def _same_table_statuses(born: Document, read: Document) -> None:
    a, b = api.review_document(born), api.review_document(read)
    for item in TABLE_ITEMS:
        assert b.finding(item).status == a.finding(item).status, item


def test_ruled_table_on_an_english_scan_is_a_table(tmp_path: Path) -> None:
    src = pf.support_terms_pdf(tmp_path / "terms.pdf")
    born = read_contract(src)
    doc = read_contract(scan_pdf(src, tmp_path / "scan.pdf", skew=0.8, noise=0.01))
    want, got = _table_rows(born), _table_rows(doc)
    assert len(got) == len(want) == 4
    assert [r[0] for r in got] == ["Priority 1", "Priority 2", "Priority 3", "Priority 4"]
    assert all(len(r) == 4 for r in got)
    assert "30 minutes" in got[0][2] and "4 hours" in got[0][3].replace("4hours", "4 hours")
    # Each row is a clause of its own, with its cells and the header's names.
    rows = [c for c in segment(doc) if c.kind is ClauseKind.TABLE_ROW]
    assert len(rows) == 4 and rows[0].cells[0] == "Priority 1"
    assert rows[0].table_header == next(r for r in segment(born) if r.kind is ClauseKind.TABLE_ROW).table_header
    _same_table_statuses(born, doc)


def test_ruled_table_on_a_chinese_scan_is_a_table(tmp_path: Path) -> None:
    src = pf.chinese_contract_pdf(tmp_path / "cn.pdf")
    born = read_contract(src)
    doc = read_contract(scan_pdf(src, tmp_path / "cn-scan.pdf", skew=0.8, noise=0.01))
    want, got = _table_rows(born), _table_rows(doc)
    assert len(got) == len(want) and all(len(r) == 3 for r in got)
    assert len([c for c in segment(doc) if c.kind is ClauseKind.TABLE_ROW]) == len(want)
    assert [r[1:] for r in got][1:] == [r[1:] for r in want][1:]  # 1小时 / 1个工作日, 4小时 / 5个工作日
    assert doc.language == "zh"
    _same_table_statuses(born, doc)


def test_pasted_picture_of_a_table_is_read_into_the_page(tmp_path: Path) -> None:
    src = pf.support_terms_pdf(tmp_path / "terms.pdf")
    born = read_contract(src)
    (table,) = [b for b in born.blocks if b.table is not None]
    box = table.location.boxes[0]
    picture = picture_of(src, tmp_path / "table.png", box.page,
                         (box.x0 - 4, box.top - 4, box.x1 + 4, box.bottom + 4), noise=0.005)
    mixed = read_contract(pf.support_terms_with_picture_pdf(tmp_path / "mixed.pdf", picture,
                                                            width=box.x1 - box.x0 + 8))
    assert [p.page for p in mixed.ocr_pages] == [box.page]
    assert any(w.startswith(f"Pictures of text on page {box.page} were read by OCR") for w in mixed.warnings)
    got = _table_rows(mixed)
    assert [r[0] for r in got] == ["Priority 1", "Priority 2", "Priority 3", "Priority 4"]
    # The typed text stays typed text (no OCR confidence); the table's words come in reading order.
    typed = [b for b in mixed.blocks if b.table is None]
    assert typed and all(b.ocr_confidence is None for b in typed)
    (read,) = [b for b in mixed.blocks if b.table is not None]
    assert read.ocr_confidence is not None and read.ocr_confidence > 80
    order = [b.text[:3] for b in mixed.blocks]
    assert order.index(read.text[:3]) == [b.text[:3] for b in born.blocks].index(table.text[:3])
    _same_table_statuses(born, mixed)
