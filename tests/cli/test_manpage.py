"""The man page and bash completion are generated from the parser and current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # real processes (the reviewer spawned as a user would)

ROOT = Path(__file__).resolve().parents[2]


def test_man_page_and_completion_are_current() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_manpage.py"), "--check"],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    man = (ROOT / "packaging" / "reviewer.1").read_text(encoding="utf-8")
    assert '.SS "reviewer review"' in man and ".SH EXIT STATUS" in man and "\\fB130\\fR" in man
    completion = (ROOT / "packaging" / "completions" / "reviewer").read_text(encoding="utf-8")
    assert "complete -o filenames -F _reviewer reviewer" in completion and "--checklist" in completion


def test_python_dash_m_reviewer() -> None:
    out = subprocess.run([sys.executable, "-m", "reviewer", "--version"], capture_output=True, text=True,
                         cwd=ROOT, check=False)
    assert out.returncode == 0 and out.stdout.startswith("reviewer ")
