"""An item's `key_fact` is checked on load: file, line and key in every refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.checklist import load_checklist
from tests.checklist.test_errors import line_of, refuse
from tests.checklist.test_loader import VALID, write

ANCHOR = "facts: [levels]\n"
KEY = "sections[response].items[response-times].key_fact"


def with_key_fact(value: str) -> str:
    line = next(ln for ln in VALID.splitlines(keepends=True) if ln.endswith(ANCHOR))
    indent = line[: len(line) - len(line.lstrip())]
    return VALID.replace(line, f"{line}{indent}key_fact: {value}\n", 1)


def test_a_valid_key_fact_loads(tmp_path: Path) -> None:
    text = with_key_fact("{kind: level-durations, label: {en: response, zh: 响应}}")
    item = load_checklist(write(tmp_path, text, "ok.yaml")).item("response-times")
    assert item.key_fact is not None
    assert (item.key_fact.better, item.key_fact.fact, item.key_fact.column) == (
        "lower", "levels", "response-times")
    assert item.key_fact.shown({"levels": [{"level": "P1", "minutes": 30}]}) == ("P1 30 min", 30)
    assert item.key_fact.shown({"levels": [{"level": "P1", "minutes": 90}]}, "zh")[0] == "P1 1.5小时"
    assert item.key_fact.shown({"levels": "junk"}) == ("", None)
    assert item.key_fact.shown({"levels": [{"level": "P1", "minutes": "soon"}]}) == ("P1", None)


@pytest.mark.parametrize(("value", "message", "sub"), [
    ("{kind: speed}", "'speed' is not a kind of key fact", ".kind"),
    ("{kind: percent, better: faster}", "'better' must be one of", ".better"),
    ("{kind: regions, better: lower}", "cannot be ranked", ".better"),
    ("{kind: text-list}", "needs 'fact'", ".fact"),
    ("{kind: hours, column: 'Breach Hours'}", "may only use lower-case", ".column"),
    ("{kind: hours, colour: red}", "unknown key 'colour'", ".colour"),
    ("{better: lower}", "'kind' is missing", ".kind"),
])
def test_bad_key_facts_are_refused(tmp_path: Path, value: str, message: str, sub: str) -> None:
    text = with_key_fact(value)
    err = refuse(tmp_path, text)
    assert message in str(err)
    assert err.key == KEY + sub
    assert err.line == line_of(text, "key_fact:")
