"""Help > About: the version, where the log is, and the licence notices of what we ship.

The notices are resources/licenses/*.txt (written by tools/gen_licenses.py from
each dependency's metadata, shipped by pyproject and build.spec), shown as
plain text: pick a package on the left, read its notice on the right. The
Qt / PySide6 notice (LGPL-3.0, how to replace the Qt libraries) comes first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer import __version__
from reviewer.resources import resource_dir

FIRST = ("pyside6-essentials", "shiboken6")


def licence_files(folder: Path | None = None) -> list[Path]:
    """The notices, Qt's first, then by name."""
    folder = folder or resource_dir("licenses")
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    return sorted(files, key=lambda p: (p.stem not in FIRST, FIRST.index(p.stem) if p.stem in FIRST else 0,
                                        p.stem))


class AboutDialog(QDialog):
    def __init__(self, log_path: Path | None = None, parent: QWidget | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Contract Reviewer"))
        header = QLabel(self.tr(
            "<h3>Contract Reviewer {version}</h3><p>Reviews vendor support and service "
            "terms against a checklist. Everything stays on this computer.</p>").format(
                version=__version__))
        header.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        if log_path is not None:
            log_label = QLabel(self.tr("Log file: {path}").format(path=log_path))
            log_label.setObjectName("AboutLogPath")
            log_label.setWordWrap(True)
            layout.addWidget(log_label)
        layout.addWidget(QLabel(self.tr("Third-party software and licences:")))
        self.files = licence_files(folder)
        self.packages = QListWidget()
        self.packages.addItems([p.stem for p in self.files])
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.text.setFont(mono)
        splitter = QSplitter()
        splitter.addWidget(self.packages)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 640])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.packages.currentRowChanged.connect(self._show)
        if self.files:
            self.packages.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("The licence notices are not installed ({path}).")
                                   .format(path=resource_dir("licenses")))
        self.resize(900, 640)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.files):
            self.text.setPlainText(self.files[row].read_text(encoding="utf-8", errors="replace"))
