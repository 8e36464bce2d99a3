"""The main window: lays out the panes and wires actions to the controller.

It owns no review data (that is `ReviewState`) and runs no work (that is
`ReviewController`); it only composes widgets, menus and the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reviewer.clause import Clause
from reviewer.errors import ReviewerError
from reviewer.gui.annotation_commands import AnnotationCommands
from reviewer.gui.checklist_pane import ChecklistPane
from reviewer.gui.checklist_status import ChecklistStatus
from reviewer.gui.clause_pane import ClausePane
from reviewer.gui.document_pane import DocumentPane
from reviewer.gui.export_menu import ExportMenu
from reviewer.gui.finding_panel import FindingPanel
from reviewer.gui.messages import DialogPresenter, MessagePresenter
from reviewer.gui.notice_bar import NoticeBar
from reviewer.gui.plain_text import plain_tooltip
from reviewer.gui.review_controller import CONTRACT_SUFFIXES, ReviewController
from reviewer.gui.review_state import ReviewState
from reviewer.gui.settings import AppSettings
from reviewer.gui.tool_windows import ToolWindows
from reviewer.gui.window_actions import WindowActions
from reviewer.review import Status


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings, data_dir: Path,
                 presenter: MessagePresenter | None = None,
                 pool: QThreadPool | None = None,
                 language_switcher: object | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.language_switcher = language_switcher  # callable(lang) installed by the app
        self.test_hook: object | None = None  # reviewer.gui.test_hook, when a test runs the app
        self.log_path: Path | None = None  # set by reviewer.gui.app; shown in Help > About
        self.presenter = presenter or DialogPresenter(self)
        self.state = ReviewState(self)
        self.document_pane = DocumentPane()
        self.checklist_pane = ChecklistPane(self.state)
        self.finding_panel = FindingPanel(self.state)
        self.clause_pane = ClausePane(self.state)
        self.notice = NoticeBar()
        self.controller = ReviewController(self.state, self.document_pane, self.presenter,
                                           settings, data_dir, pool, self)
        self.actions_ = WindowActions(self)
        self.exports = ExportMenu(self.state, self.presenter, self, pool, settings)
        self.commands = AnnotationCommands(self.state, self.document_pane, settings, self)
        self.tools = ToolWindows(self, pool)
        self._build_layout()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self._restore_layout()
        self._update_title()
        self._show_checklist()
        self._update_enabled()

    # --- construction ----------------------------------------------------------------
    def _build_layout(self) -> None:
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.clause_pane, "")
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.checklist_pane)
        self.right.addWidget(self.finding_panel)
        # The detail pane (question, decision, why, evidence and the correction form)
        # gets the larger share, so it reads without scrolling at 1280x800.
        self.right.setStretchFactor(0, 2)
        self.right.setStretchFactor(1, 3)
        self.right.setSizes([330, 500])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.document_pane)
        self.splitter.addWidget(self.right)
        self.splitter.setSizes([250, 570, 620])
        self.splitter.setStretchFactor(1, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(a.open)
        self.recent_menu = QMenu(self)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(a.restore_unsaved)
        self.file_menu.addAction(a.save)
        self.file_menu.addAction(a.save_as)
        self.file_menu.addMenu(self.exports.menu)
        self.file_menu.addAction(a.import_answers)
        self.file_menu.addSeparator()
        self.checklist_menu = QMenu(self)
        self.checklist_menu.aboutToShow.connect(self._fill_checklist_menu)
        self.file_menu.addMenu(self.checklist_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.quit)
        self.edit_menu = bar.addMenu("")
        for act in (a.undo, a.redo, None, *a.override.values(), a.clear_override, None,
                    a.edit_note, a.asked_vendor, a.use_selection, None, a.reviewer_name):
            if act is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(act)
        self.tools_menu = bar.addMenu("")
        for act in (a.compare_vendors, a.compare_versions, a.portfolio, a.playbook):
            self.tools_menu.addAction(act)
        self.view_menu = bar.addMenu("")
        for act in (a.next_item, a.prev_item, a.next_attention, a.prev_attention,
                    a.only_attention, a.find, None, a.zoom_in, a.zoom_out, a.fit_width, None):
            if act is None:
                self.view_menu.addSeparator()
            else:
                self.view_menu.addAction(act)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addAction(a.lang_en)
        self.language_menu.addAction(a.lang_zh)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.guide)
        self.help_menu.addAction(a.shortcuts)
        self.help_menu.addSeparator()
        self.help_menu.addAction(a.about)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (a.open, a.save, None, a.undo, a.redo, None, a.prev_item, a.next_item,
                    a.next_attention):
            if act is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)
        self._fill_recent(self.settings.recent_files())
        self.retranslate()

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(240)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.checklist_label = ChecklistStatus()  # which checklist file is in use
        sb = self.statusBar()
        sb.addPermanentWidget(self.checklist_label)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    def _connect(self) -> None:
        a, c, s = self.actions_, self.controller, self.state
        a.open.triggered.connect(self.choose_and_open)
        a.save.triggered.connect(self.save)
        a.save_as.triggered.connect(lambda: self._save_as())
        a.choose_checklist_file.triggered.connect(self.choose_checklist_file)
        a.import_answers.triggered.connect(lambda: self.tools.choose_answers())
        a.restore_unsaved.triggered.connect(lambda: self.controller.restore_other())
        a.compare_vendors.triggered.connect(lambda: self.tools.compare_vendors())
        a.compare_versions.triggered.connect(lambda: self.tools.compare_versions())
        a.portfolio.triggered.connect(lambda: self.tools.portfolio())
        a.playbook.triggered.connect(lambda: self.tools.playbook())
        a.quit.triggered.connect(self.close)
        a.cancel.triggered.connect(c.cancel)
        a.undo.triggered.connect(s.undo_stack.undo)
        a.redo.triggered.connect(s.undo_stack.redo)
        for status, act in a.override.items():
            act.triggered.connect(lambda _=False, st=status: self.commands.set_override(st))
        a.clear_override.triggered.connect(lambda: self.commands.set_override(None))
        a.edit_note.triggered.connect(self.finding_panel.note.setFocus)
        a.asked_vendor.triggered.connect(self.commands.toggle_asked_vendor)
        a.use_selection.triggered.connect(self.commands.use_selection_as_evidence)
        a.reviewer_name.triggered.connect(self.commands.ask_reviewer_name)
        self.commands.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        a.next_item.triggered.connect(lambda: self.checklist_pane.step_item(1))
        a.prev_item.triggered.connect(lambda: self.checklist_pane.step_item(-1))
        a.next_attention.triggered.connect(lambda: self.checklist_pane.step_item(1, True))
        a.prev_attention.triggered.connect(lambda: self.checklist_pane.step_item(-1, True))
        a.only_attention.toggled.connect(lambda on: self.checklist_pane.set_status_filter(
            {Status.VAGUE, Status.MISSING} if on else set(Status)))
        a.find.triggered.connect(self.checklist_pane.search.setFocus)
        a.zoom_in.triggered.connect(lambda: self.document_pane.zoom_by(1.2))
        a.zoom_out.triggered.connect(lambda: self.document_pane.zoom_by(1 / 1.2))
        a.fit_width.triggered.connect(self.document_pane.fit_width)
        a.lang_group.triggered.connect(lambda act: self.switch_language(str(act.data())))
        a.about.triggered.connect(self.show_about)
        a.guide.triggered.connect(lambda: self.tools.show_help("guide"))
        a.shortcuts.triggered.connect(lambda: self.tools.show_help("shortcuts"))
        a.clear_recent.triggered.connect(self._clear_recent)
        s.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        s.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        s.dirtyChanged.connect(lambda _: self._update_title())
        s.reviewChanged.connect(self._update_enabled)
        s.reviewChanged.connect(self._update_title)
        s.reviewChanged.connect(self._show_checklist)
        s.currentItemChanged.connect(self._on_current_item)
        s.annotationsChanged.connect(self._on_annotations)
        c.busyChanged.connect(self._set_busy)
        c.progress.connect(self._on_progress)
        c.statusMessage.connect(lambda m: self.statusBar().showMessage(m, 8000))
        c.warningsChanged.connect(self.notice.show_messages)
        c.recentChanged.connect(self._fill_recent)
        # after a review, the first item needing attention is selected
        c.reviewReady.connect(lambda: None if self.state.current_item
                              else self.checklist_pane.step_item(1, True))
        self.finding_panel.evidenceRequested.connect(
            lambda locs: self.document_pane.show_locations(locs, status=self._current_status()))
        self.clause_pane.clauseSelected.connect(self._on_clause)
        self.exports.exported.connect(lambda p: self.statusBar().showMessage(
            self.tr("Exported {name}").format(name=Path(p).name), 8000))

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.actions_.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.checklist_menu.setTitle(self.tr("&Checklist"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.left_tabs.setTabText(0, self.tr("Clauses"))
        if hasattr(self, "cancel_button"):
            self.cancel_button.setText(self.tr("Cancel"))
        self.checklist_pane.retranslate()
        self.exports.retranslate()
        self.finding_panel.retranslate()
        self.clause_pane.retranslate()
        self.document_pane.retranslate()
        for tool in self.tools.open_windows:
            set_language = getattr(tool, "set_language", None)  # the core's texts in both
            if callable(set_language):
                set_language(self.state.ui_lang)
            retranslate = getattr(tool, "retranslate", None)
            if callable(retranslate):
                retranslate()
        self.checklist_pane.model.refresh_all()
        self._fill_recent(self.settings.recent_files())
        self._update_title()
        if hasattr(self, "checklist_label"):
            self._show_checklist()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def switch_language(self, lang: str) -> None:
        self.state.ui_lang = lang
        self.settings.set_language(lang)
        (self.actions_.lang_zh if lang == "zh" else self.actions_.lang_en).setChecked(True)
        if callable(self.language_switcher):
            self.language_switcher(lang)  # installs the translator -> LanguageChange
        self.retranslate()

    # --- reactions -----------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.actions_.cancel.setEnabled(busy)
        if busy:
            self.progress.setValue(0)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.statusBar().showMessage(message)

    def _update_title(self) -> None:
        s = self.state
        name = s.contract_path.name if s.contract_path else (
            Path(s.review.document.path).name if s.review else "")
        title = self.tr("Contract Reviewer")
        if name:
            title = f"{name}{' *' if s.is_dirty else ''} \u2014 {title}"
        self.setWindowTitle(title)

    def _show_checklist(self) -> None:
        review = self.state.review
        self.checklist_label.show_checklist(self.state.checklist,
                                            review.checklist_id if review else None,
                                            self.settings.checklist(), self.state.ui_lang)

    def _update_enabled(self) -> None:
        has = self.state.review is not None
        a = self.actions_
        for act in (a.save, a.save_as, a.import_answers, *a.override.values(), a.clear_override, a.edit_note,
                    a.asked_vendor, a.use_selection, a.next_item, a.prev_item, a.next_attention,
                    a.prev_attention):
            act.setEnabled(has)
        a.undo.setEnabled(self.state.undo_stack.canUndo())
        a.redo.setEnabled(self.state.undo_stack.canRedo())

    def _on_current_item(self, item_id: str) -> None:
        self.document_pane.show_locations(self.finding_panel.evidence_locations(), scroll=True,
                                          status=self._current_status())
        self.actions_.asked_vendor.setChecked(
            self.state.annotations.item(item_id).asked_vendor)

    def _on_annotations(self) -> None:
        item = self.state.current_item
        if item:
            self.document_pane.show_locations(self.finding_panel.evidence_locations(),
                                              scroll=False, status=self._current_status())
            self.actions_.asked_vendor.setChecked(self.state.annotations.item(item).asked_vendor)

    def _current_status(self) -> Status | None:
        finding = self.state.finding(self.state.current_item)
        return self.state.effective_status(finding) if finding is not None else None

    def _on_clause(self, clause: Clause) -> None:
        self.document_pane.show_locations([clause.location], scroll=True)

    # --- files and checklists ------------------------------------------------------------
    def choose_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open contract or review"), "",
            self.tr("Contracts and reviews (*.pdf *.docx *.review.json);;All files (*)"))
        if path:
            self.controller.open_path(path)

    def save(self) -> None:
        """Save to the review file; the first time, next to the contract, asking first
        when a different review is already there (Replace, or pick another name)."""
        target = self.controller.default_review_path()
        if target is None:
            return
        other = self.controller.would_replace(target)
        if other is None or self.presenter.confirm(self.tr("Replace the saved review?"), self.tr(
                "{file} already holds {other}. Replace it with this review? Choose No to "
                "save under another name.").format(file=target.name, other=other)):
            self.controller.save(target)
        else:
            self._save_as(target.with_name(target.name.replace(".review.json",
                                                               "-2.review.json")))

    def _save_as(self, start_path: Path | None = None) -> None:
        if self.state.review is None:
            return
        start = str(start_path or self.controller.default_review_path())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save review"), start,
                                              self.tr("Review files (*.review.json)"))
        if path:
            if not path.endswith(".json"):
                path += ".review.json"
            self.controller.save(path)

    def choose_checklist_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Checklist file"), "",
                                              self.tr("Checklists (*.yaml *.yml)"))
        if path:
            self.use_checklist(path)

    def use_checklist(self, spec: str) -> bool:
        """Choose the checklist (bundled id or YAML path); re-review an open contract."""
        from reviewer.api import resolve_checklist

        try:
            resolve_checklist(spec)
        except ReviewerError as exc:
            self.presenter.error(self.tr("Checklist not usable"), str(exc))
            return False
        self.settings.set_checklist(spec)
        self._show_checklist()
        if self.state.contract_path is not None and self.state.review is not None:
            self.controller.open_contract(self.state.contract_path,
                                          keep=self.state.annotations)
        return True

    def _fill_checklist_menu(self) -> None:
        from reviewer.api import bundled_checklists

        menu = self.checklist_menu
        menu.clear()
        current = self.settings.checklist()
        for b in bundled_checklists():
            act = menu.addAction(b.title.get(self.state.ui_lang))
            act.setCheckable(True)
            act.setChecked(current == b.id or (not current and b.id == "vendor-support"))
            act.triggered.connect(lambda _=False, i=b.id: self.use_checklist(i))
        menu.addSeparator()
        menu.addAction(self.actions_.choose_checklist_file)

    def _fill_recent(self, files: list[str]) -> None:
        self.recent_menu.clear()
        for f in files:
            act = self.recent_menu.addAction(Path(f).name)
            act.setToolTip(plain_tooltip(f) or "")
            act.triggered.connect(lambda _=False, p=f: self.controller.open_path(p))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.actions_.clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._fill_recent([])

    def show_about(self) -> QDialog:
        """Version, log file and the licence notices (reviewer.gui.about)."""
        from reviewer.gui.about import AboutDialog

        self._about = AboutDialog(self.log_path, self)
        self._about.show()
        return self._about

    # --- window events ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and any(u.toLocalFile().lower().endswith((*CONTRACT_SUFFIXES, ".json", ".xlsx"))
                        for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if path.lower().endswith(".xlsx"):  # the vendor's returned checklist
                self.tools.import_answers(Path(path))
                event.acceptProposedAction()
                return
            if path:
                self.controller.open_path(path)
                event.acceptProposedAction()
                return

    def _restore_layout(self) -> None:
        geo = self.settings.geometry("geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        for key, splitter in (("splitter", self.splitter), ("right", self.right)):
            value = self.settings.geometry(key)
            if value is not None:
                splitter.restoreState(value)
        lang = self.settings.language() or "en"
        self.state.ui_lang = lang
        (self.actions_.lang_zh if lang == "zh" else self.actions_.lang_en).setChecked(True)

    def save_layout(self) -> None:
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        self.settings.set_geometry("right", self.right.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved playbook edits first (Save / Discard / Cancel, like the review's): a Save
        # runs in the editor's worker and closes the window again once written.
        if not self.tools.may_quit(self.close):
            event.ignore()
            return
        if not self.controller.maybe_discard_changes():
            self.tools.quit_cancelled()
            event.ignore()
            return
        self.tools.close_answered()
        self.save_layout()
        self.controller.shutdown()
        self.document_pane.clear()  # closes the PDF (under the PDFium lock)
        event.accept()
