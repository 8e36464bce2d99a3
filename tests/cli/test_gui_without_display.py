"""`reviewer gui` on a machine without a display: a clear message, and screenshots still work.

Real processes with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM removed: Qt
would abort ("could not connect to display"); the README's hint for headless
machines (`reviewer gui FILE --screenshot review.png`) must work there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "acme-rtc-support-terms.pdf"

pytestmark = [pytest.mark.slow,  # real processes
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays")]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "reviewer", "gui", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=180)


def test_the_window_without_a_display_says_what_to_do(tmp_path: Path) -> None:
    done = _run(tmp_path, str(SAMPLE))
    assert done.returncode == 2, done.stderr
    assert "no display" in done.stderr and "--screenshot" in done.stderr and "xvfb-run" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_screenshot_needs_no_display(tmp_path: Path) -> None:
    out = tmp_path / "review.png"
    done = _run(tmp_path, str(SAMPLE), "--screenshot", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 50_000
