"""The scored item ids are written once in reviewer/evaluation/items.py; the two
label scripts that must run without importing reviewer keep copies that must
stay equal, and both lists must name items of the bundled checklist."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from reviewer.checklist.loader import default_checklist
from reviewer.checklist.positions import RED_FLAG_SECTION
from reviewer.evaluation.items import RED_FLAG_IDS, SPEC_ITEM_IDS

REAL = Path(__file__).resolve().parents[1] / "corpus_real"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"corpus_real_{name}", REAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_label_checker_copies_are_equal() -> None:
    check = _script("check")
    assert tuple(check.ITEM_IDS) == SPEC_ITEM_IDS
    assert tuple(check.RED_FLAG_IDS) == RED_FLAG_IDS
    assert tuple(_script("agreement").RED_FLAGS) == RED_FLAG_IDS


def test_ids_are_items_of_the_bundled_checklist() -> None:
    checklist = default_checklist()
    red_flags = tuple(item.id for item in checklist.section(RED_FLAG_SECTION).items)
    assert red_flags == RED_FLAG_IDS
    others = {item.id for item in checklist.items} - set(red_flags)
    assert set(SPEC_ITEM_IDS) <= others
    assert len(set(SPEC_ITEM_IDS)) == 25
