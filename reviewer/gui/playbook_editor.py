"""Tools > Playbook: the reviewer's own checklist, edited, validated, saved and used.

Left, the checklist's items by section (red flags among them), each with a
box that turns it on or off; right, the selected item's importance, band
limits and position texts (`playbook_item_form.py`). Every change is an
`Edit` over the opened file's text; a short pause after typing, the worker
applies the edits and loads the result with the normal loader
(`reviewer.checklist.playbook`), so what is shown as valid is exactly what
a review will load. Below, what differs from the bundled checklist, per item.

Save As writes the YAML atomically and loads it back; "Use for this review"
makes it the window's checklist and re-reviews the open contract through the
window's own path (`MainWindow.use_checklist`), keeping the reviewer's notes.
Open reads any checklist file (one a colleague shared).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.checklist.playbook import (
    Edit,
    Playbook,
    apply_and_validate,
    bundled_ids,
    check_own_id,
    derived_id,
    field_value,
    open_playbook,
    playbook_diff,
    playbook_from_text,
    policy_fields,
    save_playbook,
)
from reviewer.checklist.positions import RED_FLAG_SECTION
from reviewer.errors import ReviewerError
from reviewer.gui.messages import MessagePresenter
from reviewer.gui.playbook_changes import PlaybookChanges
from reviewer.gui.playbook_closing import UnsavedPlaybook
from reviewer.gui.playbook_item_form import PlaybookItemForm
from reviewer.gui.tool_window import ToolWindow
from reviewer.gui.worker import start_task
from reviewer.progress import CancelToken

VALIDATE_AFTER_MS = 400
RED_FLAGS = RED_FLAG_SECTION


def bundled_base(checklist_id: str) -> Path:
    """The bundled checklist file a playbook is compared with: same id, else the default."""
    from reviewer.api import bundled_checklists

    found = list(bundled_checklists())
    for b in found:
        if b.id == checklist_id:
            return b.path
    default = next((b for b in found if b.id == "vendor-support"), None)
    if default is None and not found:
        raise ReviewerError("No bundled checklist is installed to compare the playbook with. "
                            "Reinstall Contract Reviewer.")
    return (default or found[0]).path


def checklist_file(spec: str) -> Path:
    """The file behind the window's checklist setting: a bundled id, a path, or "" (default)."""
    if spec and ("/" in spec or "\\" in spec or spec.endswith((".yaml", ".yml"))):
        return Path(spec)
    return bundled_base(spec or "vendor-support")


class PlaybookEditor(UnsavedPlaybook, ToolWindow):
    saved = Signal(str)
    validated = Signal(bool)

    def __init__(self, lang: str, parent: QWidget | None = None, pool: QThreadPool | None = None,
                 use: Callable[[str], bool] | None = None,
                 presenter: MessagePresenter | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.lang = lang
        self.pool = pool or QThreadPool.globalInstance()
        self.use = use
        self.presenter = presenter  # asks before unsaved edits are closed away
        self.task = None
        self._checks: list[Any] = []  # running checks, kept alive until they report
        self._generation = 0
        self.playbook: Playbook | None = None
        self.base: Playbook | None = None  # the bundled checklist the diff is against
        self.path: Path | None = None  # the file opened
        self.saved_path: Path | None = None
        self.edits: dict[tuple[str, str], Any] = {}
        self.valid = False
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_AFTER_MS)
        self._timer.timeout.connect(self.validate)
        self.retranslate()
        self._set_busy(False)
        self.resize(1100, 720)

    def _build(self) -> None:
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.id_edit = QLineEdit()
        self.id_edit.setMinimumWidth(260)
        self.id_edit.textEdited.connect(lambda _: self._changed())
        self.id_label = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda cur, _prev: self._show_current(cur))
        self.tree.itemChanged.connect(self._on_tree_item)
        self.form = PlaybookItemForm()
        self.form.changed.connect(self.set_value)
        self.changes = PlaybookChanges()
        self.changes.lang = self.lang
        self.check = self.changes.check
        self.open_button, self.save_button, self.use_button, self.close_button = (
            QPushButton() for _ in range(4))
        self.open_button.clicked.connect(self.choose_and_open)
        self.save_button.clicked.connect(lambda: self.choose_and_save())
        self.use_button.clicked.connect(self.use_for_review)
        self.close_button.clicked.connect(self.close)

        head = QHBoxLayout()
        head.addWidget(self.file_label, 1)
        head.addWidget(self.id_label)
        head.addWidget(self.id_edit)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.form)
        right.addWidget(self.changes)
        right.setSizes([540, 140])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.tree)
        body.addWidget(right)
        body.setSizes([330, 770])
        buttons = QHBoxLayout()
        for b in (self.open_button, self.save_button, self.use_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(head)
        layout.addWidget(body, 1)
        layout.addWidget(self.check)
        layout.addLayout(self._status_row())
        layout.addLayout(buttons)
        self.setCentralWidget(central)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Playbook"))
        self.id_label.setText(self.tr("Saved as checklist id:"))
        self.id_edit.setToolTip(self.tr("A review records this id; keep it apart from the "
                                        "bundled checklist's."))
        self.open_button.setText(self.tr("Open\u2026"))
        self.save_button.setText(self.tr("Save As\u2026"))
        self.use_button.setText(self.tr("Use for This Review"))
        self.use_button.setToolTip(self.tr("Save the playbook, make it the checklist of new "
                                           "reviews and review the open contract again with it "
                                           "(your notes are kept)."))
        self.close_button.setText(self.tr("Close"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.form.retranslate()
        self.changes.retranslate()
        self._show_file()

    def set_language(self, lang: str) -> None:
        self.lang = self.changes.lang = lang
        self.changes.retranslate()
        if self.playbook is not None:
            self._fill_tree()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for b in (self.open_button, self.save_button, self.use_button):
            b.setEnabled(not busy and self.playbook is not None)

    # --- opening -----------------------------------------------------------------------
    def choose_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open checklist"), "",
                                              self.tr("Checklists (*.yaml *.yml)"))
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Read a checklist file for editing in the worker; False when busy."""
        if self.task is not None:
            return False

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            playbook = open_playbook(path)
            base_path = bundled_base(playbook.checklist.id)
            base = playbook if base_path.resolve() == path.resolve() else open_playbook(base_path)
            return playbook, base, base_path, bundled_ids()

        def done(value: tuple[Playbook, Playbook, Path, frozenset[str]]) -> None:
            self.task = None
            playbook, base, base_path, taken = value
            self.playbook, self.base, self.path = playbook, base, path
            self._set_busy(False)
            self.status.setText("")
            self.saved_path = None if path.resolve() == base_path.resolve() else path
            self.edits = {}
            own = playbook.checklist.id
            self.id_edit.setText(derived_id(own) if self.saved_path is None else own)
            self._saved_edits = self.edits_key()
            if self.saved_path is not None and own in taken:
                # A file of the reviewer's under the bundled id: the review would reopen with
                # the bundled checklist. Its own id is proposed, an unsaved change until saved.
                self.id_edit.setText(derived_id(own))
                self.status.setText(self.tr(
                    "{name} uses the built-in checklist's id '{id}'; it will be saved as "
                    "'{new}' so reviews made with it open with it.").format(
                        name=path.name, id=own, new=derived_id(own)))
            self._discarded = False
            self._fill_tree()
            self._show_file()
            self.valid = True
            self.validate()

        self.status.setText(self.tr("Reading {name}\u2026").format(name=path.name))
        self.task = start_task(self.pool, work, on_finished=done, on_failed=self._failed)
        self._set_busy(True)
        return True

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        if not isinstance(exc, ReviewerError):
            raise exc  # a bug: the crash handler shows and logs it
        self.status.setText(str(exc))

    def _show_file(self) -> None:
        if self.path is None:
            self.file_label.setText(self.tr("No checklist open."))
            return
        self.file_label.setText(self.tr("Editing {file}").format(file=str(self.path)))

    def _fill_tree(self) -> None:
        assert self.playbook is not None
        current = self.current_item_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        for section in self.playbook.checklist.sections:
            top = QTreeWidgetItem([section.title.get(self.lang)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if section.id == RED_FLAGS:
                top.setForeground(0, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(top)
            for item in section.items:
                node = QTreeWidgetItem([item.title.get(self.lang)])
                node.setData(0, Qt.ItemDataRole.UserRole, item.id)
                node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                on = self.value(item.id, "enabled") != "false"
                node.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                node.setToolTip(0, self.tr("Ticked: judged in reviews. Unticked: kept in the "
                                           "file, not judged."))
                top.addChild(node)
                if item.id == current:
                    self.tree.setCurrentItem(node)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._show_current(self.tree.currentItem())

    def current_item_id(self) -> str:
        node = self.tree.currentItem()
        return str(node.data(0, Qt.ItemDataRole.UserRole) or "") if node is not None else ""

    def select_item(self, item_id: str) -> None:
        for node in self._nodes():
            if node.data(0, Qt.ItemDataRole.UserRole) == item_id:
                self.tree.setCurrentItem(node)

    def _nodes(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                out.extend(c for j in range(top.childCount()) if (c := top.child(j)) is not None)
        return out

    def _show_current(self, node: QTreeWidgetItem | None) -> None:
        item_id = str(node.data(0, Qt.ItemDataRole.UserRole) or "") if node is not None else ""
        if self.playbook is None or not item_id:
            self.form.show_item(None, {}, self.lang)
            return
        item = self.playbook.checklist.item(item_id)
        values = {f: self.value(item_id, f) for f in ("weight", "band.preferred", "band.fallback",
                                                      "band.unacceptable", "preferred.en",
                                                      "preferred.zh", "fallback.en", "fallback.zh",
                                                      *policy_fields(item))}
        self.form.show_item(item, values, self.lang, item.section == RED_FLAGS)

    # --- editing -----------------------------------------------------------------------
    def value(self, item_id: str, field: str) -> str:
        """The field's value now: the edit if any, else the opened file's."""
        if (item_id, field) in self.edits:
            v = self.edits[(item_id, field)]
            return ("true" if v else "false") if isinstance(v, bool) else (
                f"{v:g}" if isinstance(v, float) else str(v))
        assert self.playbook is not None
        item = self.playbook.checklist.item(item_id)
        return field_value(item, field, self.playbook.disabled)

    def set_value(self, item_id: str, field: str, value: Any) -> None:
        """Record one edit (the form, the tree's boxes and tests call this) and re-check."""
        if self.playbook is None:
            return
        original = field_value(self.playbook.checklist.item(item_id), field, self.playbook.disabled)
        shown = ("true" if value else "false") if isinstance(value, bool) else (
            f"{value:g}" if isinstance(value, float) else str(value))
        if shown == original:
            self.edits.pop((item_id, field), None)
        else:
            self.edits[(item_id, field)] = value
        self._changed()

    def _on_tree_item(self, node: QTreeWidgetItem, _column: int) -> None:
        item_id = node.data(0, Qt.ItemDataRole.UserRole)
        if item_id:
            self.set_value(str(item_id), "enabled", node.checkState(0) == Qt.CheckState.Checked)

    def _changed(self) -> None:
        self.valid = False
        self._generation += 1
        self.changes.checking()
        self._timer.start()

    def edit_list(self) -> list[Edit]:
        return [Edit(i, f, v) for (i, f), v in self.edits.items()]

    # --- checking and the diff ------------------------------------------------------------
    def validate(self) -> None:
        """Apply the edits and load the result in the worker; shows the loader's message."""
        if self.playbook is None or self.base is None:
            return
        gen = self._generation
        text, edits, new_id = self.playbook.text, self.edit_list(), self.id_edit.text().strip()
        base, path = self.base, str(self.path or "<checklist>")

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            new_text, checklist = apply_and_validate(text, edits, path, new_id)
            check_own_id(checklist.id, path)
            return new_text, checklist, playbook_diff(base, playbook_from_text(new_text, path))

        def done(value: Any) -> None:
            if gen != self._generation:
                return  # edited again since: the newer check decides
            self.new_text, checklist, diff = value
            self.valid = True
            total = len(self.playbook.checklist.items) if self.playbook else 0
            self.changes.show_valid(len(checklist.items), total, diff)
            self.validated.emit(True)

        def failed(exc: BaseException) -> None:
            if gen != self._generation:
                return
            if not isinstance(exc, ReviewerError):
                raise exc
            self.valid = False
            self.changes.show_error(str(exc))
            self.validated.emit(False)

        def finished(value: Any) -> None:
            self._checks.remove(task)
            done(value)

        def broke(exc: BaseException) -> None:
            self._checks.remove(task)
            failed(exc)

        task = start_task(self.pool, work, on_finished=finished, on_failed=broke)
        self._checks.append(task)

    # --- saving and using ---------------------------------------------------------------
    def choose_and_save(self, then: Callable[[Path], None] | None = None) -> None:
        start = self.saved_path or Path.home() / f"{self.id_edit.text().strip() or 'playbook'}.yaml"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save playbook"), str(start),
                                              self.tr("Checklists (*.yaml *.yml)"))
        if path:
            if not path.lower().endswith((".yaml", ".yml")):
                path += ".yaml"
            self.save_as(Path(path), then)

    def save_as(self, path: Path, then: Callable[[Path], None] | None = None) -> bool:
        """Validate, write atomically and load back in the worker; False when busy."""
        if self.playbook is None or self.task is not None:
            return False
        text, edits, new_id = self.playbook.text, self.edit_list(), self.id_edit.text().strip()
        key = self.edits_key()

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            new_text, checklist = apply_and_validate(text, edits, str(path), new_id)
            check_own_id(checklist.id, str(path))
            return save_playbook(new_text, path)

        def done(_checklist: Any) -> None:
            self.task = None
            self._set_busy(False)
            self.saved_path, self._saved_edits, self.path = path, key, path
            self._show_file()
            self.status.setText(self.tr("Saved {name}").format(name=path.name))
            self.saved.emit(str(path))
            if then is not None:
                then(path)

        self.task = start_task(self.pool, work, on_finished=done, on_failed=self._failed)
        self._set_busy(True)
        return True

    def use_for_review(self) -> None:
        """Save (asking where, unless saved and unchanged since), then use it."""
        if self.playbook is None or self.use is None:
            return
        if self.saved_path is not None and not self.edits_since_save():
            self._use(self.saved_path)
        else:
            self.choose_and_save(then=self._use)

    def edits_since_save(self) -> bool:
        return self.saved_path is None or self._saved_edits != self.edits_key()

    def edits_key(self) -> tuple[Any, ...]:
        return (tuple(sorted(self.edits.items(), key=lambda kv: kv[0])), self.id_edit.text())

    def _use(self, path: Path) -> None:
        if self.use is not None and self.use(str(path)):
            self.status.setText(self.tr("Reviewing the contract again with {name}\u2026").format(
                name=path.name))

    _saved_edits: tuple[Any, ...] = ()

    def closeEvent(self, event: Any) -> None:
        if not self.may_close(self.close):
            event.ignore()
            return
        super().closeEvent(event)
