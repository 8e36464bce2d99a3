"""Reading PDF text: paragraphs, headings, numbering, columns, furniture, Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.document import BlockKind, Document
from reviewer.errors import Cancelled
from reviewer.ingest import read_document
from reviewer.progress import CancelToken
from tests.fixtures import pdf_factory as pf


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("pdf")
    return {
        "terms": pf.support_terms_pdf(d / "terms.pdf"),
        "two": pf.two_column_pdf(d / "two.pdf"),
        "cn": pf.chinese_contract_pdf(d / "cn.pdf"),
        "hy": pf.hyphenated_pdf(d / "hy.pdf"),
    }


@pytest.fixture(scope="module")
def terms(files: dict[str, Path]) -> Document:
    return read_document(files["terms"])


def _texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kind is not BlockKind.TABLE]


def test_support_terms_paragraphs_in_reading_order(terms: Document) -> None:
    expected = [t for _, t in pf.SUPPORT_TERMS + pf.SUPPORT_TERMS_AFTER_TABLE]
    assert _texts(terms) == expected


def test_document_metadata(terms: Document, files: dict[str, Path]) -> None:
    import hashlib

    assert terms.format == "pdf"
    assert terms.pages == 2
    assert terms.language == "en"
    assert terms.sha256 == hashlib.sha256(files["terms"].read_bytes()).hexdigest()
    assert terms.page_sizes == ((595.28, 841.89), (595.28, 841.89))
    assert terms.warnings == ()


def test_running_header_and_page_footer_removed(terms: Document) -> None:
    text = terms.text
    assert pf.VENDOR not in text
    assert "Page 1 of 2" not in text and "Page 2 of 2" not in text


def test_headings_have_levels_and_body_is_paragraphs(terms: Document) -> None:
    kinds = {b.text: (b.kind, b.level) for b in terms.blocks}
    assert kinds[pf.TITLE] == (BlockKind.HEADING, 1)
    assert kinds["5. Response Times"] == (BlockKind.HEADING, 2)
    # Bold run-in heading inside a clause stays a paragraph with its number.
    clause = next(t for t in kinds if t.startswith("5.2 Response Times."))
    assert kinds[clause] == (BlockKind.PARAGRAPH, None)


def test_numbered_lines_start_blocks_without_spacing(terms: Document) -> None:
    texts = _texts(terms)
    i = texts.index("2.1 The Customer may report Incidents through the following channels:")
    assert texts[i + 1].startswith("(a) the online ticket portal")
    assert texts[i + 2].startswith("(b) email to")
    assert texts[i + 3].startswith("(c) the telephone hotline")


def test_line_boxes_locate_the_paragraph(terms: Document, files: dict[str, Path]) -> None:
    block = next(b for b in terms.blocks if b.text.startswith("1.1 "))
    loc = block.location
    assert loc.page == 1
    assert len(loc.boxes) == 2  # the clause wraps onto a second line
    first, second = loc.boxes
    assert first.x1 > 500 and first.top < first.bottom <= second.top < second.bottom
    # Cross-check with pdfplumber's own character boxes (top-left origin too).
    import pdfplumber

    with pdfplumber.open(files["terms"]) as pdf:
        words = pdf.pages[0].extract_words()
    one = next(w for w in words if w["text"] == "1.1")
    assert abs(first.x0 - one["x0"]) < 1.0
    assert first.top - 3 < one["top"] < one["bottom"] < first.bottom + 3
    later = next(b for b in terms.blocks if b.text.startswith("8.1 "))
    assert later.location.page == 2 and later.location.pages == (2,)


def test_hyphenated_line_ends_rejoined(files: dict[str, Path]) -> None:
    doc = read_document(files["hy"])
    assert _texts(doc) == [pf.HYPHENATED_JOINED]


def test_two_columns_read_column_by_column(files: dict[str, Path]) -> None:
    doc = read_document(files["two"])
    assert _texts(doc) == [pf.TWO_COLUMN_TITLE, *pf.TWO_COLUMN_LEFT, *pf.TWO_COLUMN_RIGHT]
    assert doc.blocks[0].kind is BlockKind.HEADING


def test_chinese_contract(files: dict[str, Path]) -> None:
    doc = read_document(files["cn"])
    assert doc.language == "zh"
    assert doc.pages == 2
    expected = [t for _, t in pf.CN_ITEMS + pf.CN_AFTER]
    assert _texts(doc) == expected  # no spaces inserted where lines wrap
    heads = [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert heads == [(pf.CN_TITLE, 1), ("第一条 定义", 2), ("第二条 响应时间", 2),
                     ("第三条 数据存储", 2)]
    assert "第 1 页" not in doc.text and "示例通信科技有限公司" not in doc.text


def test_progress_per_page_and_cancel(files: dict[str, Path]) -> None:
    calls: list[tuple[float, str]] = []
    read_document(files["terms"], progress=lambda f, m: calls.append((f, m)))
    assert [m for _, m in calls[:2]] == ["Read page 1 of 2", "Read page 2 of 2"]
    assert calls[-1][0] == 1.0
    assert [f for f, _ in calls] == sorted(f for f, _ in calls)

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        read_document(files["terms"], cancel=token)


def test_input_file_not_modified(files: dict[str, Path]) -> None:
    path = files["terms"]
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_document(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_benchmark_contract_reads_every_clause(tmp_path: Path) -> None:
    doc = read_document(pf.contract_pdf(tmp_path / "c.pdf", 12))
    heads = [b.text for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert heads[0] == pf.TITLE
    numbers = [int(h.split(".")[0]) for h in heads[1:]]
    assert numbers == list(range(1, len(numbers) + 1))
    paras = [b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paras) == 4 * len(numbers)
    assert all(p.split(" ")[0].count(".") == 1 for p in paras)  # "3.2 ..." each starts one
    tables = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == len(numbers) // 8


def test_chinese_two_columns_without_full_width_title(tmp_path: Path) -> None:
    doc = read_document(pf.chinese_two_column_pdf(tmp_path / "cn2.pdf"))
    expected = [t for _, t in pf.CN_TWO_COLUMN_LEFT + pf.CN_TWO_COLUMN_RIGHT]
    # The short "甲方：" / "乙方：" lines end without punctuation yet stay separate.
    assert _texts(doc) == expected


def test_wrapped_cross_reference_does_not_start_a_clause(tmp_path: Path) -> None:
    doc = read_document(pf.cross_reference_pdf(tmp_path / "xref.pdf"))
    first, second, third = pf.CROSS_REFERENCE_LINES
    assert _texts(doc) == [f"{first} {second}", third]


def test_diagonal_watermark_is_not_read_into_clauses(tmp_path: Path) -> None:
    doc = read_document(pf.watermarked_pdf(tmp_path / "wm.pdf"))
    assert _texts(doc) == list(pf.WATERMARKED_LINES)
    assert doc.warnings == ()


def test_sideways_page_is_reported(tmp_path: Path) -> None:
    doc = read_document(pf.watermarked_pdf(tmp_path / "wm.pdf", sideways_page=True))
    assert _texts(doc) == list(pf.WATERMARKED_LINES)
    (warning,) = doc.warnings
    assert "page(s) 2 is turned sideways" in warning


def test_concurrent_reads_match_sequential(files: dict[str, Path]) -> None:
    # PDFium is not thread-safe; PDFIUM_LOCK serialises our calls into it.
    from concurrent.futures import ThreadPoolExecutor

    paths = [files["terms"], files["cn"], files["two"], files["hy"]] * 2
    expected = [read_document(p).text for p in paths]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda p: read_document(p).text, paths))
    assert got == expected


def test_table_of_contents_lines_are_dropped(tmp_path: Path) -> None:
    doc = read_document(pf.toc_pdf(tmp_path / "toc.pdf"))
    assert _texts(doc) == ["Contents", "1. Definitions",
                           "1.1 Words have the meanings given in this clause."]


def test_a_pdf_without_pictures_is_read_without_importing_the_ocr_modules(files: dict[str, Path]) -> None:
    """The OCR modules are imported only for a page with a picture (~5 ms of every PDF review)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    code = ("import sys; from reviewer.ingest import read_document; d = read_document(sys.argv[1]); "
            "print(len(d.blocks), d.ocr_pages, sorted(m for m in sys.modules if 'ocr' in m))")
    out = subprocess.run([sys.executable, "-c", code, str(files["terms"])], capture_output=True, text=True,
                         check=True, cwd=root).stdout.split()
    assert int(out[0]) > 5 and out[1:] == ["()", "[]"]
