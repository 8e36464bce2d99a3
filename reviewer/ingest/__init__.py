"""Reading contract files (PDF or DOCX) into a `Document`.

`read_document` decides the format from the file's content (a DOCX renamed
``.pdf`` still opens as DOCX), dispatches to the PDF or DOCX reader and fills
in what every Document carries: sha256, language, pages, page sizes and
warnings. The input file is only ever opened for reading.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from reviewer.document import Document
from reviewer.fingerprint import file_sha256
from reviewer.ingest.detect import (
    CorruptFile,
    EmptyFile,
    FileMissing,
    FileUnreadable,
    TooManyPages,
    UnsupportedFormat,
    detect_format,
)
from reviewer.language import detect_language
from reviewer.progress import CancelToken, ProgressFn

__all__ = [
    "CorruptFile",
    "EmptyFile",
    "FileMissing",
    "FileUnreadable",
    "TooManyPages",
    "UnsupportedFormat",
    "detect_format",
    "file_sha256",
    "read_document",
]


def read_document(path: str | os.PathLike[str], password: str | None = None,
                  progress: ProgressFn | None = None,
                  cancel: CancelToken | None = None) -> Document:
    """Read a PDF or DOCX contract. Raises an `InputError` subclass on bad input."""
    kind = detect_format(path)
    if kind == "pdf":
        from reviewer.ingest.budget import read_pdf_within_budget

        doc = read_pdf_within_budget(path, password=password, progress=progress, cancel=cancel)
    else:
        # Imported here so the PDF side works whatever state the DOCX reader is in.
        from reviewer.ingest.docx import read_docx

        doc = read_docx(Path(path), progress=progress, cancel=cancel)
    return dataclasses.replace(
        doc,
        path=str(path),
        format=kind,
        sha256=doc.sha256 or file_sha256(path),
        language=detect_language(doc.text),
    )
