"""Shared test set-up.

Qt must be told to run offscreen before anything imports it: without a
display a Qt test run aborts with no report.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
