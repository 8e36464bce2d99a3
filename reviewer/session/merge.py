"""Saving over a review file that another program changed: merge instead of losing work.

`save_review_file` refuses to overwrite a file that changed since it was
opened (`ReviewFileChanged`). The window then offers to merge: the file on disk
is read again, the window's own changes since it opened (or last saved) the
file are put on top, item by item, and the result is saved, all under the
review file's lock so a third writer cannot slip in between.

Per item, a three-way choice against the annotations the window started from
(``base``): an item the window changed keeps the window's version (its edit
is the newer intention); every other item keeps the file's, so answers that
`reviewer responses import` wrote meanwhile stay. Items both sides changed are
reported. The review itself (findings) is taken from the side that changed it;
if both re-ran the review, nothing is merged and the refusal stands.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

from reviewer.annotations import Annotations, ItemAnnotation
from reviewer.session.review_file import (
    ReviewFileChanged,
    SavedReview,
    load_review_file,
    review_file_lock,
    save_review_file,
)


@dataclass(frozen=True)
class MergedSave:
    saved: SavedReview  # what is now in the file (loaded_sha256 set)
    from_file: tuple[str, ...]  # items whose annotations came from the file on disk
    both_changed: tuple[str, ...]  # items both changed: the window's version was kept


def merge_annotations(base: Annotations, mine: Annotations,
                      theirs: Annotations) -> tuple[Annotations, tuple[str, ...], tuple[str, ...]]:
    """(merged, items taken from ``theirs``, items both changed) — see the module docstring."""
    items: dict[str, ItemAnnotation] = {}
    from_theirs: list[str] = []
    both: list[str] = []
    for item_id in dict.fromkeys([*theirs.items, *mine.items, *base.items]):
        b, m, t = base.item(item_id), mine.item(item_id), theirs.item(item_id)
        if m != b:
            chosen = m
            if t not in (b, m):
                both.append(item_id)
        else:
            chosen = t
            if t != b:
                from_theirs.append(item_id)
        if not chosen.is_empty:
            items[item_id] = chosen
    reviewer = mine.reviewer if mine.reviewer != base.reviewer else theirs.reviewer
    merged = Annotations(items=MappingProxyType(items), reviewer=reviewer)
    return merged, tuple(from_theirs), tuple(both)


def merge_and_save(path: str | Path, mine: SavedReview, base: SavedReview) -> MergedSave:
    """Merge ``mine`` (the window's review, started from ``base``) into the file at
    ``path`` as it is now, and save the result. Raises `ReviewFileChanged` when
    both sides re-ran the review (then only Save As keeps the window's work)."""
    p = Path(path)
    with review_file_lock(p):
        theirs = load_review_file(p)
        if theirs.review == base.review or theirs.review == mine.review:
            review, contract = mine.review, mine
        elif mine.review == base.review:
            review, contract = theirs.review, theirs
        else:
            raise ReviewFileChanged(
                f"{p.name} was reviewed again by another program while this window re-ran "
                "the review too, so the two cannot be merged. Use Save As to keep this "
                "window's review in a new file.")
        merged, from_file, both = merge_annotations(base.annotations, mine.annotations,
                                                    theirs.annotations)
        result = replace(theirs, review=review, annotations=merged,
                         contract_sha256=contract.contract_sha256,
                         contract_name=contract.contract_name,
                         contract_path=contract.contract_path)
        saved = save_review_file(p, result, locked=True)
    return MergedSave(saved=saved, from_file=from_file, both_changed=both)


__all__ = ["MergedSave", "merge_and_save", "merge_annotations"]
