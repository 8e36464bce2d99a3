"""Which checklist: one rule for an id, a path, a loaded checklist or a saved review.

    resolve_checklist(None | "")         the default (bundled) checklist
    resolve_checklist(checklist)         that checklist
    resolve_checklist("vendor-support")  the bundled checklist with that id
    resolve_checklist("my/rules.yaml")   that file, validated on load
    checklist_for_review(review)         the bundled checklist the review was
                                         made with (by id), None if not installed

A string is an id when a bundled checklist has it, else a path. What cannot
be found raises one `ChecklistError` that names the spec and says what to
give instead. Every front end and core module chooses a checklist here.
"""

from __future__ import annotations

import os
from pathlib import Path

from reviewer.checklist.loader import bundled_checklists, default_checklist, load_checklist
from reviewer.checklist.model import Checklist
from reviewer.errors import ChecklistError
from reviewer.review import Review

ChecklistSpec = Checklist | str | os.PathLike[str] | None


def bundled_checklist(checklist_id: str) -> Checklist | None:
    """The bundled checklist with ``checklist_id``, None if none has it."""
    default = default_checklist()  # parsed once per process
    if default.id == checklist_id:
        return default
    for bundled in bundled_checklists():
        if bundled.id == checklist_id:
            return load_checklist(bundled.path)
    return None


def resolve_checklist(spec: ChecklistSpec = None) -> Checklist:
    """The checklist ``spec`` names (see the module docstring for the rule)."""
    if spec is None or spec == "":
        return default_checklist()
    if isinstance(spec, Checklist):
        return spec
    if isinstance(spec, str) and os.sep not in spec and "/" not in spec:
        found = bundled_checklist(spec)
        if found is not None:
            return found
    path = Path(spec)
    if not path.exists():
        ids = ", ".join(b.id for b in bundled_checklists()) or "none installed"
        raise ChecklistError(
            "the checklist does not exist: it is neither a bundled checklist id "
            f"({ids}) nor a checklist file. Give one of those ids (`reviewer checklist "
            "list`) or the path of a .yaml checklist.",
            path=str(spec),
        )
    return load_checklist(path)


def checklist_for_review(review: Review) -> Checklist | None:
    """The bundled checklist ``review`` was made with, None if it is not installed."""
    try:
        return bundled_checklist(review.checklist_id)
    except ChecklistError:
        return None
