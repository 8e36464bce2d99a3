"""Segmentation time for ~3,000 blocks (300 pages), moved here from tests/segment/test_speed.py.

    .venv/bin/python benchmarks/bench_segment.py [--repeat 5]

Builds the same 300-page Document as the test (100 articles, each with five
numbered sections of four lettered items, a definition and a table), warms
up imports and regex caches, then prints the best and median CPU time of
``reviewer.segment.segment`` (CPU time, not wall time, so other processes
disturb it less). The former test's limit was 100 ms.

A benchmark prints; it never asserts on time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_MS = 100.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from reviewer.segment import segment
    from tests.segment import pdf
    from tests.segment.test_speed import three_hundred_pages

    document = pdf(*three_hundred_pages())
    clauses = segment(document)  # warm-up
    runs = []
    for _ in range(args.repeat):
        start = time.process_time()
        segment(document)
        runs.append((time.process_time() - start) * 1000)
    print(f"{len(document.blocks)} blocks -> {len(clauses)} clauses: best {min(runs):.1f} ms CPU, "
          f"median {statistics.median(runs):.1f} ms (goal < {GOAL_MS:.0f} ms; runs "
          + ", ".join(f"{r:.0f}" for r in runs) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
