"""Checklists: the rules a contract is judged against, loaded from YAML.

`load_checklist(path)` reads and validates one file; `default_checklist()` is
the bundled vendor-support checklist; `bundled_checklists()` lists every
bundled file. Types live in `reviewer.checklist.model`; the file format is
documented in docs/checklists.md.
"""

from reviewer.checklist.loader import (
    BundledChecklist,
    bundled_checklists,
    checklists_dir,
    default_checklist,
    load_checklist,
    parse_checklist,
)

__all__ = [
    "BundledChecklist",
    "bundled_checklists",
    "checklists_dir",
    "default_checklist",
    "load_checklist",
    "parse_checklist",
]
