"""GUI responsiveness figures: cold start, first page, review done, longest stall.

    .venv/bin/python benchmarks/bench_gui.py [--pages 100]

Runs offscreen. The stall is measured with a 5 ms QTimer heartbeat on the
GUI thread: the largest gap between two beats while the contract loads and
is reviewed is the longest time the window could not react (goal < 50 ms).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

COLD_START = """
import os, sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from reviewer.gui.app import application, create_window
app = application()
window, _ = create_window("en")
window.show()
def shown():
    print("SHOWN", time.time())
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def cold_start(data_dir: str) -> float:
    env = dict(os.environ, REVIEWER_DATA_DIR=data_dir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the installed app has its .pyc files
    start = time.time()
    out = subprocess.run([sys.executable, "-c", COLD_START.format(root=str(ROOT))],
                         capture_output=True, text=True, env=env, check=True).stdout
    shown = float(next(line for line in out.splitlines() if line.startswith("SHOWN")).split()[1])
    return shown - start


def open_and_review(pdf: Path, data_dir: str) -> dict[str, Any]:
    os.environ["REVIEWER_DATA_DIR"] = data_dir
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from reviewer.gui.app import application, freeze_startup_objects
    from reviewer.gui.main_window import MainWindow
    from reviewer.gui.settings import AppSettings
    from reviewer.gui.settings import data_dir as app_data_dir
    from tests.gui import RecordingPresenter

    app = application()
    window = MainWindow(AppSettings(), app_data_dir(), RecordingPresenter())
    freeze_startup_objects()  # as the app does at start
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]
    marks: dict[str, float] = {}

    phase = ["start"]
    window.controller.progress.connect(lambda f, m: phase.__setitem__(0, f"{f:.2f} {m}"))
    window.controller.reviewReady.connect(lambda: phase.__setitem__(0, "review shown"))
    long_gaps: list[tuple[float, float, str]] = []

    # from the moment the worker's result reaches the window (busy off) to the end:
    # the window's own work on the result, as opposed to stalls while the worker runs
    arrived = [False]
    arrival_gaps: list[float] = []
    window.controller.busyChanged.connect(lambda busy: arrived.__setitem__(0, not busy))

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        if arrived[0]:
            arrival_gaps.append(gaps[-1])
        if gaps[-1] > 50 and len(gaps) > 1:
            long_gaps.append((now, gaps[-1], phase[0]))
        last[0] = now
        pdf_view = window.document_pane.pdf
        if "first_page_ms" not in marks and pdf_view.rendered_pages > 0:
            marks["first_page_ms"] = now

    import gc

    gc_times: list[tuple[float, float]] = []
    gc_start = [0.0]

    def on_gc(phase_name: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase_name == "start":
            gc_start[0] = time.perf_counter()
        else:
            gc_times.append((clock.nsecsElapsed() / 1e6, (time.perf_counter() - gc_start[0]) * 1000))

    gc.callbacks.append(on_gc)
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    loop = QEventLoop()
    window.controller.reviewReady.connect(lambda: (marks.setdefault(
        "review_ms", clock.nsecsElapsed() / 1e6), QTimer.singleShot(300, loop.quit)))
    clock.start()
    heartbeat.start()
    window.controller.open_path(pdf)
    QTimer.singleShot(300_000, loop.quit)
    loop.exec()
    heartbeat.stop()
    errors = window.presenter.errors  # type: ignore[attr-defined]
    if errors:
        raise SystemExit(f"review failed: {errors}")
    t0 = time.perf_counter()
    window.repaint()
    repaint_ms = (time.perf_counter() - t0) * 1000
    # step through every item as a reader would: select, scroll, highlight
    select_gaps = []
    for _ in range(len(window.state.review.findings if window.state.review else [])):
        t0 = time.perf_counter()
        window.checklist_pane.step_item(1)
        select_gaps.append((time.perf_counter() - t0) * 1000)
    window.state.undo_stack.setClean()
    window.close()
    return {
        "first_page_ms": marks.get("first_page_ms", float("nan")),
        "review_ms": marks.get("review_ms", float("nan")),
        "longest_stall_ms": max(gaps[1:]) if len(gaps) > 1 else float("nan"),
        "beats": float(len(gaps)),
        "arrival_stall_ms": max(arrival_gaps) if arrival_gaps else float("nan"),
        "select_item_max_ms": max(select_gaps) if select_gaps else float("nan"),
        "long_gaps": long_gaps,
        "gc2": gc_times,
        "repaint_ms": repaint_ms,
        "clauses": float(len(window.state.review.clauses) if window.state.review else 0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    from tests.fixtures import pdf_factory as pf

    if sys.flags.dont_write_bytecode:
        print("note: PYTHONDONTWRITEBYTECODE is set: this process's imports compile from source"
              " (no .pyc), which holds the GIL far longer than in the installed app")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "reviewer")], check=False,
                   stdout=subprocess.DEVNULL, env={k: v for k, v in os.environ.items()
                                                   if k != "PYTHONDONTWRITEBYTECODE"})

    with tempfile.TemporaryDirectory() as tmp:
        pdf = pf.contract_pdf(Path(tmp) / "bench.pdf", pages=args.pages)
        from reviewer.ingest import read_document

        pages = read_document(pdf).pages
        starts = [cold_start(tmp + "/cold") for _ in range(3)]
        print(f"cold start to window shown: {min(starts) * 1000:.0f} ms "
              f"(best of 3; all: {', '.join(f'{s * 1000:.0f}' for s in starts)})")
        r = open_and_review(pdf, tmp + "/warm")
        print(f"contract: {pages} pages, {r['clauses']:.0f} clauses")
        print(f"open -> first page shown: {r['first_page_ms']:.0f} ms")
        print(f"open -> review complete:  {r['review_ms']:.0f} ms")
        print(f"longest event-loop stall while loading: {r['longest_stall_ms']:.1f} ms "
              f"(goal < 50 ms; {r['beats']:.0f} heartbeats of 5 ms)")
        print(f"  of which after the result reached the window: {r['arrival_stall_ms']:.1f} ms")
        for at, gap, where in r["long_gaps"]:  # type: ignore[attr-defined]
            print(f"  stall {gap:.0f} ms at {at:.0f} ms (after progress: {where})")
        for at, ms in r["gc2"]:
            print(f"  full garbage collection {ms:.0f} ms at {at:.0f} ms")
        print(f"repaint of the whole window with a review: {r['repaint_ms']:.1f} ms")
        print(f"select item (scroll + highlight), slowest: {r['select_item_max_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
