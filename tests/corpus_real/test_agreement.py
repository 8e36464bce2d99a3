"""agreement.py on the real files: the 25 items and the red flags are reported apart, with the right counts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from reviewer.evaluation.split import split_of
from tests.scripts import load_script

HERE = Path(__file__).resolve().parent
STATUSES = {"met", "vague", "missing"}


def _agreement() -> ModuleType:
    return load_script(HERE / "agreement.py", "corpus_real_agreement")


def _red_flag_seconds(red_flags: tuple[str, ...]) -> dict[str, dict[str, dict[str, object]]]:
    """name -> the red-flag entries of every second file that holds any."""
    out = {}
    for path in sorted((HERE / "second").glob("*.second.json")):
        items = json.loads(path.read_text(encoding="utf-8"))["items"]
        found = {k: v for k, v in items.items() if k in red_flags}
        if found:
            out[path.name.removesuffix(".second.json")] = found
    return out


def test_red_flag_ids_are_the_spec_ids() -> None:
    spec = (HERE.parent.parent / "docs" / "checklist-spec.md").read_text(encoding="utf-8")
    for item in _agreement().RED_FLAGS:
        assert f"| `{item}` |" in spec


def test_second_red_flag_labels_are_well_formed() -> None:
    """All five items or none, a known status, evidence copied from the source and empty only for missing."""
    agreement = _agreement()
    seconds = _red_flag_seconds(agreement.RED_FLAGS)
    assert len(seconds) >= 32
    for name, items in seconds.items():
        assert set(items) == set(agreement.RED_FLAGS), name
        first = json.loads((HERE / f"{name}.expected.json").read_text(encoding="utf-8"))["items"]
        assert set(agreement.RED_FLAGS) <= set(first), f"{name}: no first red-flag labels to compare with"
        source = (HERE / "src" / f"{name}.txt").read_text(encoding="utf-8")
        for item, entry in items.items():
            assert entry["status"] in STATUSES, (name, item)
            evidence = entry["evidence"]
            assert isinstance(evidence, list)
            assert (entry["status"] == "missing") == (not evidence), (name, item)
            for quote in evidence:
                assert quote in source, (name, item, quote)


def test_sample_mix() -> None:
    """About half development and half test, about half Chinese, six or more long agreements."""
    seconds = _red_flag_seconds(_agreement().RED_FLAGS)
    meta = [json.loads((HERE / f"{name}.expected.json").read_text(encoding="utf-8")) for name in seconds]
    assert meta
    sides = Counter(split_of(m["vendor"]) for m in meta)
    assert min(sides["dev"], sides["test"]) >= 0.4 * len(meta)
    assert 0.4 <= sum(m["language"] == "zh" for m in meta) / len(meta) <= 0.6
    assert sum(m["pages"] >= 10 for m in meta) >= 6


def test_sections_are_apart_and_counted() -> None:
    agreement = _agreement()
    main = agreement.pairs_of(HERE)
    red = agreement.pairs_of(HERE, red_flags=True)
    assert not {item for _, item, *_ in main} & set(agreement.RED_FLAGS)
    assert {item for _, item, *_ in red} == set(agreement.RED_FLAGS)
    # The 25 items: the 32 documents labelled twice before the red flags, 25 labels each.
    main_report = agreement.report(main)
    assert main_report["documents"] == 32 and main_report["items"] == 32 * 25
    seconds = _red_flag_seconds(agreement.RED_FLAGS)
    red_report = agreement.report(red)
    assert red_report["documents"] == len(seconds)
    assert red_report["items"] == 5 * len(seconds)
    per_item = red_report["per_item"]
    assert set(per_item) == set(agreement.RED_FLAGS)
    for figures in per_item.values():
        assert figures["items"] == len(seconds)
        assert 0.0 <= figures["status_agreement"] <= 1.0
    matrix = red_report["confusion_first_by_second"]
    assert sum(sum(row.values()) for row in matrix.values()) == 5 * len(seconds)
    diffs = agreement.disagreements(HERE, red_flags=True)
    assert len(diffs) == sum(a != b for *_, a, b in red)
    assert all(d["first"] != d["second"] for d in diffs)


def test_command_prints_both_sections(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    agreement = _agreement()
    out_json = tmp_path / "agreement.json"
    assert agreement.main(["--json", str(out_json)]) == 0
    printed = capsys.readouterr().out
    main_part, red_part = printed.split("red flags (", 1)
    assert main_part.startswith("32 documents, 800 item labels labelled twice")
    n = len(_red_flag_seconds(agreement.RED_FLAGS))
    assert f"{n} documents, {5 * n} item labels labelled twice" in red_part
    for item in agreement.RED_FLAGS:
        assert item in red_part
    saved = json.loads(out_json.read_text(encoding="utf-8"))
    assert saved["items"] == 800 and saved["red_flags"]["items"] == 5 * n
