"""Bundle benchmark: build time, size on disk and start-up of the desktop bundle.

    .venv/bin/python benchmarks/bench_bundle.py                 # build into a temp folder, measure
    .venv/bin/python benchmarks/bench_bundle.py --cold          # ...with an empty PyInstaller cache
    .venv/bin/python benchmarks/bench_bundle.py --bundle dist/contract-reviewer --repeat 5

Prints:

- build: wall time of `pyinstaller build.spec` (``--cold``: with an empty
  PyInstaller cache, as on a fresh CI runner);
- size: bytes of the files in the one-folder bundle (what `du -s
  --apparent-size` says), and the ten largest top-level entries of
  ``_internal/``;
- start-up, best and median of ``--repeat`` fresh processes:
  ``--version`` (bootloader + Python + argparse, no Qt), and the time from
  starting ``--self-test`` to its "GUI: main window shown" line, minus the
  time its own review/export checks took before that (so: process start,
  imports and window construction), plus the whole self-test.

A benchmark prints; it never asserts on time.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "contract-reviewer"
CHECK_TIME = re.compile(r"\[(\d+\.\d+) s\]$")


def build(out: Path, cold: bool) -> tuple[Path, float]:
    env = dict(os.environ)
    if cold:
        env["PYINSTALLER_CONFIG_DIR"] = str(out / "pyinstaller-cache")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
         str(ROOT / "build.spec")],
        cwd=ROOT, check=True, env=env, stdout=subprocess.DEVNULL,
    )
    return out / "dist" / NAME, time.perf_counter() - started


def size_report(bundle: Path) -> None:
    def size(path: Path) -> int:
        if path.is_symlink():
            return 0
        if path.is_file():
            return path.stat().st_size
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())

    total = size(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    print(f"size: {total / 2**20:.1f} MB in {files} files")
    internal = bundle / "_internal"
    largest = sorted(((size(p), p.name) for p in internal.iterdir()), reverse=True)[:10]
    print("  largest: " + ", ".join(f"{name} {n / 2**20:.1f}" for n, name in largest))


def run_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
    env["REVIEWER_DATA_DIR"] = str(data_dir)
    return env


def time_version(exe: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(exe), "--version"], check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def time_self_test(exe: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to the window-shown line, the same minus earlier checks, whole run)."""
    started = time.perf_counter()
    proc = subprocess.Popen([str(exe), "--self-test"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
    assert proc.stdout is not None
    shown = checks_before = 0.0
    for line in proc.stdout:
        if line.startswith("PASS  GUI: main window shown"):
            shown = time.perf_counter() - started
        elif not shown and (m := CHECK_TIME.search(line.strip())):
            checks_before += float(m.group(1))
    if proc.wait() != 0:
        raise SystemExit(f"{exe} --self-test failed: run it to see which check")
    return shown, shown - checks_before, time.perf_counter() - started


def describe(label: str, values: list[float]) -> None:
    print(f"{label}: best {min(values):.2f} s, median {statistics.median(values):.2f} s "
          f"({len(values)} runs)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, help="measure this bundle folder; no build")
    parser.add_argument("--cold", action="store_true", help="build with an empty PyInstaller cache")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        work = Path(tmp)
        if args.bundle:
            bundle = args.bundle.resolve()
        else:
            bundle, took = build(work, args.cold)
            print(f"build: {took:.1f} s ({'cold' if args.cold else 'warm'} PyInstaller cache, "
                  f"{os.cpu_count()} CPUs)")
        exe = bundle / NAME
        size_report(bundle)
        env = run_env(work / "app-data")
        time_version(exe, env)  # first run pays for the page cache; not counted
        describe("--version", [time_version(exe, env) for _ in range(args.repeat)])
        runs = [time_self_test(exe, env) for _ in range(args.repeat)]
        describe("self-test to window shown", [r[0] for r in runs])
        describe("  of which start-up + window (checks before it excluded)", [r[1] for r in runs])
        describe("whole self-test", [r[2] for r in runs])
    return 0


if __name__ == "__main__":
    sys.exit(main())
