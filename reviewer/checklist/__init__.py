"""Checklists: the rules a contract is judged against, loaded from YAML.

`load_checklist(path)` reads and validates one file; `default_checklist()` is
the bundled vendor-support checklist; `bundled_checklists()` lists every
bundled file. Types live in `reviewer.checklist.model`; the file format is
documented in docs/checklists.md.

The names below are imported from the loader on first use, so that importing
a light submodule (the pattern-code store, `regex_code`, which the CLI sets
up before anything else) does not import the loader and the model with it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~1.5 ms of a cached checklist load)

if TYPE_CHECKING:
    from typing import Any

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


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from reviewer.checklist import loader

    return getattr(loader, name)
