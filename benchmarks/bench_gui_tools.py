"""Longest GUI-thread stall while the tool windows work (goal < 50 ms).

    .venv/bin/python benchmarks/bench_gui_tools.py [--files 20]

Runs offscreen. A 5 ms QTimer heartbeat on the GUI thread records the largest
gap between two beats while (1) Compare Vendors reviews and compares three
contracts (a PDF, a DOCX, a PDF from tests/corpus) and (2) Portfolio reviews a
folder of N generated contracts; the largest gap is the longest time the
window could not react. The 1.5 s each window is open before Run (when it
imports what it will need, in small pieces) is measured too. Each phase also
lists the packages this process imported during it: an import in a worker
thread holds the GIL in long pieces, the usual cause of a stall. Run it with
.pyc files (no PYTHONDONTWRITEBYTECODE), as the installed app has them.
Prints, never asserts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OPEN_SECONDS = 1.5  # a tool window is open this long before Run is pressed


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.last = 0.0
        self.worst = 0.0
        self.started = 0.0
        self.long: list[tuple[float, float]] = []  # (seconds since start, gap ms) over 40 ms

    def start(self) -> None:
        self.last = self.started = time.perf_counter()
        self.worst = 0.0
        self.long = []
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        if now - self.last > 0.04:
            self.long.append((round(now - self.started, 2), round((now - self.last) * 1000, 1)))
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.worst * 1000


def new_packages(before: set[str]) -> str:
    """Top-level packages this (GUI) process imported since ``before``: an import in
    a worker thread holds the GIL in long pieces (extension modules, unmarshalling),
    the usual cause of a stall."""
    names = sorted({".".join(m.split(".")[:2]) for m in set(sys.modules) - before})
    return ", ".join(names) or "none"


def wait_for(app: Any, signal: Any) -> float:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    signal.connect(loop.quit)
    t0 = time.perf_counter()
    loop.exec()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("REVIEWER_DATA_DIR", tempfile.mkdtemp(prefix="bench-gui-tools-"))
    from reviewer.gui.app import application, create_window
    from tests.fixtures import pdf_factory as pf
    from tests.gui import corpus_file

    app = application()
    window, _ = create_window("en")
    window.show()
    tmp = Path(tempfile.mkdtemp(prefix="bench-tools-"))
    three = [corpus_file("veloxa-enterprise-sla-en", "pdf", tmp),
             corpus_file("pebble-chat-support-en", "docx", tmp),
             corpus_file("streamly-targets-en", "pdf", tmp)]
    if sys.flags.dont_write_bytecode:
        print("note: PYTHONDONTWRITEBYTECODE is set: imports compile from source (no .pyc),"
              " which holds the GIL far longer than in the installed app")
    from PySide6.QtCore import QTimer

    hb = Heartbeat()
    hb.start()
    cw = window.tools.compare_vendors()  # starts importing what comparing needs, in pieces
    cw.set_files(three)
    # The window is open OPEN_SECONDS before Run: picking three files takes a person longer.
    QTimer.singleShot(int(OPEN_SECONDS * 1000), cw.comparisonReady.emit)
    wait_for(app, cw.comparisonReady)
    print(f"compare window open {OPEN_SECONDS:.1f} s (background imports): longest GUI stall "
          f"{hb.stop():.1f} ms (gaps over 40 ms at s: {hb.long})")
    before = set(sys.modules)
    hb.start()
    cw.run()
    secs = wait_for(app, cw.comparisonReady)
    print(f"compare 3 vendors: {secs:.2f} s, longest GUI stall {hb.stop():.1f} ms"
          f" (gaps over 40 ms at s: {hb.long}; imported here: {new_packages(before)})")
    folder = tmp / "portfolio"
    folder.mkdir()
    for i in range(args.files):
        if i % 3 == 0:
            pf.contract_pdf(folder / f"contract-{i:02d}.pdf", pages=6)
        else:
            shutil.copy(three[i % 3], folder / f"{i:02d}-{three[i % 3].name}")
    hb.start()
    pw = window.tools.portfolio()  # the window opens first; the batch is what is measured
    pw.set_folder(folder)
    QTimer.singleShot(int(OPEN_SECONDS * 1000), pw.batchDone.emit)
    wait_for(app, pw.batchDone)
    print(f"portfolio window open {OPEN_SECONDS:.1f} s (background imports): longest GUI "
          f"stall {hb.stop():.1f} ms (gaps over 40 ms at s: {hb.long})")
    before = set(sys.modules)
    hb.start()
    pw.run()
    secs = wait_for(app, pw.batchDone)
    print(f"portfolio of {args.files} files: {secs:.2f} s, longest GUI stall {hb.stop():.1f} ms"
          f" (gaps over 40 ms at s: {hb.long}; imported here: {new_packages(before)})")
    hb.start()
    pw.run()
    secs = wait_for(app, pw.batchDone)
    print(f"portfolio re-run (all unchanged): {secs:.2f} s, longest GUI stall "
          f"{hb.stop():.1f} ms")
    window.state.undo_stack.setClean()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
