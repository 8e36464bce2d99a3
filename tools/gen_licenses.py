"""Write resources/licenses/: one notice per runtime dependency, from its installed metadata.

Run from the repository root with the project's environment:

    python tools/gen_licenses.py            # (re)write resources/licenses/
    python tools/gen_licenses.py --check    # exit 1 if a file is missing or stale
    python tools/gen_licenses.py --list     # the runtime distributions, one a line

The runtime set is pyproject's [project] dependencies (with the extras they
name, e.g. pypdf[crypto]) and everything they pull in, evaluated for this
platform. Each file holds the name, version, declared licence and homepage,
then the text of every licence file the wheel ships (dist-info/licenses/ or
a LICENSE/COPYING beside it). PySide6 and shiboken6 also get the LGPL-3.0
notice and how to relink: replacing the Qt libraries in the desktop bundle.
The files are shipped by pyproject (data-files) and build.spec, and shown in
Help > About.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licenses"
LICENSE_NAME = re.compile(r"(\.dist-info/licenses/|(^|/)(licen[cs]e|copying|notice)[^/]*$)", re.IGNORECASE)
# Past this many files (a wheel's bundled C libraries), the rest are listed, not inlined.
MAX_INLINE = 60
QT_NAMES = {"pyside6-essentials", "pyside6", "shiboken6"}
# The full LGPL-3.0 and the GPL-3.0 it builds on, appended to the PySide6 notice
# (PySide6 wheels ship no licence file). Debian/Ubuntu keep them here.
COMMON_LICENSES = Path("/usr/share/common-licenses")

QT_NOTICE = """\
Qt for Python (PySide6, shiboken6) and the Qt libraries
=======================================================

Contract Reviewer uses Qt for Python {version} and the Qt {version} libraries
under the GNU Lesser General Public License version 3 (LGPL-3.0-only),
<https://www.gnu.org/licenses/lgpl-3.0.html>, which incorporates the GNU
General Public License version 3 <https://www.gnu.org/licenses/gpl-3.0.html>.
Copyright (C) The Qt Company Ltd. and other contributors.
The source code of Qt and Qt for Python is available from
<https://download.qt.io/official_releases/QtForPython/> and
<https://code.qt.io/> (qt/qtbase, pyside/pyside-setup, tag v{version}).

Relinking (LGPL-3.0 section 4): you may replace the Qt libraries with your
own build. Contract Reviewer does not link Qt statically; in the desktop
bundle the libraries are ordinary shared files:

  contract-reviewer/_internal/PySide6/Qt/lib/libQt6*.so.6   (Linux)
  contract-reviewer/_internal/PySide6/Qt/plugins/            (platform, image plugins)
  contract-reviewer/_internal/PySide6/*.abi3.so, shiboken6/  (the Python bindings)

To use a modified Qt: build Qt {version} (or a binary-compatible 6.x), then
copy your libQt6*.so.6 files over the ones in _internal/PySide6/Qt/lib/ (and
the plugins, if you changed them), or install PySide6 {version} built against
your Qt with pip and copy its PySide6/ and shiboken6/ folders over those in
_internal/. The program loads whatever is there at start-up; nothing else
needs rebuilding. From a wheel install, `pip install` a different
PySide6-Essentials build into the same environment.
"""


def pyproject_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return [Requirement(r) for r in data["project"]["dependencies"]]


def _applies(req: Requirement, extras: set[str]) -> bool:
    if req.marker is None:
        return True
    env = dict(default_environment())
    return any(req.marker.evaluate({**env, "extra": e}) for e in (extras or {""}))


def runtime_distributions(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, md.Distribution]:
    """Canonical name -> installed distribution, for pyproject's dependencies and theirs."""
    found: dict[str, md.Distribution] = {}
    queue = [(r, set(r.extras)) for r in pyproject_requirements(pyproject)]
    seen_extras: dict[str, set[str]] = {}
    while queue:
        req, extras = queue.pop()
        name = canonicalize_name(req.name)
        if name in found and extras <= seen_extras.get(name, set()):
            continue
        dist = md.distribution(req.name)
        found[name] = dist
        seen_extras.setdefault(name, set()).update(extras)
        for sub in dist.requires or []:
            child = Requirement(sub)
            if _applies(child, extras):
                queue.append((child, set(child.extras)))
    return dict(sorted(found.items()))


def _licence(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if declared and len(declared) < 200:
        return declared
    return "; ".join(classifiers) or "see the licence text below"


def _licence_files(dist: md.Distribution) -> list[md.PackagePath]:
    files = [f for f in dist.files or [] if LICENSE_NAME.search(str(f))]
    return sorted(files, key=lambda f: (str(f).count("/"), str(f)))


def _full_lgpl() -> list[str]:
    out = []
    for name in ("LGPL-3", "GPL-3"):
        path = COMMON_LICENSES / name
        if path.is_file():
            out += [f"----- {name}.0 -----", "", path.read_text(encoding="utf-8").rstrip(), ""]
    if not out:
        out = ["The LGPL-3.0 text: <https://www.gnu.org/licenses/lgpl-3.0.txt>; GPL-3.0:",
               "<https://www.gnu.org/licenses/gpl-3.0.txt>.", ""]
    return out


def notice(dist: md.Distribution) -> str:
    meta = dist.metadata
    name, version = meta["Name"], dist.version
    lines = [f"{name} {version}", "=" * len(f"{name} {version}"), "",
             f"Licence: {_licence(dist)}"]
    home = meta.get("Home-page") or next(
        (u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or []
         if u.lower().startswith(("homepage", "source", "repository"))), "")
    if home:
        lines.append(f"Home page: {home}")
    if meta.get("Author") or meta.get("Author-email"):
        lines.append(f"Author: {meta.get('Author') or meta.get('Author-email')}")
    lines.append("")
    if canonicalize_name(name) in QT_NAMES:
        lines += [QT_NOTICE.format(version=version), ""]
        lines += _full_lgpl() if canonicalize_name(name) == "pyside6-essentials" else [
            "The full LGPL-3.0 and GPL-3.0 texts are in pyside6-essentials.txt.", ""]
    files = _licence_files(dist)
    for f in files[:MAX_INLINE]:
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        lines += [f"----- {f} -----", "", text.rstrip(), ""]
    if len(files) > MAX_INLINE:
        lines.append("Further licence files shipped with this package (bundled C libraries):")
        lines += [f"  {f}" for f in files[MAX_INLINE:]]
        lines.append("")
    if not files and canonicalize_name(name) not in QT_NAMES:
        lines.append("(The package ships no licence file; the licence above is from its metadata.)")
    return "\n".join(lines).rstrip() + "\n"


# Data we ship that no package brings: reviewer/analysis/hanzi_table.py is a
# selection of Unicode's Unihan data (tools/gen_hanzi_table.py).
UNICODE_NOTICE = """Unicode Character Database (Unihan_Variants.txt), Unicode 15.0.0
Used by: reviewer/analysis/hanzi_table.py, a modified selection of its
kSimplifiedVariant pairs (traditional Chinese characters and their simplified
forms), made by tools/gen_hanzi_table.py.
Homepage: https://www.unicode.org/

COPYRIGHT AND PERMISSION NOTICE

Copyright (c) 1991-2022 Unicode, Inc. All rights reserved.
Distributed under the Terms of Use in https://www.unicode.org/copyright.html.

Permission is hereby granted, free of charge, to any person obtaining a copy
of the Unicode data files and any associated documentation (the "Data Files")
or Unicode software and any associated documentation (the "Software") to deal
in the Data Files or Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, and/or sell copies
of the Data Files or Software, and to permit persons to whom the Data Files
or Software are furnished to do so, provided that (a) the above copyright notice(s)
and this permission notice appear with all copies of the Data Files or Software,
(b) both the above copyright notice(s) and this permission notice appear
in associated documentation, and (c) there is clear notice in each modified
Data File or in the Software as well as in the documentation associated with
the Data File(s) or Software that the data or software has been modified.

THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD PARTY RIGHTS.
IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN THIS NOTICE BE LIABLE
FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL DAMAGES, OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF
CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION
WITH THE USE OR PERFORMANCE OF THE DATA FILES OR SOFTWARE.

Except as contained in this notice, the name of a copyright holder shall not be used
in advertising or otherwise to promote the sale, use or other dealings in these
Data Files or Software without prior written authorization of the copyright holder.
"""


def expected_files() -> dict[str, str]:
    """File name -> text, for every runtime dependency and the data we ship."""
    files = {f"{name}.txt": notice(dist) for name, dist in runtime_distributions().items()}
    files["unicode-data.txt"] = UNICODE_NOTICE
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    parser.add_argument("--list", action="store_true", help="print the runtime distributions' names")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(runtime_distributions()))
        return 0
    wanted = expected_files()
    if args.check:
        stale = [n for n, t in wanted.items()
                 if not (args.out / n).is_file() or (args.out / n).read_text(encoding="utf-8") != t]
        for n in stale:
            print(f"stale or missing: {args.out / n}", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.txt"):
        if old.name not in wanted:
            old.unlink()
    for n, t in wanted.items():
        (args.out / n).write_text(t, encoding="utf-8")
    print(f"wrote {len(wanted)} notices to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
