"""Bad input: every case a user can cause gets its own error and clear advice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reviewer.errors import NoTextLayer, PasswordRequired
from reviewer.ingest import (
    CorruptFile,
    EmptyFile,
    FileMissing,
    FileUnreadable,
    TooManyPages,
    read_document,
)
from reviewer.ingest.pdf import MAX_PAGES
from tests.fixtures import pdf_factory as pf


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissing, match="was not found") as info:
        read_document(tmp_path / "nowhere.pdf")
    assert "nowhere.pdf" in str(info.value)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissing, match="is a folder"):
        read_document(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = pf.lines_pdf(tmp_path / "locked.pdf", ["1. Text."])
    path.chmod(0)
    try:
        with pytest.raises(FileUnreadable, match="permission"):
            read_document(path)
    finally:
        path.chmod(0o644)


def test_unreadable_path_reports_os_error(tmp_path: Path) -> None:
    # A name too long for the file system fails on open() as root too.
    path = tmp_path / ("x" * 300 + ".pdf")
    with pytest.raises(FileUnreadable, match="shorter path"):
        read_document(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyFile, match="empty"):
        read_document(path)


def test_encrypted_pdf_asks_for_password(tmp_path: Path) -> None:
    path = pf.encrypted_pdf(tmp_path / "locked.pdf", password="s3cret")
    with pytest.raises(PasswordRequired) as info:
        read_document(path)
    assert not info.value.wrong_password
    assert "password" in str(info.value) and "--password" in str(info.value)

    with pytest.raises(PasswordRequired) as info:
        read_document(path, password="guess")
    assert info.value.wrong_password
    assert "not correct" in str(info.value)

    doc = read_document(path, password="s3cret")
    assert pf.TITLE in [b.text for b in doc.blocks]


def test_scanned_pdf_has_no_text_layer(tmp_path: Path) -> None:
    path = pf.image_only_pdf(tmp_path / "scan.pdf", pages=2)
    with pytest.raises(NoTextLayer, match="no text layer") as info:
        read_document(path)
    assert "OCR" in str(info.value) and "ocrmypdf" in str(info.value)


def test_partly_scanned_pdf_warns_with_page_numbers(tmp_path: Path) -> None:
    path = pf.image_only_pdf(tmp_path / "mixed.pdf", pages=4, text_pages=(1, 3))
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == [
        "1. This page has a real text layer for clause 1.",
        "3. This page has a real text layer for clause 3.",
    ]
    (warning,) = doc.warnings
    assert warning.startswith("Pages 2, 4 have no text layer")
    assert "OCR" in warning


def test_truncated_pdf(tmp_path: Path) -> None:
    path = pf.truncated_pdf(tmp_path / "cut.pdf")
    with pytest.raises(CorruptFile, match="incomplete") as info:
        read_document(path)
    assert "Download or export it again" in str(info.value)


def test_garbage_after_pdf_header(tmp_path: Path) -> None:
    with pytest.raises(CorruptFile, match="damaged"):
        read_document(pf.garbage_pdf(tmp_path / "garbage.pdf"))


def test_too_many_pages_is_refused(tmp_path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(MAX_PAGES + 1):
        writer.add_blank_page(width=595, height=842)
    path = tmp_path / "huge.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(TooManyPages, match=f"{MAX_PAGES + 1} pages"):
        read_document(path)


def test_blank_pdf_has_no_text(tmp_path: Path) -> None:
    path = pf.lines_pdf(tmp_path / "blank.pdf", [], pages=2)
    with pytest.raises(NoTextLayer, match="no text at all"):
        read_document(path)


def test_share_of_undecodable_text() -> None:
    from reviewer.document import Block, BlockKind, Location
    from reviewer.ingest.pdf import _unreadable_share

    def block(text: str) -> Block:
        return Block(BlockKind.PARAGRAPH, text, Location(page=1))

    assert _unreadable_share((block("1. Normal text 正常文本"),)) == 0.0
    garbled = block("\ue001\ue002\ue003 \ufffd\ufffd")
    assert _unreadable_share((garbled, block("ok"))) == pytest.approx(5 / 8)
