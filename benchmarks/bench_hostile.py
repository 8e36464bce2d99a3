"""Hostile inputs on every channel (issue 13): time and peak memory per case, as real processes.

    python benchmarks/bench_hostile.py [--corpus DIR] [--small] [--timeout 30] [--only NAME]

Writes the corpus with `tests/hostile/make_corpus.py` (unless --corpus names an
existing one), then runs each case's `reviewer` command in its own process,
measuring wall time and peak RSS (VmHWM of that process and of each process it
starts, summed, polled every 20 ms).
A case passes when it exits 0, or 2 with a message on stderr, within the
budget (30 s, 1 GB by default). Prints a table and the per-channel summary;
never asserts (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def run_case(argv: list[str], timeout: float) -> tuple[int | None, float, float, str]:
    """(exit code or None if killed, seconds, peak RSS MB, last stderr line)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "reviewer.cli", *argv], env=env,
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        killed = False
        peaks: dict[int, int] = {}
        while True:
            for pid in _tree(proc.pid):
                peaks[pid] = max(peaks.get(pid, 0), _hwm_kb(pid))
            pid, status, _usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout and not killed:
                os.killpg(proc.pid, 9)
                killed = True
            time.sleep(0.02)
        seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    code = None if killed else proc.returncode
    # The sum of every process's own peak: an upper bound of what the tree held
    # at once (a PDF read in a child, batch workers), never less.
    return code, seconds, sum(peaks.values()) / 1024, (lines[-1] if lines else "")


def _tree(pid: int) -> list[int]:
    """``pid`` and its living descendants (/proc/PID/task/*/children)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            pass
    return out


def _hwm_kb(pid: int) -> int:
    """The process's peak RSS so far (VmHWM). Not ru_maxrss: after fork+exec that
    keeps the forking parent's peak, here the corpus writer's hundreds of MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder (cases.json)")
    parser.add_argument("--small", action="store_true", help="reduced sizes, for a quick run")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--memory-mb", type=float, default=1024.0)
    parser.add_argument("--only", help="run only cases whose name contains this")
    args = parser.parse_args()
    folder = args.corpus
    if folder is None or not (folder / "cases.json").is_file():
        from tests.hostile.make_corpus import make

        folder = folder or Path(tempfile.mkdtemp(prefix="hostile-corpus-"))
        print(f"writing the corpus to {folder} ...", file=sys.stderr)
        make(folder, small=args.small)
    cases = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    per_channel: dict[str, list[bool]] = defaultdict(list)
    worst_t: dict[str, float] = defaultdict(float)
    worst_m: dict[str, float] = defaultdict(float)
    print(f"{'case':45} {'exit':>4} {'time s':>7} {'peak MB':>8}  ok  message")
    for case in cases:
        if args.only and args.only not in case["name"]:
            continue
        code, seconds, mb, last = run_case(case["argv"], args.timeout)
        ok = (code == 0 or (code == 2 and bool(last) and "Traceback" not in last)) and \
            seconds <= args.timeout and mb <= args.memory_mb
        # `batch` exits 1 when some contracts failed: a summary, not a crash.
        if case["channel"] == "batch" and code == 1 and "Traceback" not in last:
            ok = seconds <= args.timeout and mb <= args.memory_mb
        per_channel[case["channel"]].append(ok)
        worst_t[case["channel"]] = max(worst_t[case["channel"]], seconds)
        worst_m[case["channel"]] = max(worst_m[case["channel"]], mb)
        shown = "killed" if code is None else str(code)
        print(f"{case['name'][:45]:45} {shown:>4} {seconds:7.2f} {mb:8.0f}  "
              f"{'yes' if ok else 'NO ':3} {last[:110]}", flush=True)
    print()
    print(f"{'channel':20} {'cases':>5} {'handled':>7} {'max s':>7} {'max MB':>7}")
    for channel, oks in per_channel.items():
        print(f"{channel:20} {len(oks):5} {sum(oks):7} {worst_t[channel]:7.1f} "
              f"{worst_m[channel]:7.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
