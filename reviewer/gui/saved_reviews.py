"""Finding the reviewer's earlier work on a contract, and describing it in words.

Used by the controller when a contract is opened (a saved review of it exists
next to it, or was saved elsewhere under the same SHA-256), when the app
starts (an autosave left by a crash), and before a save would replace a
review file that holds a different review.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from reviewer import api
from reviewer.errors import ReviewerError
from reviewer.gui.settings import AppSettings

log = logging.getLogger("reviewer.gui")


@dataclass(frozen=True)
class FoundReview:
    path: Path
    saved: api.SavedReview
    same_contract: bool  # False: a review of an earlier version (the hash differs)


def local_time(iso: str) -> str:
    """An ISO timestamp as local date and time in words ("2 December 2026 09:41")."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    qdt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(qdt.toLocalTime(), "d MMMM yyyy HH:mm")


def describe(saved: api.SavedReview) -> str:
    """"saved 2 December 2026 09:41 by Ann, 7 overrides, 3 notes"."""
    items = saved.annotations.items.values()
    overrides = sum(1 for a in items if a.status_override is not None)
    notes = sum(1 for a in items if a.note)
    when = local_time(saved.saved or saved.created)
    text = (QCoreApplication.translate("SavedReviews", "saved {when}").format(when=when)
            if when else QCoreApplication.translate("SavedReviews", "never saved"))
    if saved.reviewer:
        text += " " + QCoreApplication.translate("SavedReviews", "by {name}").format(
            name=saved.reviewer)
    return text + ", " + QCoreApplication.translate(
        "SavedReviews", "{o} overrides, {n} notes").format(o=overrides, n=notes)


def _load(path: Path) -> api.SavedReview | None:
    try:
        return api.load_review_file(path)
    except (ReviewerError, OSError) as exc:
        log.info("not a usable review file %s: %s", path, exc)
        return None


def find_saved_review(contract: Path, sha256: str, settings: AppSettings) -> FoundReview | None:
    """The review file next to the contract, else the last one saved for its hash."""
    candidates = [api.review_file_path_for(contract)]
    remembered = settings.review_for(sha256) if sha256 else ""
    if remembered:
        candidates.append(Path(remembered))
    for path in candidates:
        if not path.is_file():
            continue
        saved = _load(path)
        if saved is None:
            continue
        same = bool(sha256) and saved.contract_sha256 == sha256
        if same or (path == candidates[0] and saved.contract_name == contract.name):
            return FoundReview(path, saved, same)
    return None


def other_review_at(target: Path, ours: api.SavedReview | None) -> str | None:
    """What ``target`` holds, in words, when saving there would replace something
    other than an earlier save of this same review; None when it is safe."""
    if not target.exists():
        return None
    theirs = _load(target)
    if theirs is None:
        return QCoreApplication.translate(
            "SavedReviews", "a file that is not a review Contract Reviewer can read")
    if ours is not None and ours.created and theirs.created == ours.created \
            and theirs.contract_sha256 == ours.contract_sha256:
        return None
    return QCoreApplication.translate(
        "SavedReviews", "a different review of {name} ({details})").format(
        name=theirs.contract_name, details=describe(theirs))
