"""Help > About with the licence notices, the XDG log, the window icon and a clear
message (not a traceback) when HOME is unset or unwritable."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reviewer import __version__
from reviewer.gui import app as gui_app
from reviewer.gui.main_window import MainWindow
from reviewer.gui.settings import AppSettings
from reviewer.resources import resource_dir
from tests.gui import RecordingPresenter

ROOT = Path(__file__).resolve().parents[2]


def _canonical(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert name is not None
    return re.sub(r"[-_.]+", "-", name.group()).lower()


def _runtime_distributions() -> set[str]:
    """What tools/gen_licenses.py counts (pyproject's dependencies and theirs), run as the
    tool is (tests/packaging would shadow the `packaging` library it imports)."""
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_licenses.py"), "--list"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return set(out.stdout.split())


def test_every_runtime_dependency_has_a_licence_file() -> None:
    folder = resource_dir("licenses")
    assert folder == ROOT / "resources" / "licenses"
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {_canonical(d) for d in deps}
    assert {"pyside6-essentials", "python-docx", "pypdf", "reportlab"} <= names
    transitive = _runtime_distributions()
    assert names <= transitive and "cryptography" in transitive  # pypdf[crypto]
    names |= transitive
    missing = sorted(n for n in names if not (folder / f"{n}.txt").is_file())
    assert not missing, f"run tools/gen_licenses.py: no notice for {missing}"
    for n in names:
        text = (folder / f"{n}.txt").read_text(encoding="utf-8")
        assert "Licence: " in text and len(text) > 150, n
    qt = (folder / "pyside6-essentials.txt").read_text(encoding="utf-8")
    assert "LGPL-3.0" in qt and "Relinking" in qt and "_internal/PySide6/Qt/lib" in qt
    assert "python-docx" in (folder / "python-docx.txt").read_text(encoding="utf-8")


def test_build_spec_ships_the_licences() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"resources" / "licenses"' in spec


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(AppSettings(), tmp_path / "data", RecordingPresenter())
    qtbot.addWidget(w)
    w.show()
    yield w


def test_about_opens_and_shows_the_pyside6_notice(window: MainWindow, qtbot: QtBot) -> None:
    window.log_path = Path("/somewhere/reviewer.log")
    window.actions_.about.trigger()
    about = window._about
    qtbot.addWidget(about)
    assert about.isVisible()
    assert about.packages.item(0).text() == "pyside6-essentials"
    shown = about.text.toPlainText()
    assert "LGPL-3.0" in shown and "replace the Qt libraries" in shown
    assert about.text.isReadOnly() and about.text.verticalScrollBar().maximum() > 0
    assert about.packages.count() >= 10
    names = [about.packages.item(i).text() for i in range(about.packages.count())]
    about.packages.setCurrentRow(names.index("reportlab"))
    assert "ReportLab" in about.text.toPlainText() or "reportlab" in about.text.toPlainText()
    log_label = about.findChild(QLabel, "AboutLogPath")
    assert log_label is not None and "/somewhere/reviewer.log" in log_label.text()
    assert any(__version__ in label.text() for label in about.findChildren(QLabel))


def test_every_window_has_the_icon(window: MainWindow, qtbot: QtBot) -> None:
    assert not gui_app.window_icon().isNull()
    created, _tr = gui_app.create_window("en")
    qtbot.addWidget(created)
    about = created.show_about()
    qtbot.addWidget(about)
    guide = created.tools.show_help("guide")
    for w in (created, about, guide, window):
        assert not w.windowIcon().isNull(), w.objectName()


@pytest.mark.slow
def test_log_under_xdg_state_with_a_version_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REVIEWER_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert gui_app.state_dir() == tmp_path / "state" / "contract-reviewer"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert gui_app.state_dir() == tmp_path / "home" / ".local" / "state" / "contract-reviewer"
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    root = logging.getLogger("reviewer")
    saved = root.handlers[:]
    root.handlers = [h for h in saved if not isinstance(h, logging.FileHandler)]
    try:
        folder, log_path = gui_app.prepare_folders()
        for h in root.handlers:
            h.flush()
        assert folder == tmp_path / "data" and log_path == tmp_path / "data" / "reviewer.log"
        assert f"Contract Reviewer {__version__} starting" in log_path.read_text(encoding="utf-8")
    finally:
        for h in root.handlers:
            if h not in saved:
                h.close()
        root.handlers = saved


def _start(tmp_path: Path, home: str | None) -> tuple[subprocess.CompletedProcess[str], dict[str, object]]:
    script = tmp_path / "script.json"
    report = tmp_path / "report.json"
    script.write_text(json.dumps({"report": str(report)}), encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XDG_") and k not in ("HOME", "REVIEWER_DATA_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", REVIEWER_TEST_SCRIPT=str(script), PYTHONPATH=str(ROOT))
    if home is not None:
        env["HOME"] = home
    out = subprocess.run([sys.executable, "-m", "reviewer", "gui"], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=120, check=False)
    return out, json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}


@pytest.mark.slow
def test_no_home_gives_a_clear_message(tmp_path: Path) -> None:
    out, report = _start(tmp_path, None)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "HOME environment variable is not set" in out.stderr
    assert report["shown"][0][0] == "error"  # type: ignore[index]
    assert "REVIEWER_DATA_DIR" in report["shown"][0][2]  # type: ignore[index]


@pytest.mark.slow
def test_unwritable_home_gives_a_clear_message(tmp_path: Path) -> None:
    home = tmp_path / "home"
    if os.geteuid() == 0:  # root writes through permission bits: a HOME that is a file
        home.write_text("", encoding="utf-8")
    else:
        home.mkdir()
        home.chmod(0o500)
    try:
        out, report = _start(tmp_path, str(home))
    finally:
        if home.is_dir():
            home.chmod(0o700)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert f"cannot write to {home}" in out.stderr
    assert "cannot write to" in report["shown"][0][2]  # type: ignore[index]
