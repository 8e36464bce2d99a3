"""Crash recovery, the controller's part: offering autosaves and clearing them.

A mixin of `ReviewController` (kept apart so the controller stays readable):
an autosave is offered however the app starts (`start`), one per contract;
it is removed only after the person answered No, saved, or discarded
(`_clear_own_recovery`), never on a plain start or quit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from reviewer import api
from reviewer.errors import ReviewerError
from reviewer.gui.saved_reviews import describe, local_time

if TYPE_CHECKING:
    from reviewer.gui.messages import MessagePresenter
    from reviewer.gui.review_state import ReviewState


class RecoveryVerbs:
    """Needs: state, presenter, data_dir, _recovery, the controller's signals and
    open_path / _show_saved / _checklist_for / maybe_discard_changes."""

    if TYPE_CHECKING:
        state: ReviewState
        presenter: MessagePresenter
        data_dir: Path
        _recovery: Path | None
        statusMessage: Any
        warningsChanged: Any
        reviewReady: Any

        def open_path(self, path: str | Path) -> None: ...
        def _show_saved(self, saved: api.SavedReview, checklist: Any, contract: Path | None,
                        dirty: bool) -> None: ...
        def _checklist_for(self, review: Any) -> Any: ...
        def maybe_discard_changes(self) -> bool: ...

    def _clear_own_recovery(self, saved: api.SavedReview | None = None) -> None:
        if self._recovery is not None:
            api.clear_recovery(self.data_dir, self._recovery)
            self._recovery = None
        if saved is not None:
            api.clear_recovery(self.data_dir, saved)

    def start(self, file: str | None) -> bool:
        """What the app does once the window shows: restore unsaved work left by a
        crash (offered however the app was started), else open ``file``."""
        if not file:
            return self.offer_recovery()
        path = Path(file)
        rec = self._recovery_for_file(path)
        if rec is not None and self.offer_recovery(rec):
            return True
        self.open_path(path)
        others = self.other_recoveries()
        if others:  # kept, and said once the contract is open
            names = ", ".join(r.saved.contract_name for r in others)
            text = QCoreApplication.translate(
                "ReviewController", "Unsaved work from an earlier session is kept for: {names}. "
                "File > Restore Unsaved Work opens it.").format(names=names)

            def tell() -> None:
                self.reviewReady.disconnect(tell)
                self.warningsChanged.emit([text])
            self.reviewReady.connect(tell)
        return False

    def other_recoveries(self) -> list[api.Recovery]:
        """Autosaves left by a crash for contracts other than the open one."""
        saved = self.state.saved
        current_sha = saved.contract_sha256 if saved else ""
        if not current_sha and self.state.review is not None:
            current_sha = self.state.review.document.sha256
        return [r for r in api.list_recoveries(self.data_dir)
                if r.path != self._recovery
                and not (current_sha and r.saved.contract_sha256 == current_sha)]

    def restore_other(self) -> bool:
        """File > Restore Unsaved Work: offer the newest autosave of another contract."""
        others = self.other_recoveries()
        if not others:
            self.presenter.info(
                QCoreApplication.translate("ReviewController", "Restore unsaved work"),
                QCoreApplication.translate(
                    "ReviewController", "There is no unsaved work from an earlier session."))
            return False
        if not self.maybe_discard_changes():
            return False
        return self.offer_recovery(others[0])

    def _recovery_for_file(self, path: Path) -> api.Recovery | None:
        try:
            if path.name.endswith(".json"):
                saved = api.load_review_file(path)
                return api.recovery_for(self.data_dir, saved.contract_sha256,
                                        saved.contract_path)
            if path.is_file():
                return api.recovery_for(self.data_dir, api.file_sha256(path), path)
        except (ReviewerError, OSError):
            return None
        return None

    def offer_recovery(self, rec: api.Recovery | None = None) -> bool:
        """Offer to restore unsaved work left by a crash. True if restored. The
        recovery file goes only once the person has answered No, or saved."""
        rec = rec or api.read_recovery(self.data_dir)
        if rec is None:
            return False
        name = rec.saved.contract_name or QCoreApplication.translate("ReviewController", "a contract")
        question = QCoreApplication.translate(
            "ReviewController",
            "Contract Reviewer was closed without saving your review of {name} "
            "(last autosaved {when}; {details}). Restore it?")
        if not self.presenter.confirm(
                QCoreApplication.translate("ReviewController", "Restore unsaved work?"),
                question.format(name=name, when=local_time(rec.written),
                                details=describe(rec.saved))):
            api.clear_recovery(self.data_dir, rec)
            return False
        review_file = Path(rec.review_file) if rec.review_file else None
        contract = api.find_contract(rec.saved, review_file)
        self._show_saved(rec.saved, self._checklist_for(rec.saved.review), contract, dirty=True)
        self.state.review_file = review_file
        self._recovery = rec.path
        self.statusMessage.emit(QCoreApplication.translate(
            "ReviewController", "Restored unsaved work on {name}.").format(name=name))
        return True

