"""packaging/install.sh and uninstall.sh into a temporary HOME, one user, no root.

The bundle is a stand-in folder whose `reviewer` is the real CLI run from
source (`python -m reviewer`), so the installed entry starts the real program.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # real processes (the reviewer spawned as a user would)

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _bundle(tmp: Path) -> Path:
    bundle = tmp / "reviewer-bundle"
    bundle.mkdir()
    exe = bundle / "reviewer"
    exe.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m reviewer "$@"\n')
    exe.chmod(0o755)
    return bundle


def _run(script: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run(["sh", str(PACKAGING / script), *args], capture_output=True, text=True,
                          env=env, check=False)


def test_install_then_uninstall_in_a_temporary_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    out = _run("install.sh", home, str(_bundle(tmp_path)))
    assert out.returncode == 0, out.stderr
    share = home / ".local" / "share"
    desktop = share / "applications" / "contract-reviewer.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    exe = home / ".local" / "opt" / "contract-reviewer" / "reviewer"
    assert section["Exec"] == f"{exe} gui %f"
    assert "application/pdf" in section["MimeType"] and "wordprocessingml" in section["MimeType"]
    assert section["Icon"] == "contract-reviewer"
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "contract-reviewer.svg").exists()
    assert (share / "mime" / "packages" / "contract-reviewer.xml").exists()
    assert (share / "man" / "man1" / "reviewer.1").exists()
    # The installed program runs from the link in ~/.local/bin.
    version = subprocess.run([str(home / ".local" / "bin" / "reviewer"), "--version"], capture_output=True,
                             text=True, check=False)
    assert version.returncode == 0 and version.stdout.startswith("reviewer ")
    out = _run("uninstall.sh", home)
    assert out.returncode == 0, out.stderr
    assert not desktop.exists() and not exe.exists() and not (home / ".local" / "bin" / "reviewer").exists()


def test_install_refuses_a_missing_home_and_a_folder_without_the_program(tmp_path: Path) -> None:
    out = _run("install.sh", tmp_path / "no-such-home", str(_bundle(tmp_path)))
    assert out.returncode == 2 and "HOME" in out.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    out = _run("install.sh", home, str(empty))
    assert out.returncode == 2 and "No 'reviewer' program" in out.stderr
