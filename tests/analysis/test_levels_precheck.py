"""find_levels rules a text out with one search before its nine patterns: the
results must be those of the nine patterns alone, on every line of the corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.analysis import levels

TESTS = Path(__file__).resolve().parents[1]


class _Always:
    def search(self, text: str) -> bool:
        return True


def test_the_precheck_changes_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [line for f in sorted(TESTS.glob("corpus*/src/*.txt"))
             for line in f.read_text(encoding="utf-8").splitlines()]
    lines += ["S2.1 Who receives support", "P1-Urgent", "一级故障", "A类问题", "V级", "x_P1 issues",
              "Non-critical: 2 days"]
    assert len(lines) > 20_000
    fast = [levels.find_levels(t) for t in lines]
    monkeypatch.setattr(levels, "_ANY_LEVEL", _Always())
    slow = [levels.find_levels(t) for t in lines]
    assert fast == slow
    assert sum(1 for found in slow if found) > 500
