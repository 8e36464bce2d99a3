"""Hostile PDFs (issue 13, PDF channel): each is refused with a message that
says what to do, or read, in bounded time and memory; never a traceback.

Every file is generated here from PDF operators (tests/fixtures/raw_pdf.py);
limits are lowered through their environment variables where a default-size
bomb would only make the test slow.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from reviewer.errors import InputError, NoTextLayer
from reviewer.ingest import read_document
from reviewer.ingest.pdf_guard import PdfTooLarge, decoded_size
from tests.fixtures import pdf_factory as pf
from tests.fixtures.cpu_time import cpu_seconds
from tests.fixtures.raw_pdf import RawFont, RawPage, raw_pdf_bytes, text_lines, write_raw_pdf

MB = 1024 * 1024
LINES = ["1. Support", "The Supplier shall respond to every ticket within four hours of its "
         "creation.", "Priority 1 incidents are handled around the clock by the engineer."]


def _flate_object(data: bytes, layers: int = 1) -> bytes:
    for _ in range(layers):
        data = zlib.compress(data, 9)
    filters = b" ".join([b"/FlateDecode"] * layers)
    return (b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(data), filters) + data
            + b"\nendstream")


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEWER_LIMIT_PDF_STREAM_BYTES", str(8 * MB))
    monkeypatch.setenv("REVIEWER_LIMIT_PDF_DECODED_BYTES", str(12 * MB))


@pytest.mark.usefixtures("small_limits")
@pytest.mark.parametrize("where", ["content", "tounicode", "double"])
def test_flate_bombs_are_refused_before_pdfium(tmp_path: Path, where: str) -> None:
    bomb = b"\x00" * (20 * MB)
    if where == "content":
        page = RawPage(text_lines(LINES) + b"\n%" + bomb[:1] + b"\n" + bomb, compress=True)
        pdf = write_raw_pdf(tmp_path / "content.pdf", [page])
    elif where == "tounicode":
        font = RawFont(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                       b"/ToUnicode 4 0 R >>")
        pdf = write_raw_pdf(tmp_path / "tounicode.pdf", [RawPage(text_lines(LINES))], font,
                            extra_objects=[_flate_object(bomb)])
    else:  # Flate inside Flate: a few KB on disk
        pdf = write_raw_pdf(tmp_path / "double.pdf", [RawPage(text_lines(LINES))],
                            extra_objects=[_flate_object(bomb, layers=2)])
        assert pdf.stat().st_size < 20_000
    with pytest.raises(PdfTooLarge, match="REVIEWER_LIMIT_PDF_STREAM_BYTES"):
        read_document(pdf)


@pytest.mark.usefixtures("small_limits")
def test_many_moderate_streams_hit_the_total_limit(tmp_path: Path) -> None:
    pieces = [_flate_object(b"\x00" * (5 * MB)) for _ in range(3)]
    pdf = write_raw_pdf(tmp_path / "many.pdf", [RawPage(text_lines(LINES))],
                        extra_objects=pieces)
    with pytest.raises(PdfTooLarge, match="PDF_DECODED_BYTES"):
        read_document(pdf)


def test_decoded_size_is_counted_in_pieces() -> None:
    data = zlib.compress(zlib.compress(b"a" * (3 * MB)))
    assert decoded_size(iter([data]), 2, 100 * MB) == 3 * MB
    assert decoded_size(iter([data]), 2, MB) <= 2 * MB  # stops soon after the cap
    assert decoded_size(iter([b"not zlib"]), 1, MB) == 0


def test_ordinary_compressed_pdf_still_reads(tmp_path: Path) -> None:
    pdf = write_raw_pdf(tmp_path / "ok.pdf", [RawPage(text_lines(LINES), compress=True)])
    assert "four hours" in read_document(pdf).text


def test_sparse_huge_file_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(8 * 1024 * MB)  # sparse: no disk space used
    start = cpu_seconds()
    with pytest.raises(PdfTooLarge, match="REVIEWER_LIMIT_CONTRACT_BYTES"):
        read_document(path)
    assert cpu_seconds() - start < 1.0


def test_nul_padding_after_eof_is_accepted(tmp_path: Path) -> None:
    data = raw_pdf_bytes([RawPage(text_lines(LINES))])
    for pad in (b"\x00" * 10_000, b"\x00" * 200_000, b"\r\n" + b"\x00" * 5000 + b" \n"):
        path = tmp_path / "padded.pdf"
        path.write_bytes(data + pad)
        assert "four hours" in read_document(path).text
    path.write_bytes(data[: len(data) // 2] + b"\x00" * 10_000)
    with pytest.raises(InputError, match="interrupted download"):
        read_document(path)


def test_page_two_billion_points_wide(tmp_path: Path) -> None:
    page = RawPage(text_lines(LINES * 4), width=2e9, height=842)
    start = cpu_seconds()
    doc = read_document(write_raw_pdf(tmp_path / "wide.pdf", [page]))
    assert "four hours" in doc.text
    assert cpu_seconds() - start < 5


def test_twenty_thousand_lines_on_one_page(tmp_path: Path) -> None:
    lines = [f"Line {i} of the schedule of rates." for i in range(20_000)]
    page = RawPage(text_lines(lines, y=14_000, size=0.5, leading=0.7), height=14_100)
    start = cpu_seconds()
    doc = read_document(write_raw_pdf(tmp_path / "dense.pdf", [page]))
    assert "Line 19999 of the schedule" in doc.text
    assert cpu_seconds() - start < 30


def test_thousands_of_ruling_segments(tmp_path: Path) -> None:
    """A grid drawn as 9,280 horizontal and 9,280 vertical segments, cell by cell."""
    ops = [b"0.2 w"]
    n = 80  # 80 x 116 cells: 9,280 segments of each kind
    cols, rows = 80, 116
    del n
    for r in range(rows + 1):
        y = 800 - r * 6
        for c in range(cols):
            ops.append(b"%d %d m %d %d l S" % (20 + c * 7, y, 27 + c * 7, y))
    for c in range(cols + 1):
        x = 20 + c * 7
        for r in range(rows):
            ops.append(b"%d %d m %d %d l S" % (x, 800 - r * 6, x, 794 - r * 6))
    content = b"\n".join(ops) + b"\n" + text_lines(LINES, y=60)
    start = cpu_seconds()
    doc = read_document(write_raw_pdf(tmp_path / "grid.pdf", [RawPage(content)]))
    assert "four hours" in doc.text
    assert cpu_seconds() - start < 10


def _cmap_font(body: bytes) -> tuple[RawFont, bytes]:
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /C def "
            b"/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange " + body
            + b" endcmap CMapName currentdict /CMap defineresource pop end end")
    font = RawFont(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding /ToUnicode 4 0 R >>")
    return font, b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"


def test_characters_outside_the_bmp_are_whole(tmp_path: Path) -> None:
    font, cmap = _cmap_font(b"1 beginbfchar <7E> <D835DC00> endbfchar")
    pdf = write_raw_pdf(tmp_path / "astral.pdf",
                        [RawPage(text_lines(["Clause ~ applies to every ~~ ticket."] * 3))],
                        font, extra_objects=[cmap])
    text = read_document(pdf).text
    assert "Clause \U0001d400 applies to every \U0001d400\U0001d400 ticket." in text
    text.encode("utf-8")  # no lone surrogates


def test_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    font, cmap = _cmap_font(b"1 beginbfchar <7E> <D835> endbfchar")
    pdf = write_raw_pdf(tmp_path / "lone.pdf",
                        [RawPage(text_lines(["Clause ~ applies to every ticket."] * 3))],
                        font, extra_objects=[cmap])
    read_document(pdf).text.encode("utf-8")


@pytest.mark.parametrize("body", [b"1 beginbfrange <21> <7A> <0024> endbfrange",
                                  b"1 beginbfrange <20> <7E> <0000> endbfrange"])
def test_garbage_character_maps_warn(tmp_path: Path, body: bytes) -> None:
    font, cmap = _cmap_font(body)
    pdf = write_raw_pdf(tmp_path / "garbage.pdf", [RawPage(text_lines(LINES * 6))], font,
                        extra_objects=[cmap])
    try:
        doc = read_document(pdf)
    except NoTextLayer as exc:
        assert "OCR" in str(exc)
        return
    assert any("does not read as English or Chinese" in w or "cannot be decoded" in w
               for w in doc.warnings)


def test_english_and_chinese_contracts_do_not_warn(tmp_path: Path) -> None:
    for make in (pf.support_terms_pdf, pf.chinese_contract_pdf):
        doc = read_document(make(tmp_path / f"{make.__name__}.pdf"))
        assert doc.warnings == (), make.__name__
