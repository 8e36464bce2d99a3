"""When Save finds the review file changed by another program: offer to merge.

`ReviewController.save` hands the refusal (`api.ReviewFileChanged`) here. The
reader is asked whether to merge (`reviewer.session.merge`: the file as it is
now, with this window's changes since it was opened on top, item by item);
yes merges, saves and shows the merged annotations as one undoable step; no
keeps the window's work unsaved, as before (Save As still works).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reviewer import api
from reviewer.errors import ReviewerError
from reviewer.gui.messages import MessagePresenter
from reviewer.gui.review_state import ReviewState

# Each text is a literal QCoreApplication.translate call so that lupdate finds it.


def offer_merge(state: ReviewState, presenter: MessagePresenter, target: Path,
                mine: api.SavedReview, refusal: ReviewerError) -> api.SavedReview | None:
    """Merge and save after asking; the saved review, or None (not saved, nothing lost)."""
    base = state.saved
    cannot_save = QCoreApplication.translate("SaveConflict", "Cannot save review")
    if base is None:
        presenter.error(cannot_save, str(refusal))
        return None
    title = QCoreApplication.translate("SaveConflict", "The review file was changed")
    question = QCoreApplication.translate(
        "SaveConflict",
        "{file} was changed by another program (or another window) since it was "
        "opened.\n\nMerge your changes into it? Its changes are kept and yours are put "
        "on top; where both changed the same item, yours win.\n\nNo leaves the file as "
        "it is and keeps your changes here, unsaved (Save As keeps them in a new "
        "file).")
    if not presenter.confirm(title, question.format(file=target.name)):
        return None
    try:
        merged = api.merge_and_save(target, mine, base)
    except ReviewerError as exc:
        presenter.error(cannot_save, str(exc))
        return None
    # The merged annotations replace the window's: one step the reader can undo.
    state.edit(merged.saved.annotations, QCoreApplication.translate("SaveConflict", "Merge with the saved file"))
    if merged.both_changed:
        note = QCoreApplication.translate(
            "SaveConflict", "Both you and the other program changed: {items}. Your version was kept.")
        items = ", ".join(state.item_title(i, state.ui_lang) for i in merged.both_changed)
        presenter.info(QCoreApplication.translate("SaveConflict", "Merged"), note.format(items=items))
    return merged.saved
