"""The open review: contract, document, findings and the reviewer's work.

One `ReviewState` per window, passed to every pane. Panes read it and listen
to its signals; edits to annotations go through `edit()`, which pushes an
undoable command (annotations are immutable values, so undo is a stack of
values). Nothing about the review is kept only in a widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from reviewer.annotations import Annotations
from reviewer.api import SavedReview, new_saved_review
from reviewer.checklist.model import Checklist, ChecklistItem, Section
from reviewer.document import Document
from reviewer.review import Finding, Review, Status


class AnnotationsEdit(QUndoCommand):
    """Replace the annotations value; typing into one note merges into one step."""

    MERGE_ID = 1

    def __init__(self, state: ReviewState, before: Annotations, after: Annotations, text: str,
                 merge_key: str = "") -> None:
        super().__init__(text)
        self.state, self.before, self.after, self.merge_key = state, before, after, merge_key

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, AnnotationsEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.state._set_annotations(self.after)

    def undo(self) -> None:
        self.state._set_annotations(self.before)


class ReviewState(QObject):
    documentChanged = Signal()
    reviewChanged = Signal()
    annotationsChanged = Signal()
    dirtyChanged = Signal(bool)
    currentItemChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.contract_path: Path | None = None
        self.document: Document | None = None
        self.review: Review | None = None
        self.checklist: Checklist | None = None
        self.annotations = Annotations()
        self.review_file: Path | None = None
        self.saved: SavedReview | None = None
        self.current_item = ""
        self._items: dict[str, ChecklistItem] = {}
        self._sections: dict[str, Section] = {}
        self._findings: dict[str, Finding] = {}
        self.ui_lang = "en"  # language of reasons and titles shown ("en"/"zh")
        self._extra_dirty = False  # e.g. restored from recovery, never saved

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean or self._extra_dirty)

    # --- loading -----------------------------------------------------------
    def clear(self) -> None:
        self.undo_stack.clear()
        self.contract_path = self.document = self.review = self.saved = None
        self.review_file = None
        self.annotations = Annotations()
        self.current_item = ""
        self._findings = {}
        self._extra_dirty = False
        self.documentChanged.emit()
        self.reviewChanged.emit()
        self.annotationsChanged.emit()
        self.dirtyChanged.emit(False)

    def set_document(self, path: Path, document: Document | None) -> None:
        self.contract_path = path
        self.document = document
        self.documentChanged.emit()

    def set_review(self, review: Review, checklist: Checklist | None,
                   annotations: Annotations | None = None,
                   saved: SavedReview | None = None, dirty: bool = False) -> None:
        self.review = review
        self.checklist = checklist
        # Checklist.item() scans every item; views ask for titles thousands of times.
        self._items = {i.id: i for i in checklist.items} if checklist else {}
        self._sections = {s.id: s for s in checklist.sections} if checklist else {}
        self._findings = {f.item_id: f for f in review.findings}
        self.undo_stack.clear()
        self.annotations = annotations if annotations is not None else Annotations()
        self.saved = saved
        self._extra_dirty = dirty
        self.current_item = ""
        self.reviewChanged.emit()
        self.annotationsChanged.emit()
        self.dirtyChanged.emit(self.is_dirty)

    # --- the reviewer's edits ------------------------------------------------
    def edit(self, after: Annotations, text: str, merge_key: str = "") -> None:
        if after == self.annotations:
            return
        self.undo_stack.push(AnnotationsEdit(self, self.annotations, after, text, merge_key))

    def _set_annotations(self, value: Annotations) -> None:
        self.annotations = value
        self.annotationsChanged.emit()

    def set_current_item(self, item_id: str) -> None:
        if item_id != self.current_item:
            self.current_item = item_id
            self.currentItemChanged.emit(item_id)

    def mark_saved(self, saved: SavedReview, review_file: Path) -> None:
        self.saved = saved
        self.review_file = review_file
        self._extra_dirty = False
        self.undo_stack.setClean()
        self.dirtyChanged.emit(False)

    @property
    def is_dirty(self) -> bool:
        if not isValid(self.undo_stack):  # being destroyed with its window
            return False
        return self._extra_dirty or not self.undo_stack.isClean()

    # --- questions panes ask ---------------------------------------------------
    def finding(self, item_id: str) -> Finding | None:
        return self._findings.get(item_id) if self.review is not None else None

    def checklist_item(self, item_id: str) -> ChecklistItem | None:
        return self._items.get(item_id)

    def effective_status(self, finding: Finding) -> Status:
        return self.annotations.effective_status(finding)

    def to_saved(self) -> SavedReview:
        assert self.review is not None
        base = self.saved
        if base is None:
            base = new_saved_review(self.review, self.contract_path or Path(
                self.review.document.path))
        from dataclasses import replace

        return replace(base, review=self.review, annotations=self.annotations)

    def item_title(self, item_id: str, lang: str) -> str:
        item = self._items.get(item_id)
        return item.title.get(lang) if item else item_id.replace("-", " ").capitalize()

    def section_title(self, section_id: str, lang: str) -> str:
        section = self._sections.get(section_id)
        return section.title.get(lang) if section else section_id.replace("-", " ").capitalize()
