"""The real-world corpus is well-formed: labels match their sources, metadata is complete, the split holds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from reviewer.evaluation.split import split_of
from tests.scripts import load_script

HERE = Path(__file__).resolve().parent
LABELS = sorted(HERE.glob("*.expected.json"))


def _check():  # type: ignore[no-untyped-def]
    return load_script(HERE / "check.py", "corpus_real_check")


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


def test_red_flags_are_optional_but_all_or_none(tmp_path: Path) -> None:
    check = _check()
    name = LABELS[0].name.removesuffix(".expected.json")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / f"{name}.txt").write_bytes((HERE / "src" / f"{name}.txt").read_bytes())
    data = json.loads(LABELS[0].read_text(encoding="utf-8"))
    (tmp_path / data["file"]).write_bytes((HERE / data["file"]).read_bytes())
    label = tmp_path / LABELS[0].name
    items = {k: v for k, v in data["items"].items() if k not in check.RED_FLAG_IDS}

    def problems(extra: dict) -> list[str]:
        label.write_text(json.dumps({**data, "items": {**items, **extra}}), encoding="utf-8")
        return check.check_label(label)

    missing = {"status": "missing", "evidence": []}
    assert problems({}) == []
    assert problems({i: missing for i in check.RED_FLAG_IDS}) == []
    assert any("all five or none" in p for p in problems({"unilateral-amendment": missing}))
    assert any("extra ['no-such-item']" in p for p in problems({"no-such-item": missing}))
    assert any("red-flag items take no facts" in p
               for p in problems({i: {**missing, "facts": {"months": 1}} for i in check.RED_FLAG_IDS}))
