"""The oldest glibc (and libstdc++) a folder of ELF files can run on.

    python tools/glibc_floor.py dist/contract-reviewer          # the floor and the files that set it
    python tools/glibc_floor.py dist/contract-reviewer --json   # the same as JSON
    python tools/glibc_floor.py dist/contract-reviewer --system-libs
                                  # the shared libraries the system must provide

Reads every ELF file under the folder (the bundle's executable, libraries,
Python extensions, Qt plugins, the bundled Tesseract) with ``objdump -T``
(binutils) and collects the symbol versions each one needs from the system:
``GLIBC_x.y`` and, for C++ code, ``GLIBCXX_x.y.z`` / ``CXXABI_x.y``. A
version that a library *inside* the folder defines (a bundled libstdc++
defines its own GLIBCXX_ versions) is not a system requirement and is left
out. The highest GLIBC_ version is the floor: glibc 2.31 is Debian 11 and
Ubuntu 20.04, 2.34 RHEL 9, 2.36 Debian 12. Used by packaging/build-oldbase.sh
and tests/bundle/test_glibc_floor.py.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# An objdump -T row: "... DF *UND*  0000000000000000 (GLIBC_2.14) memcpy" for a
# needed symbol, the section name instead of *UND* for a defined one.
_ROW = re.compile(r"\s(\*UND\*|\S+)\s+[0-9a-f]+\s+(?:\(|)(GLIBC_|GLIBCXX_|CXXABI_)([0-9.]+)\)?\s+(\S+)")
FAMILIES = ("GLIBC_", "GLIBCXX_", "CXXABI_")


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p.isdigit())


@dataclass
class Floor:
    """Per family ("GLIBC_"...): the highest version needed and the files needing it."""

    highest: dict[str, str] = field(default_factory=dict)
    needed_by: dict[str, list[str]] = field(default_factory=dict)
    files: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"files": self.files, "highest": self.highest, "needed_by": self.needed_by}


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def symbol_versions(path: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(versions needed, versions defined) in one ELF file's dynamic symbols."""
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
    needed: set[tuple[str, str]] = set()
    defined: set[tuple[str, str]] = set()
    for line in out.splitlines():
        m = _ROW.search(line)
        if not m:
            continue
        section, family, version = m.group(1), m.group(2), m.group(3)
        (needed if section == "*UND*" else defined).add((family, version))
    return needed, defined


def needed_libraries(path: Path) -> list[str]:
    """The DT_NEEDED sonames of one ELF file."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=False).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def elf_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def system_libraries(folder: Path) -> dict[str, list[str]]:
    """Soname -> files needing it, for every library an ELF file under ``folder``
    links to that the folder does not carry: what the system must provide."""
    carried = {p.name for p in folder.rglob("*")}
    wanted: dict[str, list[str]] = {}
    for path in elf_files(folder):
        for soname in needed_libraries(path):
            if soname not in carried:
                wanted.setdefault(soname, []).append(str(path.relative_to(folder)))
    return dict(sorted(wanted.items()))


def glibc_floor(folder: Path) -> Floor:
    if shutil.which("objdump") is None:
        raise SystemExit("objdump not found: install binutils")
    elves = elf_files(folder)
    needs: dict[Path, set[tuple[str, str]]] = {}
    provided: set[tuple[str, str]] = set()
    for path in elves:
        needed, defined = symbol_versions(path)
        needs[path] = needed
        provided |= defined
    floor = Floor(files=len(elves))
    for path, needed in needs.items():
        for family, version in needed - provided:
            best = floor.highest.get(family)
            if best is None or version_key(version) > version_key(best):
                floor.highest[family] = version
                floor.needed_by[family] = []
            if floor.highest[family] == version:
                floor.needed_by[family].append(str(path.relative_to(folder)))
    for files in floor.needed_by.values():
        files.sort()
    return floor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the unpacked bundle (dist/contract-reviewer)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--max", metavar="VERSION",
                        help="exit 1 when the bundle needs a GLIBC_ version newer than this (e.g. 2.31)")
    parser.add_argument("--system-libs", action="store_true",
                        help="list the shared libraries the bundle needs and does not carry")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder} is not a folder: give the unpacked bundle.", file=sys.stderr)
        return 2
    if args.system_libs:
        for soname, users in system_libraries(args.folder).items():
            print(f"{soname}\t{len(users)} files, e.g. {users[0]}")
        return 0
    floor = glibc_floor(args.folder)
    if args.json:
        print(json.dumps(floor.as_dict(), indent=2))
        return 0
    print(f"{floor.files} ELF files under {args.folder}")
    for family in FAMILIES:
        if family in floor.highest:
            files = floor.needed_by[family]
            shown = ", ".join(files[:4]) + (f" and {len(files) - 4} more" if len(files) > 4 else "")
            print(f"  {family}{floor.highest[family]}  needed by {shown}")
    glibc = floor.highest.get("GLIBC_")
    if args.max and glibc and version_key(glibc) > version_key(args.max):
        print(f"The bundle needs glibc {glibc}, newer than {args.max}.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
