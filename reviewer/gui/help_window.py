"""Help > User Guide and Help > Keyboard Shortcuts, offline.

The guide is docs/user-guide.md, shipped with the app (build.spec) and shown
as formatted text; the shortcuts are read from the window's own actions, so
the list cannot drift from what the keys do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import reviewer

GUIDE = Path(reviewer.__file__).resolve().parent.parent / "docs" / "user-guide.md"


class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideWindow")
        self.setWindowTitle(self.tr("User Guide \u2014 Contract Reviewer"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(GUIDE.parent)])
        if GUIDE.is_file():
            self.browser.setMarkdown(GUIDE.read_text(encoding="utf-8"))
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(GUIDE)))
        else:
            self.browser.setPlainText(self.tr("The user guide is not installed ({path}).")
                                      .format(path=GUIDE))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 700)


class ShortcutsWindow(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsWindow")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = [(a.text().replace("&", "").rstrip("\u2026"),
                 a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                for a in actions if not a.shortcut().isEmpty() and a.text()]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, (text, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(text))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 640)
