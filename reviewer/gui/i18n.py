"""UI language: Qt translators for our strings and Qt's own (dialog buttons).

Our catalogue is ``resources/translations/reviewer_zh_CN.qm``, compiled by
``pyside6-lrelease`` from the ``.ts`` source that ``pyside6-lupdate`` extracts
from ``reviewer/gui``. English is the source language and needs no file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("en", "zh")


def translations_dir() -> Path:
    from reviewer.resources import resource_dir

    return resource_dir("translations")


def system_language() -> str:
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Translations:
    """Installs and swaps the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, lang: str) -> bool:
        """Switch; returns False when the catalogue is missing (English stays)."""
        for t in self.installed:
            self.app.removeTranslator(t)
        self.installed = []
        self.language = "en"
        if lang != "zh":
            return True
        ours = QTranslator(self.app)
        if not ours.load(str(translations_dir() / "reviewer_zh_CN.qm")):
            return False
        qt_own = QTranslator(self.app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load("qtbase_zh_CN", qt_dir):
            self.app.installTranslator(qt_own)
            self.installed.append(qt_own)
        self.app.installTranslator(ours)
        self.installed.append(ours)
        self.language = "zh"
        return True
