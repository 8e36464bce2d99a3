"""OCR of generated scans (tests/fixtures/scan_factory.py): English and Chinese,
partly scanned, upside down, cached, cancelled, and the low-confidence rule.

Tesseract runs for real (several seconds a page), so the reading tests are
marked slow; they are skipped when Tesseract is not installed.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from reviewer import api
from reviewer.document import Block, BlockKind, Box, Document, Location, OcrPage
from reviewer.errors import Cancelled
from reviewer.ingest import ocr
from reviewer.ingest.ocr_pages import mark_blocks
from reviewer.ingest.ocr_text import join_words
from reviewer.ocr_evidence import LOW_CONFIDENCE, evidence_confidence
from reviewer.pipeline import read_contract
from reviewer.progress import CancelToken
from reviewer.review import Evidence, Status
from tests.fixtures import pdf_factory as pf
from tests.fixtures.scan_factory import scan_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def _cer(ref: str, got: str) -> float:
    a, b = "".join(ref.split()), "".join(got.split())
    return Levenshtein.distance(a, b) / max(1, len(a))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ocr-cache"
    monkeypatch.setenv("REVIEWER_OCR_CACHE", str(folder))
    return folder


def test_tsv_words_and_join() -> None:
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "5\t1\t1\t1\t1\t1\t10\t20\t30\t12\t96.5\t服务\n"
           "5\t1\t1\t1\t1\t2\t45\t20\t30\t12\t91.0\t等级\n"
           "5\t1\t1\t1\t1\t3\t80\t20\t30\t12\t5.0\t~\n"
           "5\t1\t1\t1\t1\t4\t90\t20\t30\t12\t88.0\tSLA\n")
    words = ocr.parse_tsv(tsv)
    assert [w.text for w in words] == ["服务", "等级", "SLA"]  # the 5% speck dropped
    assert (words[0].left, words[0].bottom) == (10, 32)
    assert join_words([w.text for w in words]) == "服务等级 SLA"


def test_upside_down_boxes_map_back() -> None:
    w = ocr.Word(10, 20, 110, 60, "x", 90.0, (1, 1, 1))
    (back,) = ocr._unrotate([w], 180, 1000, 2000)
    assert (back.left, back.top, back.right, back.bottom) == (890, 1940, 990, 1980)


@needs_tesseract
@pytest.mark.slow
def test_english_scan_reads_like_the_original(tmp_path: Path, cache: Path) -> None:
    src = pf.support_terms_pdf(tmp_path / "terms.pdf")
    scan = scan_pdf(src, tmp_path / "terms-scan.pdf", skew=0.8, noise=0.01)
    progress: list[str] = []
    doc = read_contract(scan, progress=lambda f, m: progress.append(m))
    born = read_contract(src)
    assert _cer(born.text, doc.text) < 0.2  # measured 0.13: the table without its rules, the running header
    assert [p.page for p in doc.ocr_pages] == list(range(1, born.pages + 1))
    assert all(p.confidence > 80 for p in doc.ocr_pages)
    assert any("read by OCR" in w for w in doc.warnings)
    assert any("OCR" in m for m in progress)
    assert all(b.ocr_confidence is not None for b in doc.blocks)
    # Boxes are on the page, in points: a highlight lands on the scan.
    width, height = doc.page_sizes[0]
    assert all(0 <= x.x0 < x.x1 <= width and 0 <= x.top < x.bottom <= height
               for b in doc.blocks for x in b.location.boxes)
    # Cached by content: the cache file holds the page, and a second read gives the same text.
    (cached,) = list(cache.glob("*.json"))
    assert set(json.loads(cached.read_text(encoding="utf-8"))) == {str(n) for n in range(1, born.pages + 1)}
    assert read_contract(scan).text == doc.text


@needs_tesseract
@pytest.mark.slow
def test_chinese_scan_is_read_in_chinese(tmp_path: Path, cache: Path) -> None:
    src = pf.chinese_contract_pdf(tmp_path / "cn.pdf")
    scan = scan_pdf(src, tmp_path / "cn-scan.pdf", skew=0.5, noise=0.005, pages=[1])
    doc = read_contract(scan)
    born = read_contract(src)
    born_p1 = "\n".join(b.text for b in born.blocks if b.location.page == 1)
    assert doc.ocr_pages[0].language.startswith("chi_sim")
    assert doc.language == "zh"
    assert _cer(born_p1, doc.text) < 0.2
    assert "第二条" in doc.text.replace(" ", "")


@needs_tesseract
@pytest.mark.slow
def test_partly_scanned_and_upside_down(tmp_path: Path, cache: Path) -> None:
    src = pf.support_terms_pdf(tmp_path / "terms.pdf")
    part = scan_pdf(src, tmp_path / "part.pdf", skew=0.3, noise=0.0, pages=[1, 2], keep_text=(1,))
    doc = read_contract(part)
    assert [p.page for p in doc.ocr_pages] == [2]
    assert {b.location.page for b in doc.blocks} == {1, 2}
    assert all(b.ocr_confidence is None for b in doc.blocks if b.location.page == 1)
    flipped = scan_pdf(src, tmp_path / "flipped.pdf", skew=0.0, noise=0.0, pages=[1], turn=180)
    upside = read_contract(flipped)
    assert "Support" in upside.text and upside.ocr_pages[0].confidence > 80


@needs_tesseract
@pytest.mark.slow  # a real Tesseract reads the first page (several seconds)
def test_cancel_stops_ocr(tmp_path: Path, cache: Path) -> None:
    src = pf.support_terms_pdf(tmp_path / "terms.pdf")
    scan = scan_pdf(src, tmp_path / "scan.pdf", noise=0.0, skew=0.0)
    token = CancelToken()
    seen: list[str] = []

    def progress(fraction: float, message: str) -> None:
        seen.append(message)
        if "OCR" in message:
            token.cancel()

    with pytest.raises(Cancelled):
        read_contract(scan, progress=progress, cancel=token)
    assert sum("OCR" in m for m in seen) == 1


def test_no_ocr_setting_keeps_the_old_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWER_NO_OCR", "1")
    src = pf.support_terms_pdf(tmp_path / "terms.pdf")
    scan = scan_pdf(src, tmp_path / "scan.pdf", noise=0.0, skew=0.0, pages=[1, 2], keep_text=(1,))
    doc = read_contract(scan)
    assert not doc.ocr_pages
    assert any(w.startswith("Page 2 has no text layer") for w in doc.warnings)


def _ocr_document(confidence: float) -> tuple[Document, Evidence]:
    box = Box(1, 50, 100, 500, 120)
    block = Block(BlockKind.PARAGRAPH, "5.1 ACME responds to P1 tickets within 30 minutes.",
                  Location(page=1, boxes=(box,)), ocr_confidence=confidence)
    doc = Document("scan.pdf", "pdf", (block,), pages=1, ocr_pages=(OcrPage(1, 9, confidence),))
    return doc, Evidence(block.text, 0, "5.1", Location(page=1, boxes=(box,)))


def test_low_confidence_evidence_is_found_under_a_quote() -> None:
    doc, ev = _ocr_document(40.0)
    assert evidence_confidence(ev, list(doc.blocks)) == 40.0
    assert evidence_confidence(dataclasses.replace(ev, location=Location(page=2, boxes=(Box(2, 0, 0, 9, 9),))),
                               list(doc.blocks)) is None
    assert mark_blocks(doc.blocks, api_scans_empty()) == doc.blocks


def api_scans_empty():  # type: ignore[no-untyped-def]
    from reviewer.ingest.ocr_pages import Scans

    return Scans()


def test_met_on_unsure_ocr_becomes_vague_and_rescored(tmp_path: Path) -> None:
    """The real judge on a real document; then the same document with its blocks
    marked as low-confidence OCR: no met item survives on that text alone."""
    src = pf.support_terms_pdf(tmp_path / "terms.pdf")
    doc = read_contract(src)
    sure = api.review_document(doc)
    assert sure.counts()[Status.MET] > 0
    unsure_doc = dataclasses.replace(
        doc, blocks=tuple(dataclasses.replace(b, ocr_confidence=LOW_CONFIDENCE - 20) for b in doc.blocks),
        ocr_pages=tuple(OcrPage(n, 100, LOW_CONFIDENCE - 20) for n in range(1, (doc.pages or 1) + 1)))
    unsure = api.review_document(unsure_doc)
    assert unsure.counts()[Status.MET] == 0
    assert unsure.score < sure.score
    changed = [f for f in unsure.findings if sure.finding(f.item_id).status is Status.MET]
    assert changed and all(f.status is Status.VAGUE and "OCR" in f.reasons[-1].en for f in changed)
    sure_again = api.review_document(dataclasses.replace(
        unsure_doc, blocks=tuple(dataclasses.replace(b, ocr_confidence=95.0) for b in doc.blocks)))
    assert [f.status for f in sure_again.findings] == [f.status for f in sure.findings]
