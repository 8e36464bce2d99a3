"""The review file: a saved review with the reviewer's work, reopened later.

A review file (``vendor.review.json`` next to ``vendor.pdf``) holds the
contract's file name and SHA-256, the checklist id and version, the full
findings, the annotations (overrides, notes, asked-vendor, vendor responses,
added evidence), the reviewer's name and timestamps. It round-trips exactly:
``load_review_file(p)`` after ``save_review_file(p, s)`` equals ``s``.

Reopening against a contract whose hash differs is detected by
`contract_state`; `rerun` reviews the new contract and keeps every annotation
by item id. The recovery file (autosave) uses the same format plus the path
of the review file it stands in for. No Qt here: the CLI can use all of it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from reviewer import __version__, limits
from reviewer.annotations import Annotations, now_iso
from reviewer.atomic import write_text_atomic
from reviewer.checklist.resolve import ChecklistSpec, checklist_for_review, resolve_checklist
from reviewer.document import Document
from reviewer.errors import ReviewerError
from reviewer.fingerprint import file_sha256
from reviewer.progress import CancelToken, ProgressFn
from reviewer.review import Review
from reviewer.session.codec import (
    DecodeError,
    clean_annotations,
    decode_annotations,
    decode_review,
    encode_annotations,
    encode_review,
)
from reviewer.session.codec_types import check_depth, obj
from reviewer.session.codec_types import text as field_text

try:
    import fcntl
except ImportError:  # Windows: the content check alone guards saves
    fcntl = None  # type: ignore[assignment]

FORMAT = "contract-reviewer/review-file"
SCHEMA_VERSION = 1
SUFFIX = ".review.json"


class ReviewFileError(ReviewerError):
    """A review file cannot be opened (broken, not a review file, too new)."""


@dataclass(frozen=True)
class SavedReview:
    """Everything a review file holds."""

    review: Review
    annotations: Annotations = field(default_factory=Annotations)
    contract_name: str = ""  # file name, looked up next to the review file
    contract_path: str = ""  # absolute path when saved, the fallback
    contract_sha256: str = ""
    created: str = ""
    saved: str = ""
    app_version: str = __version__
    # The file this value was read from or last written to, and the SHA-256 of
    # its bytes then: a save refuses to replace a file that changed since.
    loaded_from: str = field(default="", compare=False, repr=False)
    loaded_sha256: str = field(default="", compare=False, repr=False)

    @property
    def reviewer(self) -> str:
        return self.annotations.reviewer


class ContractState(StrEnum):
    SAME = "same"  # the contract is there and unchanged
    CHANGED = "changed"  # found, but its SHA-256 differs
    MISSING = "missing"  # not found next to the review file nor at its old path


def review_file_path_for(contract: str | Path) -> Path:
    """``vendor.pdf`` -> ``vendor.review.json`` in the same folder."""
    p = Path(contract)
    return p.with_name(p.stem + SUFFIX)


def new_saved_review(
    review: Review, contract_path: str | Path, annotations: Annotations | None = None
) -> SavedReview:
    p = Path(contract_path)
    sha = review.document.sha256 or (file_sha256(p) if p.is_file() else "")
    return SavedReview(
        review=review,
        annotations=annotations or Annotations(),
        contract_name=p.name,
        contract_path=str(p.resolve()),
        contract_sha256=sha,
        created=now_iso(),
    )


# --- to and from JSON -----------------------------------------------------------

def to_dict(saved: SavedReview) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": saved.app_version,
        "contract": {
            "name": saved.contract_name,
            "path": saved.contract_path,
            "sha256": saved.contract_sha256,
        },
        "checklist": {
            "id": saved.review.checklist_id,
            "version": saved.review.checklist_version,
        },
        "reviewer": saved.annotations.reviewer,
        "created": saved.created,
        "saved": saved.saved,
        "review": encode_review(saved.review),
        "annotations": encode_annotations(saved.annotations),
    }


def from_dict(data: Any, source: str = "review file") -> SavedReview:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReviewFileError(
            f"{source} is not a Contract Reviewer review file. Open a file saved by "
            "File > Save Review (it ends in .review.json)."
        )
    version = data.get("schema_version")
    if not isinstance(version, int):
        raise ReviewFileError(f"{source} is damaged: it has no schema version.")
    if version > SCHEMA_VERSION:
        raise ReviewFileError(
            f"{source} was saved by a newer version of Contract Reviewer (review file "
            f"version {version}; this version reads up to {SCHEMA_VERSION}). "
            "Update Contract Reviewer to open it."
        )
    try:
        check_depth(data, source)
        contract = obj(data.get("contract"), "contract")
        return SavedReview(
            review=decode_review(data.get("review"), "review"),
            annotations=decode_annotations(data.get("annotations", {}), "annotations"),
            contract_name=field_text(contract, "name", "contract", "", person=True),
            contract_path=field_text(contract, "path", "contract", "", person=True),
            contract_sha256=field_text(contract, "sha256", "contract", ""),
            created=field_text(data, "created", "", ""),
            saved=field_text(data, "saved", "", ""),
            app_version=field_text(data, "app_version", "", ""),
        )
    except DecodeError as exc:
        raise ReviewFileError(
            f"{source} is damaged or was edited by hand and cannot be opened: {exc}. "
            "Open an earlier copy, or review the contract again."
        ) from exc
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, RecursionError) as exc:
        raise ReviewFileError(
            f"{source} is damaged and cannot be opened ({type(exc).__name__}: {exc}). "
            "Open an earlier copy, or review the contract again."
        ) from exc


def dumps(saved: SavedReview) -> str:
    return json.dumps(to_dict(saved), ensure_ascii=False, indent=1, allow_nan=False)


def loads(text: str, source: str = "review file") -> SavedReview:
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise ReviewFileError(
            f"{source} is not a review file: its JSON is nested far deeper than any review "
            f"file (limit {limits.JSON_DEPTH.value} levels, {limits.JSON_DEPTH.env}). Open an "
            "earlier copy, or review the contract again.") from exc
    except json.JSONDecodeError as exc:
        raise ReviewFileError(
            f"{source} is damaged (not valid JSON at line {exc.lineno}, column {exc.colno}). "
            "It may have been cut off while copying. Open an earlier copy, or review the "
            "contract again."
        ) from exc
    return from_dict(data, source)


# --- files --------------------------------------------------------------------

class ReviewFileChanged(ReviewFileError):
    """The review file was changed by someone else since it was opened."""


@contextmanager
def review_file_lock(path: str | Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path``'s lock file (``.name.lock`` beside it).

    Read-modify-write of one review file by two processes (two `responses
    import` runs, the window and the CLI) is serialised by it; where file locks
    are not available the content check in `save_review_file` still refuses
    to lose an update.
    """
    p = Path(path)
    lock = p.with_name(f".{p.name}.lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield  # a read-only folder: the save will report it
        return
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _current_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return ""
    except OSError:
        return ""  # unreadable: the write below reports what is wrong


def save_review_file(path: str | Path, saved: SavedReview, *, locked: bool = False) -> SavedReview:
    """Write atomically; returns the saved value with its ``saved`` time set.

    ``load_review_file(path)`` then equals the returned value. If ``saved`` was
    read from ``path`` and the file changed since (another program saved it),
    nothing is written: `ReviewFileChanged` says so, rather than losing the
    other update. ``locked``: the caller already holds `review_file_lock`.
    """
    p = Path(path)
    stamped = replace(saved, saved=now_iso(), created=saved.created or now_iso(),
                      annotations=clean_annotations(saved.annotations))
    text = dumps(stamped)
    with nullcontext() if locked else review_file_lock(p):
        same_file = bool(saved.loaded_from) and _same_path(saved.loaded_from, p)
        if same_file and saved.loaded_sha256 and _current_sha256(p) not in (
                "", saved.loaded_sha256):
            raise ReviewFileChanged(
                f"{p.name} was changed by another program (or another window) since it was "
                "opened, so it was not overwritten and that update is kept. Open it again to "
                "see both, then redo your last changes; or use Save As to keep yours in a new "
                "file.")
        write_text_atomic(p, text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return replace(stamped, loaded_from=str(p.resolve()), loaded_sha256=digest)


def _same_path(a: str, b: Path) -> bool:
    try:
        return Path(a).resolve() == b.resolve()
    except OSError:
        return False


def load_review_file(path: str | Path) -> SavedReview:
    p = Path(path)
    try:
        if not p.is_file() and p.exists():
            raise ReviewFileError(f"{p} is not a regular file. Choose a .review.json file.")
        limits.check_file_size(p, limits.REVIEW_FILE_BYTES, f"The review file {p.name}",
                               error=ReviewFileError)
        raw = p.read_bytes()
    except FileNotFoundError as exc:
        raise ReviewFileError(f"The review file {p} does not exist.") from exc
    except OSError as exc:
        raise ReviewFileError(f"Cannot read the review file {p}: {exc.strerror}.") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReviewFileError(f"{p.name} is not a review file (it is not text).") from exc
    return replace(loads(text, p.name), loaded_from=str(p.resolve()),
                   loaded_sha256=hashlib.sha256(raw).hexdigest())


def find_contract(saved: SavedReview, review_file: str | Path | None) -> Path | None:
    """The contract: next to the review file first, then at its old path."""
    candidates: list[Path] = []
    if review_file is not None and saved.contract_name:
        candidates.append(Path(review_file).parent / saved.contract_name)
    if saved.contract_path:
        candidates.append(Path(saved.contract_path))
    for c in candidates:
        if c.is_file():
            return c
    return None


def contract_state(saved: SavedReview, contract: Path | None) -> ContractState:
    if contract is None or not contract.is_file():
        return ContractState.MISSING
    if saved.contract_sha256 and file_sha256(contract) != saved.contract_sha256:
        return ContractState.CHANGED
    return ContractState.SAME


def rerun(
    saved: SavedReview,
    contract: str | Path,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    password: str | None = None,
    *,
    checklist: ChecklistSpec = None,
    on_document: Callable[[Document], None] | None = None,
) -> SavedReview:
    """Review the (changed) contract again, keeping every annotation by item id.

    ``checklist``: None = the bundled checklist the saved review was made
    with, or the default when that is not installed. Annotations of items the
    new checklist no longer has are kept too, so nothing a person wrote is
    lost silently. ``on_document`` as in `reviewer.pipeline.review_contract`.
    """
    from reviewer.pipeline import review_contract

    if checklist is None:
        checklist = checklist_for_review(saved.review)
    fresh = review_contract(contract, resolve_checklist(checklist), progress=progress,
                            cancel=cancel, password=password, on_document=on_document)
    p = Path(contract)
    return replace(
        saved,
        review=fresh,
        contract_name=p.name,
        contract_path=str(p.resolve()),
        contract_sha256=fresh.document.sha256 or file_sha256(p),
    )
