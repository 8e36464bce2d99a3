"""Preparing page images for OCR (no Tesseract needed, fast): straightening,
ruling lines found and painted out, Chinese punctuation, words cut at a
table's vertical rules, pictures of text found on text pages, the cache."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from reviewer.document import Block, BlockKind, Box, Location
from reviewer.ingest import ocr, ocr_pages
from reviewer.ingest.ocr_image import erase_rules, find_rules, skew_degrees, straighten
from reviewer.ingest.ocr_regions import picture_regions
from reviewer.ingest.ocr_text import join_words
from reviewer.ingest.pdf import _frame
from reviewer.ingest.pdf_chars import Fragment


def _text_page(width: int = 1240, height: int = 1754) -> Image.Image:
    """A page of "text": lines of word-sized dark bars, as a scan shows them
    from afar (150 dpi)."""
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    for top in range(150, height - 150, 40):
        x = 120
        while x < width - 200:
            length = 30 + (x * 7 + top) % 70
            draw.rectangle((x, top, x + length, top + 18), fill=20)
            x += length + 14
    return img


def test_skew_is_measured_and_levelled() -> None:
    page = _text_page()
    for angle in (1.2, -0.7):
        turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
        assert abs(skew_degrees(turned) + angle) <= 0.15
    level, angle = straighten(page)
    assert angle == 0.0 and level is page


def _grid_page() -> Image.Image:
    """A ruled 3 x 3 table (lines 2 px) under a title of tall strokes."""
    img = Image.new("L", (2000, 1400), 255)
    draw = ImageDraw.Draw(img)
    for x in (200, 300, 420):  # a large title's stems: 75 px tall, standing alone
        draw.rectangle((x, 100, x + 8, 175), fill=0)
    for y in (400, 500, 600, 700):
        draw.rectangle((300, y, 1700, y + 1), fill=0)
    for x in (300, 800, 1300, 1700):
        draw.rectangle((x, 400, x + 1, 701), fill=0)
    for y in (430, 530, 630):  # cell text
        draw.rectangle((340, y, 600, y + 30), fill=30)
    return img


def test_ruling_lines_are_found_and_painted_out() -> None:
    img = _grid_page()
    rules = find_rules(img)
    hs = sorted(r.y0 for r in rules if r.horizontal)
    vs = sorted(r.x0 for r in rules if not r.horizontal)
    assert len(hs) == 4 and all(abs(a - b) <= 2 for a, b in zip(hs, (400, 500, 600, 700), strict=True))
    assert len(vs) == 4 and all(abs(a - b) <= 2 for a, b in zip(vs, (300, 800, 1300, 1700), strict=True))
    assert all(abs(r.x0 - 300) <= 3 and abs(r.x1 - 1702) <= 3 for r in rules if r.horizontal)
    clean = erase_rules(img, rules)
    assert clean.getpixel((1000, 500)) == 255 and clean.getpixel((800, 450)) == 255
    assert clean.getpixel((204, 140)) == 0  # the title's stems are no rules: kept
    assert clean.getpixel((400, 445)) == 30  # the cell text too


def test_chinese_punctuation_and_spaces_as_a_chinese_text_writes_them() -> None:
    assert join_words(["本条款", "(", "以下简称", "“SDK”", ")", "适用", ";"]) == "本条款（以下简称“SDK”）适用；"
    assert join_words(["时间为", "9:00-18:00", ",", "共", "1,000", "元", "."]) == "时间为9:00-18:00，共1,000元。"
    assert join_words(["1.1", "本服务", ":", "SLA"]) == "1.1 本服务：SLA"  # the clause number keeps its space
    assert join_words(["1", "小时"]) == "1小时"
    assert join_words(["Response", "time:", "30", "minutes", "(P1)."]) == "Response time: 30 minutes (P1)."


def test_words_across_a_vertical_rule_are_two_cells() -> None:
    line = (1, 1, 1)
    words = [ocr.Word(100, 100, 200, 130, "Priority", 95.0, line), ocr.Word(215, 100, 240, 130, "1", 95.0, line),
             ocr.Word(262, 100, 380, 130, "30", 95.0, line), ocr.Word(395, 100, 520, 130, "minutes", 95.0, line)]
    rule = ocr.PixelRule(250, 50, 250, 300, 3)
    assert [f.text for f in ocr_pages._fragments(words, [])] == ["Priority 1 30 minutes"]
    assert [f.text for f in ocr_pages._fragments(words, [rule])] == ["Priority 1", "30 minutes"]


def _png(width: int, height: int) -> ImageReader:
    buf = io.BytesIO()
    Image.new("L", (width, height), 200).save(buf, format="PNG")
    return ImageReader(io.BytesIO(buf.getvalue()))


def test_pictures_of_text_are_found_on_a_text_page(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 800, "1. The typed terms of the agreement.")
    c.drawImage(_png(400, 300), 72, 450, width=400, height=300)  # a pasted picture, no text on it
    c.drawImage(_png(60, 30), 480, 780, width=60, height=30)  # a logo: too small
    c.drawImage(_png(400, 200), 72, 100, width=400, height=200)  # a picture under typed text
    c.drawString(90, 200, "2. Text typed over a background picture.")
    c.save()
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[0]
        frags = [Fragment(72, 30, 260, 42, "1. The typed terms", 11, 0, 17),
                 Fragment(90, 630, 300, 642, "2. Text typed over", 11, 0, 17)]
        regions = picture_regions(page.raw, _frame(page), frags)
        page.close()
    finally:
        pdf.close()
    assert len(regions) == 1
    x0, top, x1, bottom = regions[0]
    assert (round(x0), round(top), round(x1), round(bottom)) == (72, 92, 472, 392)


def test_cache_keeps_rules_and_partial_pages(tmp_path: Path) -> None:
    words = [ocr.Word(10, 20, 60, 40, "SLA", 91.5, (1, 1, 1))]
    rules = (ocr.PixelRule(5, 100, 900, 100, 4),)
    pages = {1: ocr_pages.ScannedPage(1, ocr.PageText(words, 1000, 1400, 0, rules), "eng"),
             3: ocr_pages.ScannedPage(3, ocr.PageText(words, 1000, 1400), "chi_sim", partial=True)}
    path = tmp_path / "cache.json"
    ocr_pages._save_cache(path, pages)
    back = ocr_pages._load_cache(path)
    assert back[1].text.rules == rules and not back[1].partial
    assert back[3].partial and back[3].langs == "chi_sim" and back[3].text.words == words
    assert back[1].rules()[0].horizontal


def test_text_layer_blocks_on_a_partly_read_page_are_not_ocr() -> None:
    """Only the blocks made of OCR'd words get a confidence on a page whose
    pictures were read; the typed text keeps none."""
    scale = ocr_pages.SCALE
    words = [ocr.Word(round(100 / scale), round(400 / scale), round(200 / scale), round(412 / scale), "P1",
                      60.0, (1, 1, 1))]
    scans = ocr_pages.Scans({1: ocr_pages.ScannedPage(1, ocr.PageText(words, 2480, 3508), "eng", partial=True)})
    typed = Block(BlockKind.PARAGRAPH, "1. Typed terms.", Location(page=1, boxes=(Box(1, 72, 40, 300, 52),)))
    read = Block(BlockKind.PARAGRAPH, "P1", Location(page=1, boxes=(Box(1, 95, 395, 210, 415),)))
    out = ocr_pages.mark_blocks((typed, read), scans)
    assert out[0].ocr_confidence is None and out[1].ocr_confidence == 60.0
    assert "Pictures of text on page 1" in (scans.warning() or "")


def test_specks_read_as_marks_are_dropped() -> None:
    line = (1, 1, 1)
    words = [ocr.Word(100, 100, 300, 135, "Definition", 95.0, line), ocr.Word(330, 120, 334, 124, ";", 90.0, line),
             ocr.Word(400, 100, 460, 135, "一级", 90.0, line), ocr.Word(462, 125, 468, 133, ",", 90.0, line),
             ocr.Word(470, 125, 476, 133, "，", 90.0, line), ocr.Word(480, 100, 500, 135, "4", 90.0, line),
             ocr.Word(540, 118, 570, 124, "-", 80.0, line),
             ocr.Word(600, 100, 640, 135, "Time", 90.0, line), ocr.Word(652, 118, 658, 122, "-", 90.0, line)]
    assert [w.text for w in ocr.drop_specks(words)] == ["Definition", "一级", ",", "，", "4", "-", "Time"]
