"""Format detection by content, not by extension."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reviewer.errors import InputError
from reviewer.ingest import CorruptFile, UnsupportedFormat, detect_format, read_document
from tests.fixtures import pdf_factory as pf

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("1.1 The Supplier shall respond within 30 minutes.")
    d.save(str(path))
    return path


def _ole2(path: Path, stream: str) -> Path:
    """A compound-file header followed by a directory entry naming ``stream``."""
    header = _OLE2 + b"\x00" * 504
    entry = stream.encode("utf-16-le").ljust(64, b"\x00")
    path.write_bytes(header + entry + b"\x00" * 448)
    return path


def _picture(path: Path, fmt: str) -> Path:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(buf, format=fmt)
    path.write_bytes(buf.getvalue())
    return path


def _xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Priority 1"
    wb.save(str(path))
    return path


def test_pdf_and_docx_by_content_whatever_the_extension(tmp_path: Path) -> None:
    pdf = pf.lines_pdf(tmp_path / "a.pdf", ["1. Hello."])
    docx_file = _docx(tmp_path / "b.docx")
    assert detect_format(pdf) == "pdf"
    assert detect_format(docx_file) == "docx"
    renamed_docx = tmp_path / "looks-like.pdf"
    renamed_docx.write_bytes(docx_file.read_bytes())
    renamed_pdf = tmp_path / "looks-like.docx"
    renamed_pdf.write_bytes(pdf.read_bytes())
    assert detect_format(renamed_docx) == "docx"
    assert detect_format(renamed_pdf) == "pdf"


def test_renamed_pdf_reads_as_pdf(tmp_path: Path) -> None:
    src = pf.lines_pdf(tmp_path / "a.pdf", ["1. The Supplier shall respond."])
    renamed = tmp_path / "contract.docx"
    renamed.write_bytes(src.read_bytes())
    doc = read_document(renamed)
    assert doc.format == "pdf"
    assert doc.text == "1. The Supplier shall respond."


def test_renamed_docx_reads_as_docx(tmp_path: Path) -> None:
    pytest.importorskip("reviewer.ingest.docx")
    src = _docx(tmp_path / "a.docx")
    renamed = tmp_path / "contract.pdf"
    renamed.write_bytes(src.read_bytes())
    doc = read_document(renamed)
    assert doc.format == "docx"
    assert "30 minutes" in doc.text


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: _ole2(p / "old.doc", "WordDocument"), ["old-format Word", "save it as DOCX"]),
        (lambda p: _ole2(p / "locked.docx", "EncryptedPackage"), ["password-protected Word"]),
        (lambda p: _ole2(p / "sheet.xls", "Workbook"), ["Excel", "save it as DOCX or PDF"]),
        (lambda p: _xlsx(p / "sheet.xlsx"), ["Excel spreadsheet", "save it as DOCX or PDF"]),
        (lambda p: _picture(p / "scan.png", "PNG"), ["PNG picture", "OCR"]),
        (lambda p: _picture(p / "scan.pdf", "JPEG"), ["JPEG picture", "OCR"]),
        (lambda p: _picture(p / "scan.tif", "TIFF"), ["TIFF picture"]),
        (lambda p: _write(p / "terms.rtf", b"{\\rtf1\\ansi Support terms}"), ["RTF"]),
        (lambda p: _write(p / "terms.txt", "1. 服务条款 Support terms\n".encode()),
         ["plain text", "save it as DOCX or PDF"]),
        (lambda p: _write(p / "page.html", b"<!DOCTYPE html><html><body>x</body></html>"),
         ["web page"]),
        (lambda p: _write(p / "blob.bin", bytes(range(256)) * 4), ["not a PDF or Word"]),
    ],
)
def test_unsupported_formats_say_what_to_do(tmp_path: Path, make: object,
                                            words: list[str]) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(UnsupportedFormat) as info:
        read_document(path)
    message = str(info.value)
    assert path.name in message
    for w in words:
        assert w in message


def test_damaged_zip_is_corrupt_not_unsupported(tmp_path: Path) -> None:
    data = _docx(tmp_path / "a.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile, match="damaged or incomplete"):
        read_document(cut)


def test_all_detection_errors_are_input_errors() -> None:
    assert issubclass(UnsupportedFormat, InputError) and issubclass(CorruptFile, InputError)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
