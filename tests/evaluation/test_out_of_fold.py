"""tools/out_of_fold.py: every development document in exactly one fold, and a missing model said plainly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.evaluation.split import split_of
from tools import out_of_fold
from tools.train_relevance import vendor_fold


def test_each_development_document_is_in_exactly_one_fold(tmp_path: Path) -> None:
    seen: dict[str, int] = {}
    for k in range(out_of_fold.FOLDS):
        folder = tmp_path / f"fold-{k}"
        folder.mkdir()
        count = out_of_fold._fold_documents(k, folder)
        labels = sorted(folder.glob("*.expected.json"))
        assert len(labels) == count > 0
        for label in labels:
            vendor = json.loads(label.read_text(encoding="utf-8"))["vendor"]
            assert split_of(vendor) == "dev" and vendor_fold(vendor) == k
            stem = label.name.removesuffix(".expected.json")
            assert (folder / f"{stem}.pdf").exists() or (folder / f"{stem}.docx").exists()
            assert stem not in seen
            seen[stem] = k
    dev = [p for p in out_of_fold.REAL.glob("*.expected.json")
           if split_of(json.loads(p.read_text(encoding="utf-8"))["vendor"]) == "dev"]
    assert len(seen) == len(dev)


def test_evaluating_without_the_fold_models_says_how_to_make_them(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"out_of_fold\.py train"):
        out_of_fold.evaluate(tmp_path / "none", out_of_fold.ROOT, tmp_path / "oof.json")
