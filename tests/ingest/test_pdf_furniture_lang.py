"""Two-page documents keep sentences that sit in the top band of both pages;
Korean and Japanese contracts are read with a warning."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from reviewer.ingest import read_document
from tests.fixtures import pdf_factory as pf

RETENTION = "The goods remain the property of the Seller until paid in full."


def test_two_page_document_keeps_a_sentence_in_the_top_band(tmp_path: Path) -> None:
    lines = [RETENTION, "", "1. Delivery", "The Seller delivers within ten days of the order."]
    doc = read_document(pf.lines_pdf(tmp_path / "two.pdf", lines, pages=2))
    assert doc.text.count(RETENTION) == 2


def test_header_repeated_on_three_pages_still_goes(tmp_path: Path) -> None:
    lines = [RETENTION, "", "1. Delivery", "The Seller delivers within ten days of the order."]
    doc = read_document(pf.lines_pdf(tmp_path / "three.pdf", lines, pages=3))
    assert RETENTION not in doc.text


def _cid_pdf(path: Path, font: str, lines: list[str]) -> Path:
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 11)
    y = 780.0
    for line in lines:
        c.drawString(72, y, line)
        y -= 16
    c.showPage()
    c.save()
    return path


def test_japanese_contract_warns(tmp_path: Path) -> None:
    lines = ["第1条 サポートの範囲", "サプライヤーは、お客様からのお問い合わせに対して、"
             "営業時間内に4時間以内に回答するものとします。"] * 6
    doc = read_document(_cid_pdf(tmp_path / "ja.pdf", "HeiseiMin-W3", lines))
    assert any("Japanese" in w for w in doc.warnings)


def test_korean_contract_warns(tmp_path: Path) -> None:
    lines = ["제1조 지원 범위", "공급자는 고객의 문의에 대하여 영업시간 내 4시간 이내에 "
             "응답하여야 합니다."] * 6
    doc = read_document(_cid_pdf(tmp_path / "ko.pdf", "HYSMyeongJo-Medium", lines))
    assert any("Korean" in w for w in doc.warnings)
