"""`api.preload_compare`: what the Compare Vendors window imports ahead of the first run."""

from __future__ import annotations

import importlib.util

from reviewer import api
from reviewer.preload import BATCH_MODULES, COMPARE_MODULES


def test_every_preloaded_module_exists() -> None:
    """A renamed module would be skipped silently and the stall would come back."""
    every = COMPARE_MODULES + BATCH_MODULES
    assert [m for m in every if importlib.util.find_spec(m) is None] == []


def test_preload_imports_what_comparing_needs() -> None:
    import sys

    api.preload_compare(pause=0)
    api.preload_batch(pause=0)
    assert all(m in sys.modules for m in COMPARE_MODULES + BATCH_MODULES)
