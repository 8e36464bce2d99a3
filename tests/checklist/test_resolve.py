"""One rule for choosing a checklist: None, an id, a path, a Checklist, a saved review."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from reviewer import api
from reviewer.checklist import checklists_dir, default_checklist
from reviewer.errors import ChecklistError
from reviewer.review import DocumentInfo, Review


def _review(checklist_id: str) -> Review:
    return Review(DocumentInfo("x.pdf", "pdf", 1, "en"), checklist_id, "1", (), 0.0)


def test_none_empty_id_path_and_checklist(tmp_path: Path) -> None:
    default = default_checklist()
    assert api.resolve_checklist(None) is default
    assert api.resolve_checklist("") is default
    assert api.resolve_checklist(default.id) is default
    assert api.resolve_checklist(default) is default
    copy = tmp_path / "mine.yaml"
    shutil.copy(checklists_dir() / f"{default.id}.yaml", copy)
    assert api.resolve_checklist(copy).id == default.id
    assert api.resolve_checklist(str(copy)).id == default.id


@pytest.mark.parametrize("spec", ["no-such-checklist", "missing/rules.yaml"])
def test_unknown_spec_has_one_message(spec: str) -> None:
    with pytest.raises(ChecklistError) as info:
        api.resolve_checklist(spec)
    message = str(info.value)
    assert spec in message and "does not exist" in message
    assert "vendor-support" in message  # the ids one could give instead


def test_checklist_for_a_saved_review() -> None:
    default = default_checklist()
    assert api.checklist_for_review(_review(default.id)) is default
    assert api.checklist_for_review(_review("not-installed")) is None
    assert api.checklist_for_review(replace(_review(default.id), checklist_id="")) is None
