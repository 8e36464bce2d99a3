"""Batch review throughput with 1 and 2 jobs, as whole `reviewer batch` processes.

    .venv/bin/python benchmarks/bench_batch.py                      # 200 contracts, 1 and 2 jobs
    .venv/bin/python benchmarks/bench_batch.py --before /tmp/old    # and another checkout, in turns
    .venv/bin/python benchmarks/bench_batch.py --count 40 --jobs 1 2 4 --repeat 1
    .venv/bin/python benchmarks/bench_batch.py --in-process         # where the time goes (timeline)

Generates ``--count`` contracts into a temporary folder (``--keep DIR`` keeps
and reuses them) from the labelled corpus sources (tests/corpus/src, English
and Chinese) with tests/corpus/build.py: each contract is one source in its
own format or the other (PDF/DOCX), its body repeated 1-3 times (mixed sizes)
and a line naming its number (so every file has its own content hash).

Default: each batch is ``reviewer batch FOLDER --out OUT --jobs N`` in a fresh
process, as a user runs it (the console entry point, the checkout's .pyc files,
its own cache folder filled by an untimed warm-up batch first), into a fresh
output folder; wall time and CPU time (user + system of the process and its
workers, from ``wait4``). Rounds alternate the job counts (and, with
``--before``, the checkouts), the best of the rounds counts. Every run's
outputs (each review's JSON, summary.csv, the manifest without its timings)
are compared with the first run's: the script says whether they are
identical across job counts and checkouts.

``--in-process`` is the earlier method: ``reviewer.batch.run_batch`` in this
process, which for one job reviews in this process too, so from the second
round on the one-job batch finds its imports done and its caches warm while
the workers of a parallel batch start cold; it also prints where a batch's
time goes: this process's CPU against the workers', the time to the first
and from the last result, and the work measured inside the workers (the sum
of the per-contract times, whose ratio to the wall time is the parallelism
achieved).

Prints; never asserts on time. The goal of the issue is 2 jobs at least 1.8x
one job on a 2-core machine; run it on an otherwise idle machine, and read the
speed-up beside what a pure-CPU Python task gets on the machine at that moment.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CORPUS = REPO / "tests" / "corpus"
CONSOLE = "from reviewer.cli import console_main; console_main()"


def _build_module() -> object:
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_build"] = module
    spec.loader.exec_module(module)
    return module


def generate(folder: Path, count: int) -> dict[str, int]:
    """Write ``count`` contracts; returns how many per language and format."""
    build = _build_module()
    sources = sorted((CORPUS / "src").glob("*.txt"))
    tally: dict[str, int] = {}
    for i in range(count):
        src = build.parse_source(sources[i % len(sources)])  # type: ignore[attr-defined]
        own = src.formats[0]
        fmt = own if (i // len(sources)) % 2 == 0 else ("docx" if own == "pdf" else "pdf")
        repeat = 1 + i % 3
        marker = build.Block("para", f"Contract reference BENCH-{i:04d}.")  # type: ignore[attr-defined]
        src.blocks = [marker] + src.blocks * repeat
        src.meta["format"] = fmt
        if fmt == "docx":
            src.meta["numbering"] = "typed"
            src.meta.pop("columns", None)
        src.name = f"{i:04d}-{src.name}"
        out = folder / f"{src.name}.{fmt}"
        try:
            (build.build_pdf if fmt == "pdf" else build.build_docx)(src, out)  # type: ignore[attr-defined]
        except Exception as exc:  # a source that only renders in its own format
            print(f"  skipped {out.name}: {exc}", file=sys.stderr)
            continue
        key = f"{src.language} {fmt}"
        tally[key] = tally.get(key, 0) + 1
    return tally


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_parallelism(jobs: int, tasks: int = 8, n: int = 3_000_000) -> float:
    """Speed-up a pure-CPU Python task gets from ``jobs`` processes right now.

    Other work on the machine (a test run, a build) takes cores away; this is
    the ceiling the batch's speed-up should be read against.
    """
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    for _ in range(tasks):
        _burn(n)
    one = time.perf_counter() - start
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_burn, [1] * jobs))  # start the workers outside the timing
        start = time.perf_counter()
        list(pool.map(_burn, [n] * tasks))
        many = time.perf_counter() - start
    return one / many


# --- whole processes ------------------------------------------------------------------

class Checkout:
    """A checkout run as ``reviewer batch`` processes, with its own cache folder."""

    def __init__(self, name: str, tree: Path, cache: Path) -> None:
        self.name, self.tree = name, tree.resolve()
        self.env = dict(os.environ, PYTHONPATH=str(self.tree), REVIEWER_CACHE_DIR=str(cache))
        self.env.pop("REVIEWER_NO_CACHE", None)
        # An installed app has its .pyc files (compiling ~100 modules per process would
        # add 0.1-0.3 s to the parent and to every worker).
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(self.tree / "reviewer")],
                       check=False, stdout=subprocess.DEVNULL, env=self.env)

    def batch(self, folder: Path, out: Path, jobs: int) -> tuple[float, float]:
        """(wall, CPU) seconds of one ``reviewer batch`` process, its workers included."""
        args = [sys.executable, "-c", CONSOLE, "batch", str(folder), "--out", str(out),
                "--jobs", str(jobs)]
        start = time.perf_counter()
        # cwd: `-c` puts the current folder first on sys.path, before PYTHONPATH.
        proc = subprocess.Popen(args, env=self.env, cwd=self.tree, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        assert proc.stderr is not None
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)  # the usage includes the workers it waited for
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # 1: some contracts failed, which the comparison will show
            raise SystemExit(f"{self.name}: reviewer batch exited {code}\n{err.decode()[-2000:]}")
        return wall, usage.ru_utime + usage.ru_stime


def outputs(out: Path) -> dict[str, object]:
    """What a batch wrote, for comparing runs: file bytes, the manifest without timings."""
    found: dict[str, object] = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        rel = path.relative_to(out).as_posix()
        if rel == "batch-manifest.json":
            data = json.loads(path.read_text(encoding="utf-8"))
            for entry in data["files"].values():
                entry["seconds"] = 0
            found[rel] = data
        else:
            found[rel] = path
    return found


def same_outputs(a: dict[str, object], b: dict[str, object]) -> bool:
    if a.keys() != b.keys():
        return False
    for rel, x in a.items():
        y = b[rel]
        if isinstance(x, Path) and isinstance(y, Path):
            if not filecmp.cmp(x, y, shallow=False):
                return False
        elif x != y:
            return False
    return True


def whole_processes(args: argparse.Namespace, folder: Path, tmp: Path, n: int) -> None:
    checkouts = [Checkout("after", args.tree, tmp / "cache-after")]
    if args.before:
        checkouts.insert(0, Checkout("before", args.before, tmp / "cache-before"))
    warm = tmp / "warm"
    warm.mkdir()
    for p in sorted(folder.iterdir())[:12]:
        shutil.copy(p, warm / p.name)
    for c in checkouts:  # fills each checkout's caches (compiled checklist, pattern code)
        c.batch(warm, tmp / f"warm-{c.name}", 2)
    best: dict[tuple[str, int], tuple[float, float]] = {}
    reference: dict[str, object] | None = None
    identical = True
    for rnd in range(args.repeat):
        for c in checkouts:
            for jobs in args.jobs:
                out = tmp / f"out-{c.name}-{jobs}-{rnd}"
                wall, cpu = c.batch(folder, out, jobs)
                old = best.get((c.name, jobs), (float("inf"), float("inf")))
                best[c.name, jobs] = (min(old[0], wall), min(old[1], cpu))
                found = outputs(out)
                if reference is None:
                    reference = found
                elif not same_outputs(reference, found):
                    identical = False
                    print(f"  outputs of {c.name}, {jobs} jobs, round {rnd + 1} differ from the first run's")
                print(f"round {rnd + 1}, {c.name}, jobs {jobs}: {wall:.2f} s wall, {cpu:.2f} s CPU "
                      f"({60 * n / wall:.0f} contracts/min); load average {os.getloadavg()[0]:.1f}",
                      flush=True)
                if rnd > 0 or c is not checkouts[0] or jobs != args.jobs[0]:
                    shutil.rmtree(out)  # keep the first run's outputs as the reference
    ceiling = {jobs: machine_parallelism(jobs) for jobs in args.jobs if jobs != 1}
    print(f"\noutputs identical across runs, job counts and checkouts: {'yes' if identical else 'NO'} "
          f"({len(reference or {})} files each)")
    print(f"best of {args.repeat} rounds, {n} contracts; load average at the end "
          f"{os.getloadavg()[0]:.1f}\n")
    names = [c.name for c in checkouts]
    print("| figure | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for jobs in args.jobs:
        cells = [f"{best[name, jobs][0]:.2f} s ({best[name, jobs][1]:.2f} s CPU, "
                 f"{60 * n / best[name, jobs][0]:.0f}/min)" for name in names]
        print(f"| {jobs} job{'s' if jobs > 1 else ''}: wall (CPU, contracts a minute) | "
              + " | ".join(cells) + " |")
    if 1 in args.jobs:
        for jobs in ceiling:
            cells = [f"{best[name, 1][0] / best[name, jobs][0]:.2f}x "
                     f"(CPU {best[name, jobs][1] / best[name, 1][1]:.2f}x one job's)" for name in names]
            print(f"| speed-up with {jobs} jobs (a pure-CPU task: {ceiling[jobs]:.2f}x) | "
                  + " | ".join(cells) + " |")


# --- in this process --------------------------------------------------------------------

def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def in_process(args: argparse.Namespace, folder: Path, tmp: Path, n: int) -> None:
    sys.path.insert(0, str(args.tree.resolve()))  # (the workers inherit this path)
    from reviewer.batch.runner import run_batch

    print(f"timing {Path(sys.modules['reviewer.batch.runner'].__file__ or '').parents[2]}")

    results: dict[int, float] = {}
    # Rounds alternate the job counts (1, 2, 1, 2, ...) and the best time of each
    # counts: load from other programs then hits both sides alike.
    for rnd in range(args.repeat):
        for jobs in args.jobs:
            out = tmp / f"out-{jobs}-{rnd}"
            stamps: list[tuple[float, float]] = []  # (when recorded, seconds in the worker)
            own, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            result = run_batch(folder, out, jobs=jobs, on_result=lambda rel, entry, s=stamps: s.append(
                (time.perf_counter(), entry.seconds)))
            end = time.perf_counter()
            seconds = end - start
            own, children = _cpu(resource.RUSAGE_SELF) - own, _cpu(resource.RUSAGE_CHILDREN) - children
            results[jobs] = min(seconds, results.get(jobs, seconds))
            work = sum(s for _, s in stamps)
            # Work = the sum of the per-contract times measured inside the workers;
            # work / wall is the parallelism achieved. Per-contract times that grow
            # with more jobs mean the jobs compete for CPU (other load on the machine).
            print(f"round {rnd + 1}, jobs {jobs}: {result.reviewed} reviewed "
                  f"({result.failed} failed) in {seconds:.2f} s = "
                  f"{60 * result.reviewed / seconds:.0f} contracts/min; "
                  f"{work / max(1, len(stamps)):.3f} s per contract in the worker, "
                  f"parallelism {work / seconds:.2f}; load average {os.getloadavg()[0]:.1f}", flush=True)
            if stamps:
                print(f"    CPU: this process {own:.2f} s, worker processes {children:.2f} s; "
                      f"first result after {stamps[0][0] - start:.2f} s, last {stamps[-1][0] - start:.2f} s, "
                      f"then {1000 * (end - stamps[-1][0]):.0f} ms to the end (summaries, shutdown)")
    for jobs, seconds in results.items():
        print(f"best, jobs {jobs}: {seconds:.2f} s = {60 * n / seconds:.0f} contracts/min")
    if 1 in results:
        for jobs, seconds in results.items():
            if jobs != 1:
                print(f"speed-up with {jobs} jobs: {results[1] / seconds:.2f}x "
                      f"(a pure-CPU task gets {machine_parallelism(jobs):.2f}x on this "
                      f"machine right now)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2, help="rounds; the best time counts")
    parser.add_argument("--tree", type=Path, default=REPO,
                        help="the checkout to time (default: this one; with --in-process too)")
    parser.add_argument("--before", type=Path, help="another checkout, timed in turns with --tree")
    parser.add_argument("--in-process", action="store_true",
                        help="run_batch in this process (the earlier method), with a timeline")
    parser.add_argument("--keep", type=Path, help="generate the contracts here once and reuse them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp_name:
        tmp = Path(tmp_name)
        folder = args.keep or tmp / "contracts"
        folder.mkdir(parents=True, exist_ok=True)
        if not any(folder.iterdir()):
            start = time.perf_counter()
            tally = generate(folder, args.count)
            print(f"generated {sum(tally.values())} contracts in {time.perf_counter() - start:.0f} s: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))
        files = sorted(folder.iterdir())
        size_mb = sum(p.stat().st_size for p in files) / 1e6
        print(f"{len(files)} contracts ({size_mb:.1f} MB) in {folder}; {os.cpu_count()} CPUs, "
              f"load average {os.getloadavg()[0]:.1f}")
        if args.in_process:
            in_process(args, folder, tmp, len(files))
        else:
            whole_processes(args, folder, tmp, len(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
