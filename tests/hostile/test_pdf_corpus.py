"""The PDF cases of the hostile corpus (tests/hostile/pdf_cases.py), in process:
each reads and makes its highlighted copy, or is refused with an InputError;
never another exception. The bombs, the sparse file and the 20,000-line page
are left to benchmarks/bench_hostile.py (and tests/ingest/test_pdf_hostile.py
with lowered limits), since they take seconds each."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from reviewer.api import review
from reviewer.errors import InputError
from reviewer.export.annotated import write_annotated_copy
from tests.hostile import pdf_cases

SLOW = {"flate-bomb-content", "flate-bomb-font", "flate-bomb-tounicode", "flate-bomb-double",
        "sparse-8gb", "lines-20000-one-page", "ruling-9280-segments", "xobject-fanout-1e9"}
FAST = sorted(set(pdf_cases.CASES) - SLOW)


@pytest.mark.parametrize("name", FAST)
def test_pdf_case_is_read_or_refused_with_a_message(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.pdf"
    pdf_cases.CASES[name](path, True)
    password = "wrong" if name.startswith("encrypted") else None
    try:
        result = review(path, password=password)
    except InputError as exc:
        assert str(exc)
        return
    try:
        copy = write_annotated_copy(result, tmp_path / "copy.pdf", password=password)
    except InputError as exc:
        assert "Cannot read the contract" in str(exc)
        return
    assert copy.path.is_file()


def test_declared_stream_length_of_1e11_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    """pypdf raises LimitReachedError (not a PdfReadError) on this file."""
    path = tmp_path / "length.pdf"
    pdf_cases.length_1e11(path, True)
    result = review(path)
    assert result.findings  # PDFium reads it; only the copy is refused
    with pytest.raises(InputError, match="Cannot read the contract"):
        write_annotated_copy(result, tmp_path / "copy.pdf")


def test_active_content_is_removed_from_the_copy_and_named(tmp_path: Path) -> None:
    path = tmp_path / "active.pdf"
    pdf_cases.active_content(path, True)
    copy = write_annotated_copy(review(path), tmp_path / "copy.pdf")
    assert "JavaScript" in copy.removed_message()
    assert len(copy.removed) >= 3, copy.removed
    data = copy.path.read_bytes()
    for token in (b"/JavaScript", b"/Launch", b"/URI", b"/EmbeddedFile", b"/OpenAction",
                  b"payload.exe", b"calc.exe"):
        assert token not in data, token
    assert len(PdfReader(copy.path).pages) == 1


def _suspicious_pdf(path: Path, pages: int = 3) -> Path:
    """Three ordinary pages and one stream of 40 MB of zeros (under the limits)."""
    from tests.fixtures.raw_pdf import RawPage, text_lines, write_raw_pdf

    bomb = pdf_cases.flate_bomb(40 * pdf_cases.MB)
    return write_raw_pdf(path, [RawPage(text_lines(pdf_cases.CLAUSES))] * pages,
                         extra_objects=[pdf_cases._stream_obj(bomb, layers=1)])


def test_guard_flags_unusual_compression_as_suspicious(tmp_path: Path) -> None:
    from reviewer.ingest.pdf_guard import check_pdf
    from tests.fixtures.raw_pdf import RawPage, text_lines, write_raw_pdf

    assert check_pdf(_suspicious_pdf(tmp_path / "odd.pdf"))
    plain = write_raw_pdf(tmp_path / "plain.pdf",
                          [RawPage(text_lines(pdf_cases.CLAUSES * 3), compress=True)])
    assert not check_pdf(plain)


def test_suspicious_file_is_stopped_between_pages(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A watchdog on PDFium's page work: slow pages of a suspicious file stop with a
    message naming the limit; the same slowness on an ordinary file is not cut."""
    import time

    from reviewer.ingest import pdf as pdf_module
    from reviewer.ingest.pdf import read_pdf
    from reviewer.ingest.pdf_guard import PdfTooSlow

    scan = pdf_module._scan_page

    def slow_scan(*args):  # type: ignore[no-untyped-def]
        time.sleep(0.7)
        return scan(*args)

    monkeypatch.setattr(pdf_module, "_scan_page", slow_scan)
    monkeypatch.setenv("REVIEWER_LIMIT_PDF_SUSPICIOUS_SECONDS", "1")
    with pytest.raises(PdfTooSlow, match=r"page 2 of 3.*PDF_SUSPICIOUS_SECONDS"):
        read_pdf(_suspicious_pdf(tmp_path / "odd.pdf"))
    plain = tmp_path / "plain.pdf"
    pdf_cases.write_raw_pdf(plain, [pdf_cases.RawPage(pdf_cases.text_lines(pdf_cases.CLAUSES))] * 3)
    assert len(read_pdf(plain).page_sizes) == 3


def test_copy_of_a_page_whose_mediabox_is_three_numbers(tmp_path: Path) -> None:
    """pypdf refuses such a box; the copy gets the box PDFium used (US Letter)."""
    path = tmp_path / "box.pdf"
    pdf_cases.mediabox_three(path, True)
    copy = write_annotated_copy(review(path), tmp_path / "copy.pdf")
    page = PdfReader(copy.path).pages[0]
    assert [float(v) for v in page.mediabox] == [0, 0, 612, 792]
    assert page.get("/Annots")
