"""Test-session set-up that must hold before any test module is imported.

The compiled-checklist cache (reviewer/checklist/compiled.py) goes to a
temporary folder, never the user's ~/.cache; processes the tests start
inherit it. The folder is removed when the session ends.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

if "REVIEWER_CACHE_DIR" not in os.environ:
    _folder = tempfile.mkdtemp(prefix="reviewer-test-cache-")
    os.environ["REVIEWER_CACHE_DIR"] = _folder
    atexit.register(shutil.rmtree, _folder, True)
