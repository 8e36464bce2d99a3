"""docs/checklists.md stays true: its example loads and it documents every key."""

from __future__ import annotations

import re
from pathlib import Path

from reviewer.checklist import parse_checklist
from reviewer.checklist.schema import (
    FIND_KEYS,
    ITEM_KEYS,
    MET_KEYS,
    POLICY_KEYS,
    SECTION_KEYS,
    TOP_KEYS,
    fact_names,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "checklists.md"


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_full_example_loads() -> None:
    example = next(b for b in yaml_blocks() if b.startswith("schema:"))
    checklist = parse_checklist(example, "docs example")
    item = checklist.item("response-times")
    assert item.requirements[1].min_count == 2
    assert item.policies[0].max == 60
    assert any(p.search("P3 issues") for p in item.requirements[1].patterns.patterns())


def test_every_key_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for key in {*TOP_KEYS, *SECTION_KEYS, *ITEM_KEYS, *FIND_KEYS, *MET_KEYS, *POLICY_KEYS}:
        assert f"`{key}`" in text, key


def test_built_in_fact_names_are_the_analysis_ones() -> None:
    text = DOC.read_text(encoding="utf-8")
    table = text.split("**Built-in fact names.**", 1)[1].split("###", 1)[0]
    doc_names = set(re.findall(r"^\| `([a-z-]+)` \|", table, re.M))
    assert doc_names == set(fact_names())
