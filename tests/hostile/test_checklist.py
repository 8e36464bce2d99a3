"""Hostile checklists: each refused fast with file, line or key and the named limit."""

from __future__ import annotations

import pytest

from reviewer.checklist import load_checklist
from reviewer.checklist.loader import parse_checklist
from reviewer.errors import ChecklistError
from tests.fixtures.cpu_time import cpu_seconds
from tests.hostile.checklist_cases import CASES, many_items


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_checklist_is_refused(tmp_path, case):
    make, message = CASES[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(make(), encoding="utf-8")
    start = cpu_seconds()
    with pytest.raises(ChecklistError, match=message) as info:
        load_checklist(path)
    assert str(path) in str(info.value)
    assert cpu_seconds() - start < 20  # generous; the benchmark measures


def test_pattern_refusal_names_file_line_and_key(tmp_path):
    make, _ = CASES["nested-quantifier"]
    with pytest.raises(ChecklistError) as info:
        parse_checklist(make(), "shared.yaml")
    err = info.value
    assert err.path == "shared.yaml" and err.line is not None
    assert err.key and err.key.endswith("find.keywords.en")


def test_bounded_outer_repeats_stay_allowed():
    from tests.hostile.checklist_cases import _keyword

    parse_checklist(_keyword('"/within(?:\\\\s+\\\\w+){0,3}\\\\s+hours/"'), "ok.yaml")
    parse_checklist(_keyword('"/\\\\bP[1-4]{1,2}\\\\b/"'), "ok.yaml")


def test_a_big_genuine_checklist_loads_when_the_limit_is_raised(monkeypatch):
    text = many_items(1200)
    with pytest.raises(ChecklistError, match="CHECKLIST_ITEMS"):
        parse_checklist(text, "big.yaml")
    monkeypatch.setenv("REVIEWER_LIMIT_CHECKLIST_ITEMS", "2000")
    assert len(parse_checklist(text, "big.yaml").sections[0].items) == 1202


def test_a_fifo_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ChecklistError, match="not a regular file"):
        load_checklist(fifo)


def test_the_bundled_checklist_still_loads():
    from reviewer.checklist.loader import checklists_dir

    assert load_checklist(checklists_dir() / "vendor-support.yaml").sections
