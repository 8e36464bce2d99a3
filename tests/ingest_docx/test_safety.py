"""Damaged, hostile and huge files: refused with advice, input never modified."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from reviewer.errors import Cancelled, InputError
from reviewer.ingest.docx import read_docx
from reviewer.ingest.docx_package import DocxDamaged, DocxTooLarge
from reviewer.progress import CancelToken
from tests.fixtures import docx_factory as f


def _copy_with(src: Path, dst: Path, replace: dict[str, bytes] | None = None,
               drop: tuple[str, ...] = (), extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = (replace or {}).get(info.filename, zin.read(info.filename))
            zout.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def _zeros_member(path: Path, name: str, megabytes: int) -> None:
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as z, \
            z.open(name, "w", force_zip64=True) as fh:
        chunk = b"\0" * (1 << 20)
        for _ in range(megabytes):
            fh.write(chunk)


@pytest.fixture
def contract(tmp_path: Path) -> Path:
    return f.english_support_contract(tmp_path / "contract.docx")


def test_input_file_is_not_modified(contract: Path) -> None:
    before = hashlib.sha256(contract.read_bytes()).hexdigest()
    mtime = contract.stat().st_mtime_ns
    read_docx(contract)
    assert hashlib.sha256(contract.read_bytes()).hexdigest() == before
    assert contract.stat().st_mtime_ns == mtime


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_text("Dear vendor, this is plain text.")
    with pytest.raises(DocxDamaged, match=r"save it again as \.docx"):
        read_docx(path)


def test_truncated_file(contract: Path, tmp_path: Path) -> None:
    data = contract.read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="damaged"):
        read_docx(path)


def test_corrupt_document_part(contract: Path, tmp_path: Path) -> None:
    # Flip bytes inside the compressed document part: the zip directory is intact.
    data = bytearray(contract.read_bytes())
    with zipfile.ZipFile(contract) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 20
    for i in range(start, start + 40):
        data[i] ^= 0x5A
    path = tmp_path / "corrupt.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(DocxDamaged):
        read_docx(path)


def test_zip_without_document_part(contract: Path, tmp_path: Path) -> None:
    path = _copy_with(contract, tmp_path / "nodoc.docx", drop=("word/document.xml",))
    with pytest.raises(DocxDamaged, match=r"word/document\.xml is missing"):
        read_docx(path)


def test_malformed_xml(contract: Path, tmp_path: Path) -> None:
    path = _copy_with(contract, tmp_path / "bad.docx",
                      replace={"word/document.xml": b"<w:document><w:body><w:p>"})
    with pytest.raises(DocxDamaged):
        read_docx(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_docx(tmp_path / "nope.docx")
    with pytest.raises(InputError, match="folder"):
        read_docx(tmp_path)


def test_compression_bomb_refused_before_inflating(contract: Path, tmp_path: Path) -> None:
    path = _copy_with(contract, tmp_path / "bomb.docx")
    _zeros_member(path, "word/media/image1.bin", 20)  # 20 MB of zeros: ratio ~1000:1
    with pytest.raises(DocxTooLarge, match="not opened for safety"):
        read_docx(path)


def test_huge_part_refused(contract: Path, tmp_path: Path) -> None:
    path = _copy_with(contract, tmp_path / "huge.docx")
    _zeros_member(path, "word/media/video.bin", 201)
    with pytest.raises(DocxTooLarge):
        read_docx(path)


def test_external_entities_are_not_resolved(contract: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-PRICE")
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<w:document xmlns:w="{f.W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
           "</w:body></w:document>").encode()
    path = _copy_with(contract, tmp_path / "xxe.docx", replace={"word/document.xml": xml})
    # Word never writes a DTD: a part that has one is refused, and nothing is fetched.
    with pytest.raises(DocxDamaged) as caught:
        read_docx(path)
    assert "TOP-SECRET" not in str(caught.value)


def test_entity_expansion_bomb(contract: Path, tmp_path: Path) -> None:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 4}">' for i in range(1, 30))
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [{entities}]><w:document xmlns:w="{f.W_NS}">'
           "<w:body><w:p><w:r><w:t>&a29;</w:t></w:r></w:p></w:body></w:document>").encode()
    path = _copy_with(contract, tmp_path / "lol.docx", replace={"word/document.xml": xml})
    with pytest.raises(DocxDamaged):
        read_docx(path)


def test_progress_and_cancel(tmp_path: Path) -> None:
    path = f.long_contract(tmp_path / "long.docx", paragraphs=450)
    calls: list[float] = []
    doc = read_docx(path, progress=lambda frac, msg: calls.append(frac))
    assert len(doc.blocks) == 450 and doc.blocks[-1].number == "450."
    assert len(calls) >= 4 and calls == sorted(calls) and calls[-1] == 1.0

    token = CancelToken()

    def cancel_midway(frac: float, msg: str) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        read_docx(path, progress=cancel_midway, cancel=token)


def test_password_protected_or_legacy_doc(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 2048)
    with pytest.raises(DocxDamaged, match="password-protected or is an old Word"):
        read_docx(path)


def test_minimal_package_without_styles_numbering_or_relationships(tmp_path: Path) -> None:
    # Some generators write only the document part; Word opens such files.
    path = tmp_path / "minimal.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", (
            f'<w:document xmlns:w="{f.W_NS}"><w:body><w:p><w:r><w:t>Only text.</w:t></w:r>'
            "</w:p></w:body></w:document>"))
    doc = read_docx(path)
    assert [(b.text, b.location.index, b.style) for b in doc.blocks] == [
        ("Only text.", 0, None)]
