"""A folder of contracts reviewed in "spawn" worker processes, resumable.

    runner.py    run_batch: find the contracts, skip unchanged ones, write the summary
    manifest.py  what each file's last run produced, so re-runs skip it
    pool.py      the worker pool (sequential with workers=1)
    worker.py    one contract in a worker: review, write JSON (and XLSX)
"""

from reviewer.batch.runner import BatchResult, find_contracts, run_batch

__all__ = ["BatchResult", "find_contracts", "run_batch"]
