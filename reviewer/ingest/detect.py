"""What kind of file is this? Decided by content, never by the extension.

`detect_format(path)` returns "pdf" or "docx", or raises an `InputError`
subclass whose message tells a non-programmer what happened and what to do.
A DOCX renamed ``.pdf`` opens as DOCX; a ``.doc`` renamed ``.docx`` is refused
with advice to save it as DOCX.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

from reviewer.errors import InputError

SAVE_AS = "Open it in Word or WPS and save it as DOCX or PDF, then open that file."


class FileMissing(InputError):
    """The path does not exist (or is a folder)."""


class FileUnreadable(InputError):
    """The file exists but cannot be read (permissions, locked by another program)."""


class EmptyFile(InputError):
    """The file has zero bytes."""


class UnsupportedFormat(InputError):
    """Not a PDF or DOCX: legacy .doc, RTF, an image, a spreadsheet, plain text..."""


class CorruptFile(InputError):
    """A PDF or DOCX that is damaged or incomplete."""


class TooManyPages(InputError):
    """A PDF with more pages than a contract can plausibly have."""


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF87a", "a GIF picture"),
    (b"GIF89a", "a GIF picture"),
    (b"II*\x00", "a TIFF picture"),
    (b"MM\x00*", "a TIFF picture"),
    (b"BM", "a BMP picture"),
)


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _head(path: Path, size: int = 8192) -> bytes:
    name = path.name
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except OSError as exc:  # e.g. a name too long for the file system
        raise FileUnreadable(f"{name} could not be opened ({exc.strerror or exc}). Move or "
                             "rename it to a shorter path and try again.") from exc
    if not exists:
        raise FileMissing(
            f"The file {name} was not found at {path.parent}. It may have been moved, renamed "
            "or deleted. Choose the file again."
        )
    if is_dir:
        raise FileMissing(f"{name} is a folder, not a file. Choose the contract file itself.")
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except PermissionError as exc:
        raise FileUnreadable(
            f"You do not have permission to read {name}. Copy it to a folder you own, or ask "
            "whoever shared it to give you read access, then open it again."
        ) from exc
    except OSError as exc:
        raise FileUnreadable(
            f"{name} could not be read ({exc.strerror or exc}). If it is open in another "
            "program or on a network drive, close it or copy it to this computer first."
        ) from exc


def detect_format(path: str | os.PathLike[str]) -> str:
    """Return "pdf" or "docx" for a readable contract file, else raise an InputError."""
    p = Path(path)
    head = _head(p)
    name = p.name
    if not head:
        raise EmptyFile(
            f"{name} is empty (0 bytes): the download or copy did not finish. Get the file "
            "again from its source."
        )
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(p)
    if head.startswith(_OLE2):
        raise UnsupportedFormat(_ole2_message(p, head))
    if head.lstrip().startswith(b"{\\rtf"):
        raise UnsupportedFormat(f"{name} is an RTF document, which is not supported. {SAVE_AS}")
    for magic, what in _IMAGES:
        if head.startswith(magic):
            _image(name, what)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        _image(name, "a WebP picture")
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        _image(name, "a HEIC photo")
    lowered = head[:512].lower()
    if b"<html" in lowered or b"<!doctype html" in lowered:
        raise UnsupportedFormat(f"{name} is a web page (HTML), not a document. {SAVE_AS}")
    if _looks_like_text(head):
        raise UnsupportedFormat(
            f"{name} is a plain text file. Contracts are read from DOCX or PDF so that "
            f"clause numbering, tables and page locations are kept. {SAVE_AS}"
        )
    raise UnsupportedFormat(f"{name} is not a PDF or Word (DOCX) document. {SAVE_AS}")


def _image(name: str, what: str) -> NoReturn:
    raise UnsupportedFormat(
        f"{name} is {what}, not a document. If it is a scanned contract, turn it into a "
        "searchable PDF with OCR (for example `ocrmypdf scan.pdf out.pdf`), or ask the vendor "
        "for the DOCX or PDF original."
    )


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return head.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16 with a BOM
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the buffer end
            try:
                head.decode("gb18030")
            except UnicodeDecodeError:
                return False
    return True


def _ole2_message(p: Path, head: bytes) -> str:
    # The compound file's directory names its streams in UTF-16; it is usually
    # within the first sectors, but read more to be sure.
    try:
        with p.open("rb") as fh:
            data = head + fh.read(1 << 20)[len(head):]
    except OSError:
        data = head
    name = p.name
    if _utf16("EncryptedPackage") in data:
        return (f"{name} is a password-protected Word file. Open it in Word, remove the "
                "password (File > Info > Protect Document), save it as DOCX, and open that.")
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return f"{name} is an old Excel spreadsheet (.xls), not a contract document. {SAVE_AS}"
    if _utf16("PowerPoint Document") in data:
        return f"{name} is a PowerPoint presentation, not a contract document. {SAVE_AS}"
    return (f"{name} is an old-format Word document (.doc), which is not supported. "
            f"{SAVE_AS}")


def _zip_kind(p: Path) -> str:
    import zipfile  # only for a ZIP file: a PDF review does not import it

    name = p.name
    try:
        with zipfile.ZipFile(p) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptFile(
            f"{name} looks like a Word (DOCX) or other Office file but is damaged or "
            "incomplete. Download or export it again; if Word can open it, save a new copy "
            "as DOCX."
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnsupportedFormat(f"{name} is an Excel spreadsheet, not a contract document. "
                                f"{SAVE_AS}")
    if any(n.startswith("ppt/") for n in names):
        raise UnsupportedFormat(f"{name} is a PowerPoint presentation, not a contract "
                                f"document. {SAVE_AS}")
    if "content.xml" in names:
        raise UnsupportedFormat(f"{name} is an OpenDocument file (LibreOffice/WPS), which is "
                                f"not supported. {SAVE_AS}")
    raise UnsupportedFormat(f"{name} is a ZIP archive, not a contract document. Unpack it "
                            "and open the DOCX or PDF inside.")
