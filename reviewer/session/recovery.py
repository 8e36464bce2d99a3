"""Recovery files: autosaves of open reviews, offered again after a crash.

Same format as a review file (`reviewer.session.review_file`) plus the path
of the review file it stands in for and when it was written. There is one
recovery file per contract (named after the contract's SHA-256, or its path
when the hash is unknown), so two windows or two running apps working on
different contracts never overwrite each other's autosave. A recovery file
is removed only by `clear_recovery`: after a save, or after the person
answered the restore offer.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from reviewer.annotations import now_iso
from reviewer.atomic import write_text_atomic
from reviewer.session.review_file import ReviewFileError, SavedReview, from_dict, to_dict

RECOVERY_FILE = "recovery.review.json"  # the single file older versions wrote
PREFIX = "recovery-"
SUFFIX = ".review.json"


@dataclass(frozen=True)
class Recovery:
    saved: SavedReview
    review_file: str  # the review file it stands in for, "" if never saved
    written: str
    path: Path = Path()  # the recovery file itself

    def is_for(self, contract_sha256: str = "", contract_path: str | Path = "") -> bool:
        """True when this autosave belongs to that contract (same hash, or same path)."""
        if contract_sha256 and self.saved.contract_sha256:
            return contract_sha256 == self.saved.contract_sha256
        if contract_path and self.saved.contract_path:
            return Path(contract_path).resolve() == Path(self.saved.contract_path).resolve()
        return False


def recovery_key(saved: SavedReview) -> str:
    """The part of the file name that names the contract."""
    if saved.contract_sha256:
        return saved.contract_sha256[:32]
    source = saved.contract_path or saved.contract_name or saved.review.document.path
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def recovery_path(data_dir: str | Path, saved: SavedReview) -> Path:
    return Path(data_dir) / f"{PREFIX}{recovery_key(saved)}{SUFFIX}"


def write_recovery(data_dir: str | Path, saved: SavedReview, review_file: str | None) -> Path:
    d = Path(data_dir)
    d.mkdir(parents=True, exist_ok=True)
    payload = to_dict(saved)
    payload["recovery"] = {"review_file": review_file or "", "written": now_iso()}
    path = recovery_path(d, saved)
    write_text_atomic(path, json.dumps(payload, ensure_ascii=False, allow_nan=False))
    return path


def _read_one(path: Path) -> Recovery | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        saved = from_dict(data, path.name)
        info = data.get("recovery", {})
        return Recovery(saved, str(info.get("review_file", "")), str(info.get("written", "")),
                        path)
    except (OSError, ValueError, ReviewFileError, AttributeError):
        return None


def list_recoveries(data_dir: str | Path) -> list[Recovery]:
    """Every usable recovery file in the folder, the most recently written first."""
    d = Path(data_dir)
    if not d.is_dir():
        return []
    paths = sorted(d.glob(f"{PREFIX}*{SUFFIX}"))
    if (d / RECOVERY_FILE).is_file():
        paths.append(d / RECOVERY_FILE)
    found = [r for r in (_read_one(p) for p in paths) if r is not None]
    return sorted(found, key=lambda r: r.written, reverse=True)


def read_recovery(data_dir: str | Path) -> Recovery | None:
    """The most recent recovery file, or None when there is none usable."""
    found = list_recoveries(data_dir)
    return found[0] if found else None


def recovery_for(data_dir: str | Path, contract_sha256: str = "",
                 contract_path: str | Path = "") -> Recovery | None:
    """The autosave left for this contract, if any."""
    for rec in list_recoveries(data_dir):
        if rec.is_for(contract_sha256, contract_path):
            return rec
    return None


def clear_recovery(data_dir: str | Path, which: Recovery | SavedReview | Path | None = None
                   ) -> None:
    """Remove one recovery file (a Recovery, the contract's SavedReview, or a path);
    with no ``which``, every recovery file in the folder."""
    d = Path(data_dir)
    if which is None:
        for rec_path in [*d.glob(f"{PREFIX}*{SUFFIX}"), d / RECOVERY_FILE]:
            rec_path.unlink(missing_ok=True)
        return
    if isinstance(which, Recovery):
        path = which.path
    elif isinstance(which, SavedReview):
        path = recovery_path(d, which)
    else:
        path = which
    if path != Path():
        path.unlink(missing_ok=True)
