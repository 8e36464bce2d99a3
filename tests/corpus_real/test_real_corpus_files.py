"""The real-world corpus is well-formed: labels match their sources, metadata is complete, the split holds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from reviewer.evaluation.split import split_of

HERE = Path(__file__).resolve().parent
LABELS = sorted(HERE.glob("*.expected.json"))


def _check():  # type: ignore[no-untyped-def]
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("corpus_real_check", HERE / "check.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_real_check"] = module
    spec.loader.exec_module(module)
    return module


def test_size_and_mix() -> None:
    data = [json.loads(p.read_text(encoding="utf-8")) for p in LABELS]
    assert len(data) >= 150
    assert len({d["vendor"] for d in data}) >= 50
    assert sum(d["language"] == "zh" for d in data) / len(data) >= 0.40
    sides = Counter(split_of(d["vendor"]) for d in data)
    assert sides["dev"] and sides["test"]
    formats = Counter(Path(d["file"]).suffix for d in data)
    assert formats[".pdf"] and formats[".docx"]


@pytest.mark.parametrize("label", LABELS, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_label_matches_its_source(label: Path) -> None:
    assert _check().check_label(label) == []
