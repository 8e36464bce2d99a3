"""The oldest system the desktop bundle runs on: tools/glibc_floor.py over its ELF files.

The release bundle is built on Debian 11 by packaging/build-oldbase.sh (by
hand: it needs root and a chroot) and docs/install.md claims glibc 2.31
for it. These tests check that claim on the bundle that script produced
($REVIEWER_RELEASE_BUNDLE, else $OLDBASE/dist/contract-reviewer) and skip
when there is none, as in CI; test_bundle_build.py checks the bundle CI
builds against the machine it was built on.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
from pathlib import Path

import pytest

from tools.glibc_floor import glibc_floor, system_libraries, version_key

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CLAIMED_GLIBC = "2.31"  # docs/install.md: Debian 11, Ubuntu 20.04, RHEL 9
SYSTEM_LIBRARIES = ROOT / "packaging" / "system-libraries.txt"


def documented_system_libraries() -> dict[str, str]:
    """packaging/system-libraries.txt: soname -> Debian package (the .deb's Depends)."""
    table: dict[str, str] = {}
    for line in SYSTEM_LIBRARIES.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            soname, package = line.split()
            table[soname] = package
    return table


@pytest.fixture(scope="module")
def release_bundle() -> Path:
    if shutil.which("objdump") is None:
        pytest.skip("objdump (binutils) is not installed")
    given = os.environ.get("REVIEWER_RELEASE_BUNDLE")
    path = Path(given) if given else Path(os.environ.get("OLDBASE", "/work/oldbase")) / "dist" / "contract-reviewer"
    if not (path / "contract-reviewer").is_file():
        pytest.skip(f"no release bundle at {path}: build one with packaging/build-oldbase.sh")
    return path


def test_release_bundle_runs_on_the_claimed_glibc(release_bundle: Path) -> None:
    floor = glibc_floor(release_bundle)
    assert floor.files > 100  # the executable, libpython, Qt, the extensions, Tesseract
    glibc = floor.highest["GLIBC_"]
    print(f"release bundle needs GLIBC_{glibc} ({', '.join(floor.needed_by['GLIBC_'][:5])})")
    assert version_key(glibc) <= version_key(CLAIMED_GLIBC), floor.needed_by["GLIBC_"]


def test_release_bundle_needs_only_the_declared_system_libraries(release_bundle: Path) -> None:
    """Every library the bundle links to and does not carry is in
    packaging/system-libraries.txt, whose packages are the .deb's Depends
    and the list in docs/install.md."""
    needed = system_libraries(release_bundle)
    undeclared = {soname: users[:3] for soname, users in needed.items()
                  if soname not in documented_system_libraries()}
    assert not undeclared


def test_floor_of_this_interpreter_is_at_most_this_machines_glibc(tmp_path: Path) -> None:
    """The tool on a known ELF file: this Python's executable and its libpython
    need some GLIBC_ version, and none newer than the C library running them."""
    shutil.copy2(sys.executable, tmp_path / "python")
    floor = glibc_floor(tmp_path)
    libc, running = platform.libc_ver()
    if libc != "glibc":
        pytest.skip("not a glibc system")
    assert floor.files == 1
    assert version_key("2.2.5") <= version_key(floor.highest["GLIBC_"]) <= version_key(running)
