"""The recovery file: an autosave of the open review, offered again after a crash.

Same format as a review file (`reviewer.session.review_file`) plus the path of
the review file it stands in for and when it was written. One file per data
folder; the GUI writes it while a review has unsaved changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reviewer.annotations import now_iso
from reviewer.atomic import write_text_atomic
from reviewer.session.review_file import ReviewFileError, SavedReview, from_dict, to_dict

RECOVERY_FILE = "recovery.review.json"


@dataclass(frozen=True)
class Recovery:
    saved: SavedReview
    review_file: str  # the review file it stands in for, "" if never saved
    written: str


def write_recovery(data_dir: str | Path, saved: SavedReview, review_file: str | None) -> Path:
    d = Path(data_dir)
    d.mkdir(parents=True, exist_ok=True)
    payload = to_dict(saved)
    payload["recovery"] = {"review_file": review_file or "", "written": now_iso()}
    path = d / RECOVERY_FILE
    write_text_atomic(path, json.dumps(payload, ensure_ascii=False, allow_nan=False))
    return path


def read_recovery(data_dir: str | Path) -> Recovery | None:
    """The recovery file, or None when there is none or it is unusable."""
    path = Path(data_dir) / RECOVERY_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        saved = from_dict(data, path.name)
        info = data.get("recovery", {})
        return Recovery(saved, str(info.get("review_file", "")), str(info.get("written", "")))
    except (OSError, ValueError, ReviewFileError, AttributeError):
        return None


def clear_recovery(data_dir: str | Path) -> None:
    (Path(data_dir) / RECOVERY_FILE).unlink(missing_ok=True)
