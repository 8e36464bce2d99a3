"""Starting the desktop app: QApplication, settings, language, crash hook, window.

The log goes to ``$XDG_STATE_HOME/contract-reviewer/reviewer.log`` (else
``~/.local/state/contract-reviewer/``; ``$REVIEWER_DATA_DIR`` moves it with the
rest) and starts each session with a line naming the version. When neither
folder can be made (HOME unset, read-only or not a folder) the app says so, on
stderr and in a dialog, and exits with status 2 instead of a traceback.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import reviewer
from reviewer import __version__
from reviewer.gui.crash_handler import install_excepthook, setup_logging
from reviewer.gui.i18n import Translations, system_language
from reviewer.gui.main_window import MainWindow
from reviewer.gui.settings import ENV_DATA_DIR, AppSettings, data_dir

log = logging.getLogger("reviewer.gui")
ICON_NAME = "contract-reviewer"


class StartupError(Exception):
    """A folder the app needs cannot be made; the message says which and what to do."""


def state_dir() -> Path:
    """Where the log lives: $REVIEWER_DATA_DIR, else the XDG state folder."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    xdg = os.environ.get("XDG_STATE_HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "contract-reviewer"
    home = os.environ.get("HOME", "")
    if not home:
        raise StartupError(
            "Contract Reviewer cannot start: the HOME environment variable is not set, so there "
            "is nowhere to keep its log, settings and autosaves. Set HOME to your home folder, "
            f"or set {ENV_DATA_DIR} to a writable folder.")
    return Path(home) / ".local" / "state" / "contract-reviewer"


def prepare_folders() -> tuple[Path, Path]:
    """(data folder, log file), made if missing; `StartupError` when that is impossible."""
    try:
        folder = state_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_path = setup_logging(folder)
        data = data_dir()
    except OSError as exc:
        where = exc.filename or os.environ.get("HOME", "")
        raise StartupError(
            f"Contract Reviewer cannot start: it cannot write to {where} ({exc.strerror or exc}). "
            "Its log, settings and autosaves live under your home folder: check that HOME "
            f"points to a folder you can write to, or set {ENV_DATA_DIR} to one.") from exc
    log.info("Contract Reviewer %s starting (Python %s, PySide6 %s, %s; log %s)", __version__,
             platform.python_version(), PySide6.__version__, platform.platform(), log_path)
    return data, log_path


def window_icon() -> QIcon:
    """packaging/contract-reviewer.png beside the package (source tree, bundle), else the theme's."""
    png = Path(reviewer.__file__).resolve().parent.parent / "packaging" / f"{ICON_NAME}.png"
    if png.is_file():
        return QIcon(str(png))
    return QIcon.fromTheme(ICON_NAME)


def startup_failed(message: str) -> int:
    """Say why the app cannot start: stderr, then a dialog (or the test script's report)."""
    print(f"reviewer: {message}", file=sys.stderr)
    from reviewer.gui.messages import DialogPresenter, MessagePresenter
    from reviewer.gui.test_hook import ScriptedPresenter, load_script

    application()
    script = load_script()
    presenter: MessagePresenter = (ScriptedPresenter(script, lambda: None) if script is not None
                                   else DialogPresenter())
    presenter.error("Contract Reviewer cannot start", message)
    if script is not None and script.get("report") and isinstance(presenter, ScriptedPresenter):
        Path(script["report"]).write_text(json.dumps({"shown": presenter.shown}), encoding="utf-8")
    return 2


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Contract Reviewer")
    app.setOrganizationName("ContractReviewer")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(window_icon())  # every top-level window without its own
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
    if app.windowIcon().isNull():  # a QApplication made elsewhere (tests)
        app.setWindowIcon(window_icon())
    folder, log_path = prepare_folders()
    settings = AppSettings()
    translations = Translations(app)
    lang = lang or settings.language() or system_language()
    translations.set_language(lang)
    from reviewer.gui.test_hook import TestHook, load_script

    script = load_script()
    hook = TestHook(script) if script is not None else None
    window = MainWindow(settings, folder, presenter=hook.presenter if hook else None,
                        language_switcher=translations.set_language)
    window.log_path = log_path
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
    try:
        window, _translations = create_window(lang)
    except StartupError as exc:
        return startup_failed(str(exc))
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
