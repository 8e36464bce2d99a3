"""File > Export: the files a vendor receives, written by `reviewer.export`.

Each export runs in the background (reports can take a second or two) with
the review, the reviewer's annotations and the checklist, in the UI
language. `ExportMenu.export(kind, path)` is what the menu calls after
asking for a file name, and what tests call directly.

**Paper Size** (a submenu at the end of this menu; an export option like
"Include My Notes", but kept between runs) chooses A4, Letter or the
locale's paper for every export with pages: both workbooks' print setup,
both reports, the issue list and a PDF contract's amendment schedule. It
lives in the settings; "From the Locale" passes None, so the core decides
exactly as the CLI does without ``--paper``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from reviewer.errors import ReviewerError
from reviewer.gui.messages import MessagePresenter
from reviewer.gui.review_state import ReviewState
from reviewer.gui.settings import AppSettings
from reviewer.gui.worker import BackgroundTask, start_task
from reviewer.progress import CancelToken


@dataclass(frozen=True)
class ExportKind:
    key: str
    suffix: str


KINDS = (
    ExportKind("xlsx", ".xlsx"),
    ExportKind("internal-xlsx", ".xlsx"),
    ExportKind("csv", ".csv"),
    ExportKind("docx-report", ".docx"),
    ExportKind("pdf-report", ".pdf"),
    ExportKind("annotated", ""),  # same format as the contract
    ExportKind("json", ".json"),
    ExportKind("redline", ".docx"),  # a PDF contract: the "Requested amendments" schedule
    ExportKind("issue-list", ".docx"),  # or .pdf, by the name chosen
)
# The exports laid out on pages, which take ``paper=`` (the CSV and JSON have
# none; the commented contract keeps the contract's own pages).
PAGED = frozenset({"xlsx", "internal-xlsx", "docx-report", "pdf-report", "redline", "issue-list"})
PAPER_CHOICES = ("", "a4", "letter")  # "": the locale's


def _writer(key: str) -> Callable[..., Any]:
    from reviewer import api as export

    writers: dict[str, Callable[..., Any]] = {
        "xlsx": export.write_checklist_xlsx,
        "internal-xlsx": export.write_internal_xlsx,
        "csv": export.write_checklist_csv,
        "docx-report": export.write_docx_report,
        "pdf-report": export.write_pdf_report,
        "annotated": export.write_annotated_copy,
        "json": export.write_json,
        "redline": export.write_redline,
        "issue-list": export.write_issue_list,
    }
    return writers[key]


def _locale_paper() -> str:
    from reviewer import api

    return str(api.locale_paper())


def _negotiation_kwargs(key: str, ui_lang: str) -> dict[str, Any]:
    """The redline speaks the contract's language (None: the core takes the document's),
    as the CLI does; the issue list, for the reader, the window's."""
    from reviewer.language import Language

    return {"lang": None if key == "redline" else Language.or_english(ui_lang)}


class ExportMenu(QObject):
    exported = Signal(str)  # the path written

    def __init__(self, state: ReviewState, presenter: MessagePresenter, parent: QWidget,
                 pool: QThreadPool | None = None, settings: AppSettings | None = None) -> None:
        super().__init__(parent)
        self.state, self.presenter, self.window = state, presenter, parent
        self.settings = settings
        self.pool = pool or QThreadPool.globalInstance()
        self.menu = QMenu(parent)
        self.actions = {k.key: self.menu.addAction("") for k in KINDS}
        self.menu.insertSeparator(self.actions["csv"])
        self.menu.insertSeparator(self.actions["redline"])
        # Off by default: the vendor workbook carries no internal notes unless asked.
        self.include_notes = self.menu.addAction("")
        self.include_notes.setCheckable(True)
        self.menu.insertAction(self.actions["internal-xlsx"], self.include_notes)
        self.paper_menu = QMenu(self.menu)
        self.paper_group = QActionGroup(self)
        self.paper_actions: dict[str, QAction] = {}
        for choice in PAPER_CHOICES:
            act = self.paper_menu.addAction("")
            act.setCheckable(True)
            act.setData(choice)
            self.paper_group.addAction(act)
            self.paper_actions[choice] = act
        self.paper_actions[settings.export_paper() if settings else ""].setChecked(True)
        self.paper_group.triggered.connect(lambda act: self.set_paper(str(act.data())))
        self.menu.addSeparator()
        self.menu.addMenu(self.paper_menu)
        for kind in KINDS:
            self.actions[kind.key].triggered.connect(
                lambda _=False, k=kind: self._choose_and_export(k))
        self.task: BackgroundTask | None = None
        self.retranslate()
        state.reviewChanged.connect(self._update_enabled)
        self._update_enabled()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Export"))
        labels = {
            "xlsx": self.tr("Checklist for the Vendor (Excel)\u2026"),
            "internal-xlsx": self.tr("Internal Checklist with Notes (Excel)\u2026"),
            "csv": self.tr("Checklist as CSV\u2026"),
            "docx-report": self.tr("Report (Word)\u2026"),
            "pdf-report": self.tr("Report (PDF)\u2026"),
            "annotated": self.tr("Contract with Comments\u2026"),
            "json": self.tr("JSON\u2026"),
            "redline": self.tr("Redline (DOCX)\u2026"),
            "issue-list": self.tr("Issue List (DOCX / PDF)\u2026"),
        }
        for key, action in self.actions.items():
            action.setText(labels[key])
        self.include_notes.setText(self.tr("Include My Notes in the Vendor Checklist"))
        self.paper_menu.setTitle(self.tr("&Paper Size"))
        self.paper_actions[""].setText(self.tr("From the Locale ({paper})").format(
            paper=self._paper_name(_locale_paper())))
        self.paper_actions["a4"].setText(self.tr("A4"))
        self.paper_actions["letter"].setText(self.tr("Letter"))
        self.paper_menu.setToolTip(self.tr(
            "The paper the workbooks' print setup, the reports, the issue list and a PDF "
            "contract's amendment schedule are laid out for."))
        self.actions["redline"].setToolTip(self.tr(
            "The contract with your chosen positions as Word tracked changes, each with its "
            "reason as a comment; for a PDF contract, a schedule of requested amendments."))
        self.actions["issue-list"].setToolTip(self.tr(
            "One page of issues ranked by risk, with the cited clause and the position asked for."))
        self.actions["xlsx"].setToolTip(self.tr(
            "Item, question, status in neutral words, cited clause and answer columns. "
            "Your notes, the tool's own status and override reasons stay out unless "
            "'Include My Notes' is ticked."))

    def _paper_name(self, paper: str) -> str:
        return self.tr("Letter") if paper == "letter" else self.tr("A4")

    def paper(self) -> str | None:
        """The chosen paper for the exports with pages; None: the locale's."""
        act = self.paper_group.checkedAction()
        choice = str(act.data()) if act is not None else ""
        return choice or None

    def set_paper(self, choice: str) -> None:
        """Choose "a4", "letter" or "" (the locale's), and remember it."""
        self.paper_actions.get(choice, self.paper_actions[""]).setChecked(True)
        if self.settings is not None:
            self.settings.set_export_paper(choice)

    def _update_enabled(self) -> None:
        # The exports need a review; Paper Size stays choosable before one is open.
        has = self.state.review is not None
        for action in (*self.actions.values(), self.include_notes):
            action.setEnabled(has)

    def default_path(self, kind: ExportKind) -> Path:
        review = self.state.review
        contract = self.state.contract_path or Path(review.document.path if review else "review")
        if kind.key == "annotated":
            from reviewer.api import default_annotated_path

            return default_annotated_path(contract)
        tag = {"docx-report": "-report", "pdf-report": "-report", "internal-xlsx": "-internal",
               "redline": "-redline", "issue-list": "-issues"}.get(kind.key, "-checklist")
        if kind.key == "json":
            tag = ""
        return contract.with_name(contract.stem + tag + kind.suffix)

    def _choose_and_export(self, kind: ExportKind) -> None:
        start = self.default_path(kind)
        pattern = "*.docx *.pdf" if kind.key == "issue-list" else f"*{start.suffix}"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), str(start), pattern)
        if path:
            self.export(kind.key, Path(path))

    def export(self, key: str, path: Path) -> bool:
        """Start writing; False when there is nothing to export or one is running."""
        review = self.state.review
        if review is None or self.task is not None:
            return False
        kwargs: dict[str, Any] = {"lang": self.state.ui_lang,
                                  "annotations": self.state.annotations,
                                  "checklist": self.state.checklist}
        if key == "xlsx":
            kwargs["include_notes"] = self.include_notes.isChecked()
        if key in ("annotated", "redline") and self.state.contract_path is not None:
            kwargs["source"] = self.state.contract_path
        if key in ("redline", "issue-list"):
            kwargs.update(_negotiation_kwargs(key, self.state.ui_lang))
        if key in PAGED:
            kwargs["paper"] = self.paper()
        writer = _writer(key)

        def work(progress: Any, cancel: CancelToken, partial: Any) -> Any:
            return writer(review, path, **kwargs)

        def done(_result: Any) -> None:
            self.task = None
            self.exported.emit(str(path))

        def failed(exc: BaseException) -> None:
            self.task = None
            if isinstance(exc, ReviewerError):
                self.presenter.error(self.tr("Export failed"), str(exc))
            else:
                raise exc  # a bug: the crash handler shows and logs it

        self.task = start_task(self.pool, work, on_finished=done, on_failed=failed)
        return True
