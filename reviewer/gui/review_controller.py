"""Opening, reviewing, saving and recovering: the window's verbs, without widgets.

The controller runs the core API in the background (`worker.start_task`),
feeds results into `ReviewState`, and reports problems through the injected
`MessagePresenter`. It does not know about menus or layouts; the window
wires actions to it, and tests drive it directly.
"""

from __future__ import annotations

import gc
import logging
import os
import traceback
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from reviewer import api
from reviewer.annotations import Annotations
from reviewer.checklist.model import Checklist
from reviewer.document import Document
from reviewer.errors import Cancelled, PasswordRequired, ReviewerError
from reviewer.gui.document_pane import DocumentPane
from reviewer.gui.messages import MessagePresenter, SaveChoice
from reviewer.gui.recovery_verbs import RecoveryVerbs
from reviewer.gui.review_state import ReviewState
from reviewer.gui.save_conflict import offer_merge
from reviewer.gui.saved_reviews import describe, find_saved_review, other_review_at
from reviewer.gui.settings import AppSettings
from reviewer.gui.worker import BackgroundTask, start_task
from reviewer.progress import CancelToken
from reviewer.review import Review

log = logging.getLogger("reviewer.gui")
CONTRACT_SUFFIXES = (".pdf", ".docx")
STAGE_GAP_MS = 10  # between the turns in which a finished review is shown
AUTOSAVE_IDLE_MS = int(os.environ.get("REVIEWER_AUTOSAVE_MS", "") or 3000)


def _import_for_showing() -> None:
    """Import on the worker thread what showing the first item needs (the redline positions
    of reviewer.positions, ~2-4 ms), not on the GUI thread once the review has arrived."""
    _ = api.band_of, api.chosen_position


class ReviewController(QObject, RecoveryVerbs):
    busyChanged = Signal(bool)
    progress = Signal(float, str)
    statusMessage = Signal(str)
    warningsChanged = Signal(list)  # list[str] for the notice bar
    reviewReady = Signal()
    recentChanged = Signal(list)

    def __init__(self, state: ReviewState, document_pane: DocumentPane,
                 presenter: MessagePresenter, settings: AppSettings, data_dir: Path,
                 pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.pane = document_pane
        self.presenter = presenter
        self.settings = settings
        self.data_dir = data_dir
        self.pool = pool or QThreadPool.globalInstance()
        self.task: BackgroundTask | None = None
        self._generation = 0  # results of a superseded task are ignored
        self._recovery: Path | None = None  # the autosave this window wrote
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_IDLE_MS)
        self._autosave.timeout.connect(self.autosave_now)
        # indexChanged, not annotationsChanged: QUndoStack.push() runs redo() (which
        # emits annotationsChanged) before the stack counts as modified.
        state.undo_stack.indexChanged.connect(self._schedule_autosave)

    # --- running work ---------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel.cancel()

    def _run(self, fn: Callable[..., Any], on_done: Callable[[Any], None],
             on_partial: Callable[[Any], None] | None = None,
             on_failed: Callable[[BaseException], None] | None = None) -> None:
        self.cancel()
        self._generation += 1
        gen = self._generation

        def current(cb: Callable[[Any], None]) -> Callable[[Any], None]:
            def wrapped(value: Any) -> None:
                if gen == self._generation:
                    cb(value)
            return wrapped

        def finished(value: Any) -> None:
            if gen == self._generation:
                self.task = None
                self.busyChanged.emit(False)
                on_done(value)

        def failed(exc: BaseException) -> None:
            if gen == self._generation:
                self.task = None
                self.busyChanged.emit(False)
                (on_failed or self.show_error)(exc)

        def progress(fraction: float, message: str) -> None:
            if gen == self._generation:
                self.progress.emit(fraction, message)

        self.task = start_task(self.pool, fn, on_finished=finished, on_failed=failed,
                               on_progress=progress,
                               on_partial=current(on_partial) if on_partial else None)
        self.busyChanged.emit(True)

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.statusMessage.emit(self.tr("Cancelled."))
            return
        if isinstance(exc, ReviewerError):
            self.presenter.error(self.tr("Contract Reviewer"), str(exc))
            return
        details = "".join(traceback.format_exception(exc))
        log.error("unexpected error in background work:\n%s", details)
        self.presenter.error(
            self.tr("Unexpected error"),
            self.tr("Something went wrong inside Contract Reviewer. Your notes are safe; "
               "the details below are also in the log file."), details)

    # --- opening a contract ------------------------------------------------------------
    def open_path(self, path: str | Path) -> None:
        """Open a contract or a review file, whatever the reader picked."""
        p = Path(path)
        if p.name.endswith(".json"):
            self.open_review_file(p)
        else:
            self.open_contract(p)

    def open_contract(self, path: str | Path, password: str | None = None,
                      keep: Annotations | None = None, saved: api.SavedReview | None = None
                      ) -> bool:
        """Read and review a contract in the background. ``keep``: annotations to
        carry over (a re-run of a changed contract)."""
        p = Path(path)
        if not p.is_file():
            self.presenter.error(self.tr("Cannot open contract"),
                                 self.tr("{path} does not exist. Check the name, or pick the file "
                                    "with File > Open.").format(path=p))
            return False
        if p.suffix.lower() not in CONTRACT_SUFFIXES:
            self.presenter.error(self.tr("Cannot open contract"),
                                 self.tr("{name} is not a PDF or Word (.docx) file. Contract "
                                    "Reviewer reads .pdf and .docx contracts, and .review.json "
                                    "review files.").format(name=p.name))
            return False
        if not self.maybe_discard_changes():
            return False
        if keep is None and saved is None and self._offer_saved_review(p):
            return True
        if keep is None:
            self.state.clear()
            self.pane.clear()
        self.warningsChanged.emit([])
        self.state.set_document(p, None)
        if p.suffix.lower() == ".pdf":
            try:
                self.pane.show_pdf(p, password)  # pages show while the review runs
            except Exception:  # encrypted or broken: the reader below says which
                self.pane.clear()
        spec = self.settings.checklist()
        self.statusMessage.emit(self.tr("Reviewing {name}\u2026").format(name=p.name))

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            checklist = api.resolve_checklist(spec)
            if saved is not None:  # a changed contract: re-run it, keeping the annotations
                rerun = api.rerun(saved, p, progress=progress, cancel=cancel, password=password,
                                  checklist=checklist, on_document=partial)
                _import_for_showing()
                return rerun.review, checklist, rerun
            # A long PDF in a child process that shares it as `reviewer review` does
            # (this worker thread's process cannot fork); the child resolves ``spec``.
            result = api.review_apart(p, spec, progress=progress, cancel=cancel, password=password,
                                      on_document=partial)
            _import_for_showing()
            return result, checklist, None

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PasswordRequired):
                wrong = exc.wrong_password or password is not None
                answer = self.presenter.ask_password(p.name, wrong)
                if answer is not None:
                    self.open_contract(p, answer, keep, saved)
                    return
                self.statusMessage.emit(self.tr("Not opened: no password given."))
                return
            self.show_error(exc)

        def done(value: tuple[Review, Checklist, api.SavedReview | None]) -> None:
            review, checklist, rerun = value
            gen = self._generation  # before set_review, whose listeners may start other work
            if rerun is not None:
                self.state.set_review(review, checklist, keep, saved=rerun, dirty=True)
            else:
                self.state.set_review(review, checklist, keep, dirty=keep is not None)
            self._in_later_turn(lambda: self._review_shown(p), gen)

        self._run(work, done, on_partial=lambda d: self._document_read(p, d, password),
                  on_failed=failed)
        return True

    def _in_later_turn(self, fn: Callable[[], None], gen: int | None = None) -> None:
        """Run ``fn`` in a later event-loop turn unless other work has started since
        (since ``gen``, the work's generation, when given).

        The window's work on a finished review is cut in turns, each followed by its
        own paint, so that none stalls the window for long (benchmarks/bench_gui.py)."""
        if gen is None:
            gen = self._generation
        # Not 0 ms: Qt posts a zero single-shot as an event, run in the same pass as the paint
        # before it. 10 ms (under a 60 Hz frame) leaves the window idle between the turns, to
        # handle input and timers that were not yet due when the previous turn ended.
        QTimer.singleShot(STAGE_GAP_MS, self, lambda: fn() if gen == self._generation else None)

    def _review_shown(self, p: Path) -> None:
        """The checklist and clauses are shown (and painted): the recent files now, in a
        turn of their own as QSettings then writes its file (~10 ms waiting for the disk),
        and the first item's details and page in the next (the window selects it on
        reviewReady)."""
        self.recentChanged.emit(self.settings.add_recent(
            str((self.state.review_file or p).resolve()), (str(p.resolve()),)))
        self.statusMessage.emit(self.tr("Review complete: {name}").format(name=p.name))
        self._in_later_turn(self.reviewReady.emit)

    def _document_read(self, path: Path, document: Document, password: str | None) -> None:
        # The document stays alive while it is reviewed and shown: move it (with everything
        # else alive now) out of the collector's sight, as app.freeze_startup_objects does at
        # start. Otherwise the one full collection the review triggers scans it: 30-40 ms on
        # a 134-page PDF with the GIL held, so the window stalls too (benchmarks/bench_gui.py).
        # Frozen objects are still freed by reference counting; only garbage in reference
        # cycles would stay (a Document or Review has none, a review run leaves ~10 objects).
        gc.freeze()
        self.state.set_document(path, document)
        if document.format == "pdf" and self.pane.format != "pdf":
            try:
                self.pane.show_pdf(path, password)
            except Exception as exc:  # the text was read, only the picture failed
                log.warning("cannot render %s: %s", path, exc)
        self.pane.set_document(document)
        self.warningsChanged.emit(list(document.warnings))

    def _offer_saved_review(self, contract: Path) -> bool:
        """A saved review of this contract exists: offer it. True = it is being opened."""
        try:
            sha = api.file_sha256(contract)
        except OSError:
            return False
        found = find_saved_review(contract, sha, self.settings)
        if found is None:
            return False
        if found.same_contract:
            text = self.tr("A saved review of this contract exists ({file}, {details}). Open "
                           "it? Choose No to start a fresh review.")
        else:
            text = self.tr("A saved review of an earlier version of this contract exists "
                           "({file}, {details}). Open it? Its notes and overrides can be "
                           "carried over. Choose No to start a fresh review.")
        if not self.presenter.confirm(self.tr("Saved review found"), text.format(
                file=found.path.name, details=describe(found.saved))):
            return False
        return self.open_review_file(found.path, ask_discard=False)

    # --- review files --------------------------------------------------------------------
    def open_review_file(self, path: str | Path, ask_discard: bool = True) -> bool:
        if ask_discard and not self.maybe_discard_changes():
            return False
        try:
            saved = api.load_review_file(path)
        except ReviewerError as exc:
            self.presenter.error(self.tr("Cannot open review"), str(exc))
            return False
        review_file = Path(path)
        contract = api.find_contract(saved, review_file)
        state = api.contract_state(saved, contract)
        checklist = self._checklist_for(saved.review)
        if state is api.ContractState.CHANGED and contract is not None and self.presenter.confirm(
                self.tr("Contract changed"),
                self.tr("{name} has changed since this review was saved. Review it again? Your "
                   "notes and overrides are kept, matched by item.").format(name=contract.name)):
            self.state.clear()
            self.pane.clear()
            self.state.review_file = review_file
            return self.open_contract(contract, keep=saved.annotations, saved=saved)
        self._show_saved(saved, checklist, contract, dirty=False)
        self.state.mark_saved(saved, review_file)
        if state is api.ContractState.CHANGED:
            self.warningsChanged.emit([self.tr("The contract has changed since this review was "
                                          "saved; evidence may point to the wrong place.")])
        elif state is api.ContractState.MISSING:
            self.warningsChanged.emit([self.tr("The contract {name} was not found next to the review "
                                          "file, so it cannot be shown.").format(
                                              name=saved.contract_name)])
        self.settings.remember_review(saved.contract_sha256, str(review_file.resolve()))
        self.recentChanged.emit(self.settings.add_recent(
            str(review_file.resolve()), (str(contract.resolve()),) if contract else ()))
        return True

    def _checklist_for(self, review: Review) -> Checklist | None:
        """The checklist a saved review is shown with: the window's own checklist file when it
        is the one the review was made with (same id and version), else the bundled one with
        the review's id. The reviewer's chosen file comes first: a playbook they saved under
        the bundled id (before the editor refused that) must not be shadowed by the bundled
        file on reopen."""
        spec = self.settings.checklist()
        if spec:
            try:
                own = api.resolve_checklist(spec)
            except ReviewerError:
                own = None
            if own is not None and (own.id, own.version) == (review.checklist_id,
                                                            review.checklist_version):
                return own
        return api.checklist_for_review(review)

    def _show_saved(self, saved: api.SavedReview, checklist: Checklist | None,
                    contract: Path | None, dirty: bool) -> None:
        self.state.clear()
        self.pane.clear()
        self.warningsChanged.emit([])
        self.state.set_review(saved.review, checklist, saved.annotations, saved=saved,
                              dirty=dirty)
        if contract is None:
            return
        self.state.set_document(contract, None)
        if contract.suffix.lower() == ".pdf":
            try:
                self.pane.show_pdf(contract)
            except Exception:
                self.pane.clear()

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            return api.read(contract, progress=progress, cancel=cancel)

        def done(document: Document) -> None:
            self._document_read(contract, document, None)
            self.reviewReady.emit()

        self._run(work, done, on_failed=lambda exc: self.warningsChanged.emit(
            [self.tr("The contract cannot be shown: {error}").format(error=exc)]))

    def default_review_path(self) -> Path | None:
        """Where Save writes: the review file, else next to the contract."""
        if self.state.review is None:
            return None
        if self.state.review_file is not None:
            return self.state.review_file
        contract = self.state.contract_path or Path(self.state.review.document.path)
        return api.review_file_path_for(contract)

    def would_replace(self, target: Path) -> str | None:
        """In words, the different review (or other file) a save to ``target`` would
        replace; None when the file is absent or an earlier save of this review."""
        if self.state.review is None:
            return None
        return other_review_at(target, self.state.saved)

    def save(self, path: str | Path | None = None) -> bool:
        """Save to ``path``, else the current review file, else next to the contract."""
        target = Path(path) if path else self.default_review_path()
        if self.state.review is None or target is None:
            return False
        annotations = self.state.annotations
        if not annotations.reviewer and self.settings.reviewer_name():
            annotations = annotations.with_reviewer(self.settings.reviewer_name())
        mine = replace(self.state.to_saved(), annotations=annotations)
        try:
            saved = api.save_review_file(target, mine)
        except api.ReviewFileChanged as exc:
            merged = offer_merge(self.state, self.presenter, target, mine, exc)
            if merged is None:
                return False
            saved = merged
        except ReviewerError as exc:
            self.presenter.error(self.tr("Cannot save review"), str(exc))
            return False
        self.state.mark_saved(saved, target)
        self._clear_own_recovery(saved)
        self.settings.remember_review(saved.contract_sha256, str(target.resolve()))
        contract = self.state.contract_path
        self.recentChanged.emit(self.settings.add_recent(
            str(target.resolve()), (str(contract.resolve()),) if contract else ()))
        self.statusMessage.emit(self.tr("Saved {name}").format(name=target.name))
        return True

    # --- autosave and recovery ------------------------------------------------------------
    def _schedule_autosave(self) -> None:
        if self.state.review is not None and self.state.is_dirty:
            self._autosave.start()

    def autosave_now(self) -> None:
        if self.state.review is None or not self.state.is_dirty:
            return
        try:
            review_file = str(self.state.review_file) if self.state.review_file else None
            written = api.write_recovery(self.data_dir, self.state.to_saved(), review_file)
            if self._recovery is not None and self._recovery != written:
                api.clear_recovery(self.data_dir, self._recovery)  # the contract changed
            self._recovery = written
        except (ReviewerError, OSError) as exc:
            log.warning("autosave failed: %s", exc)
            self.statusMessage.emit(self.tr("Autosave failed: {error}").format(error=exc))

    def maybe_discard_changes(self) -> bool:
        """Ask before unsaved work is replaced or closed; False = the reader cancelled."""
        if self.state.review is None or not self.state.is_dirty:
            return True
        name = self.state.contract_path.name if self.state.contract_path else ""
        choice = self.presenter.ask_save_changes(name)
        if choice is SaveChoice.SAVE:
            return self.save()
        if choice is SaveChoice.DISCARD:
            self._clear_own_recovery()
            return True
        return False

    def shutdown(self) -> None:
        """The window is closing for good: stop work; no unsaved work is left behind."""
        self.cancel()
        self._autosave.stop()
        if not self.state.is_dirty:
            self._clear_own_recovery()
