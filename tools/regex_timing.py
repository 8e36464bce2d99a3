"""Which checklist patterns are super-linear on long runs of one kind of character.

    python tools/regex_timing.py [CHECKLIST.yaml ...] [--sizes 1000 4000] [--code]

A pattern that starts with an unbounded repeat (``\\d+``, ``\\w+``) is tried
at every position of a long run and runs to the run's end each time: on a
5,000-digit run that is 12 million steps, for one pattern on one clause. The
checklist validator refuses nested repeats; this finds the rest by timing.
Each compiled pattern of the checklist (every item's keywords, context,
headings, exclusions, requirements, vague wording and negations, and the
shared vague wording) searches runs of digits, word characters, spaces, CJK
and digit/space and word/space alternations, at two lengths. Time growing by
more than ``--factor`` times the length ratio is reported as super-linear
(quadratic grows by the square of the ratio; linear by the ratio).

``--code`` times the module-level patterns of the analysis, segmenting, ingest,
checklist and export packages instead. Timed with ``search``: a pattern the
code only uses with ``match`` at a known position is linear there however it
shows here, so each reported one needs a look at how it is called.

Prints one line per super-linear (pattern, run) with the times; exit 0.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RUNS = {
    "digits": "7",
    "word": "a",
    "spaces": " ",
    "cjk": "的",
    "cjk-numerals": "三",
    "digit-space": "7 ",
    "word-space": "ab ",
}


def checklist_patterns(checklist: Any) -> Iterator[tuple[str, Any]]:
    """(where, compiled pattern) for every pattern a checklist holds."""
    from reviewer.checklist.model import Terms

    def walk(value: Any, where: str) -> Iterator[tuple[str, Any]]:
        if isinstance(value, Terms):
            for lang in ("en", "zh"):
                for pattern in value.patterns(lang):
                    yield f"{where}.{lang}", pattern
        elif is_dataclass(value):
            for f in fields(value):
                yield from walk(getattr(value, f.name), f"{where}.{f.name}" if where else f.name)
        elif isinstance(value, tuple | list):
            for i, v in enumerate(value):
                name = getattr(v, "id", i)
                yield from walk(v, f"{where}[{name}]")
        elif hasattr(value, "items") and not isinstance(value, str):
            for k, v in value.items():
                yield from walk(v, f"{where}[{k}]")

    yield from walk(checklist, "")


def code_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """(module.name, pattern) for every module-level str pattern of the core's text packages."""
    import importlib
    import pkgutil

    for pkg in ("reviewer.analysis", "reviewer.segment", "reviewer.ingest", "reviewer.checklist",
                "reviewer.export"):
        package = importlib.import_module(pkg)
        for info in pkgutil.iter_modules(package.__path__, pkg + "."):
            try:
                module = importlib.import_module(info.name)
            except Exception:  # an optional dependency missing: skip it
                continue
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    yield f"{info.name}.{name}", value


def seconds(pattern: Any, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        pattern.search(text)
        best = min(best, time.perf_counter() - t0)
    return best


def super_linear(pattern: Any, sizes: tuple[int, int], factor: float,
                 floor: float) -> Iterator[tuple[str, float, float]]:
    """(run kind, time at the small size, time at the large size) where it grows too fast."""
    small, large = sizes
    for kind, unit in RUNS.items():
        t_small = seconds(pattern, unit * (small // len(unit)))
        if t_small < floor / 50:
            continue  # microseconds: linear or not, harmless at these sizes
        t_large = seconds(pattern, unit * (large // len(unit)))
        if t_large > floor and t_large / t_small > factor * large / small:
            yield kind, t_small, t_large


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checklists", nargs="*", type=Path)
    parser.add_argument("--sizes", type=int, nargs=2, default=(1000, 4000))
    parser.add_argument("--factor", type=float, default=2.0,
                        help="report when time grows by more than this times the length ratio")
    parser.add_argument("--floor", type=float, default=0.002,
                        help="ignore patterns faster than this (seconds) at the large size")
    parser.add_argument("--code", action="store_true",
                        help="time the code's module-level patterns, not a checklist's")
    args = parser.parse_args(argv)
    from reviewer.checklist.loader import checklist_files, load_checklist

    if args.code:
        found = 0
        for where, compiled in code_patterns():
            for kind, t_small, t_large in super_linear(compiled, tuple(args.sizes), args.factor,
                                                       args.floor):
                found += 1
                print(f"{where}: /{compiled.pattern[:100]}/ on {kind}: {t_small * 1000:.2f} ms "
                      f"at {args.sizes[0]:,}, {t_large * 1000:.1f} ms at {args.sizes[1]:,}",
                      flush=True)
        print(f"{found} super-linear (pattern, run) pair(s) with search()", file=sys.stderr)
        return 0

    found = 0
    for path in args.checklists or checklist_files():
        checklist = load_checklist(path)
        seen: set[tuple[str, int]] = set()
        count = 0
        for where, pattern in checklist_patterns(checklist):
            key = (pattern.pattern, pattern.flags)
            if key in seen:
                continue
            seen.add(key)
            count += 1
            compiled = re.compile(pattern.pattern, pattern.flags)
            for kind, t_small, t_large in super_linear(compiled, tuple(args.sizes), args.factor,
                                                       args.floor):
                found += 1
                print(f"{path.name}: {where}: /{pattern.pattern}/ on {kind}: "
                      f"{t_small * 1000:.2f} ms at {args.sizes[0]:,}, "
                      f"{t_large * 1000:.1f} ms at {args.sizes[1]:,}", flush=True)
        print(f"{path.name}: {count} distinct patterns timed", file=sys.stderr)
    print(f"{found} super-linear (pattern, run) pair(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
