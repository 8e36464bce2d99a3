"""The contract itself with the findings attached: DOCX comments or PDF highlights.

The original file is only ever read. The copy is written atomically next to
it as ``<contract>-reviewed.docx`` / ``.pdf`` unless another path is given,
and a target that would overwrite the original is refused.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from zipfile import BadZipFile

from docx.opc.exceptions import PackageNotFoundError
from pypdf.errors import PyPdfError

from reviewer.annotations import Annotations
from reviewer.atomic import WriteError, write_atomic
from reviewer.checklist.model import Checklist
from reviewer.errors import InputError
from reviewer.export.annotated_clean import clean_docx_source, strip_pdf_active_content
from reviewer.export.docx_comments import comment_docx
from reviewer.export.pdf_highlights import highlight_pdf
from reviewer.export.rows import item_rows, resolve_checklist
from reviewer.fingerprint import file_sha256
from reviewer.language import Language
from reviewer.review import Review

DEFAULT_AUTHOR = "Contract Reviewer"


@dataclass(frozen=True)
class AnnotatedCopy:
    path: Path
    notes: int  # findings attached to their evidence
    unplaced: tuple[str, ...]  # item ids whose evidence could not be located
    # Active content of the contract left out of the copy ("macros (VBA)", "JavaScript"...).
    removed: tuple[str, ...] = ()

    def removed_message(self) -> str:
        if not self.removed:
            return ""
        return ("Left out of the commented copy for safety: " + ", ".join(self.removed)
                + ". The original contract still has them.")


def default_annotated_path(contract: str | Path) -> Path:
    """``vendor.pdf`` -> ``vendor-reviewed.pdf`` in the same folder."""
    p = Path(contract)
    return p.with_name(f"{p.stem}-reviewed{p.suffix.lower()}")


def _check_paths(source: Path, target: Path, fmt: str, sha256: str) -> None:
    if not source.is_file():
        raise InputError(
            f"Cannot find the contract {source} to make the commented copy. It was moved or "
            "renamed since the review: put it back or open it again.")
    if sha256 and file_sha256(source) != sha256:
        # Boxes and paragraph numbers belong to the reviewed file: on a changed
        # file the notes would land on the wrong text.
        raise InputError(
            f"The contract {source.name} has changed since it was reviewed, so the findings "
            "cannot be attached to it. Review the new version (or re-run the saved review) "
            "and export again.")
    if target.suffix.lower() != f".{fmt}":
        raise WriteError(
            f"The commented copy of a {fmt.upper()} contract must be a .{fmt} file; "
            f"choose a name ending in .{fmt} instead of {target.name}.")
    if target.exists() and target.resolve() == source.resolve():
        raise WriteError(
            f"{target.name} is the original contract: the commented copy never replaces it. "
            "Choose another file name.")


def write_annotated_copy(
    review: Review, path: str | Path | None = None, *, lang: Language = Language.EN,
    annotations: Annotations | None = None, checklist: Checklist | None = None,
    source: str | Path | None = None, password: str | None = None,
) -> AnnotatedCopy:
    """Write the commented copy of the reviewed contract.

    ``source`` is the contract file (default: the path the review was made
    from); ``path`` the copy (default: `default_annotated_path`). ``password``
    opens an encrypted PDF; the copy is encrypted with it again.
    """
    annotations = annotations or Annotations()
    fmt = review.document.format.lower()
    src = Path(source) if source is not None else Path(review.document.path)
    target = Path(path) if path else default_annotated_path(src)
    if fmt not in ("pdf", "docx"):
        raise InputError(f"Cannot make a commented copy of a {fmt} file; only PDF and DOCX.")
    _check_paths(src, target, fmt, review.document.sha256)
    rows = item_rows(review, annotations, resolve_checklist(checklist, review.checklist_id), lang)
    author = annotations.reviewer or DEFAULT_AUTHOR
    result: dict[str, tuple[int, tuple[str, ...]]] = {}

    removed: list[str] = []

    def write(tmp: Path) -> None:
        try:
            if fmt == "docx":
                with tempfile.TemporaryDirectory(prefix="reviewer-") as folder:
                    cleaned = Path(folder) / "contract.docx"
                    try:
                        removed.extend(clean_docx_source(src, cleaned))
                    except InputError as exc:
                        raise InputError(f"Cannot read the contract {src.name} to make the "
                                         f"commented copy. {exc}") from exc
                    d = comment_docx(cleaned, tmp, rows, lang, author)
                result["stats"] = (d.comments, d.unplaced)
            else:
                p = highlight_pdf(src, tmp, rows, lang, author, password)
                result["stats"] = (p.findings, p.unplaced)
                removed.extend(_strip_pdf(tmp, password))
        # PyPdfError, not only PdfReadError: pypdf refuses hostile files with
        # LimitReachedError (a declared stream length of 10^11) and others;
        # RecursionError: objects that reference themselves.
        except (PackageNotFoundError, BadZipFile, PyPdfError, KeyError, ValueError,
                RecursionError) as exc:
            raise InputError(
                f"Cannot read the contract {src.name} to make the commented copy ({exc}). "
                "It may have been replaced by a damaged file or one locked with a password; "
                "review it again.") from exc

    write_atomic(target, write)
    notes, unplaced = result["stats"]
    return AnnotatedCopy(path=target, notes=notes, unplaced=unplaced, removed=tuple(removed))


def _strip_pdf(path: Path, password: str | None) -> tuple[str, ...]:
    """Remove active content from the written copy at ``path``, rewriting it only if needed."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(path))
    encrypted = reader.is_encrypted
    if encrypted:
        reader.decrypt(password or "")
    writer = PdfWriter(clone_from=reader)
    removed = strip_pdf_active_content(writer)
    if removed:
        # Unlinked is not gone: the JavaScript, the embedded file's bytes would
        # still be written as orphan objects that a tool could dig out.
        # (One pass drops an orphan but not what only that orphan referred to.)
        for _ in range(3):
            writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        if encrypted:
            writer.encrypt(user_password=password or "", algorithm="AES-256")
        with open(path, "wb") as fh:
            writer.write(fh)
    return removed
