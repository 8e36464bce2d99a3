"""Starting the desktop app: QApplication, settings, language, crash hook, window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reviewer import __version__
from reviewer.gui.crash_handler import install_excepthook, setup_logging
from reviewer.gui.i18n import Translations, system_language
from reviewer.gui.main_window import MainWindow
from reviewer.gui.settings import AppSettings, data_dir


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Contract Reviewer")
    app.setOrganizationName("ContractReviewer")
    app.setApplicationVersion(__version__)
    return app


def freeze_startup_objects() -> None:
    """Move everything alive now (modules, Qt wrappers) out of the collector's sight.

    A full garbage collection runs in whichever thread allocates, holds the GIL
    and so stalls the GUI thread too: ~60 ms while a 100-page PDF is read.
    Frozen objects are not scanned, which cuts that pause to ~12 ms.
    """
    gc.collect()
    gc.freeze()


def create_window(lang: str | None = None) -> tuple[MainWindow, Translations]:
    """The window with its collaborators, for `run` and for tests."""
    app = application()
    folder = data_dir()
    log_path = setup_logging(folder)
    settings = AppSettings()
    translations = Translations(app)
    lang = lang or settings.language() or system_language()
    translations.set_language(lang)
    from reviewer.gui.test_hook import TestHook, load_script

    script = load_script()
    hook = TestHook(script) if script is not None else None
    window = MainWindow(settings, folder, presenter=hook.presenter if hook else None,
                        language_switcher=translations.set_language)
    if hook is not None:
        hook.attach(window)
        window.test_hook = hook  # kept alive with the window
    window.state.ui_lang = lang
    window.retranslate()
    (window.actions_.lang_zh if lang == "zh" else window.actions_.lang_en).setChecked(True)
    install_excepthook(lambda: window.presenter, log_path)
    freeze_startup_objects()
    return window, translations


def run(file: str | None = None, screenshot: str | None = None, lang: str | None = None,
        size: tuple[int, int] = (1440, 900)) -> int:
    app = application()
    window, _translations = create_window(lang)
    if screenshot:
        from reviewer.gui.screenshot import ScreenshotRun

        if not file:
            print("reviewer gui: --screenshot needs a FILE to open", file=sys.stderr)
            return 2
        window.resize(*size)
        window.show()
        shot = ScreenshotRun(window, file, Path(screenshot))
        QTimer.singleShot(0, shot.start)
        app.exec()
        return shot.exit_code
    window.show()
    QTimer.singleShot(0, lambda: window.controller.start(file))
    return int(app.exec())
