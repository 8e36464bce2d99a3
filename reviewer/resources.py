"""Where the data files that travel with the program are found.

``resources/<name>`` next to the ``reviewer`` package (the repository root
from source, ``_internal/`` in the PyInstaller bundle), else
``<prefix>/share/contract-reviewer/<name>`` (a wheel install: pyproject's
data-files puts the translations and samples there, as it does the
checklists).
"""

from __future__ import annotations

import sys
from pathlib import Path

import reviewer


def resource_dir(name: str) -> Path:
    """The folder ``name`` ("translations", "samples", "licenses", "fonts")."""
    beside = Path(reviewer.__file__).resolve().parent.parent / "resources" / name
    candidates = [beside, Path(sys.prefix) / "share" / "contract-reviewer" / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return beside
