"""The labelled corpora and the samples give exactly the results recorded in
tests/golden/results.json: a refactoring must not change a status, a quote, a
fact, a reason or a score."""

from __future__ import annotations

import difflib
import json
from typing import Any

from tests.golden import regen

REGEN_HINT = "If the judging change is intended, regenerate with python tests/golden/regen.py in the same commit."


def _differences(expected: dict[str, Any], actual: dict[str, Any], limit: int = 40) -> list[str]:
    out: list[str] = []
    for doc in sorted(set(expected) | set(actual)):
        if doc not in actual:
            out.append(f"{doc}: no longer reviewed")
            continue
        if doc not in expected:
            out.append(f"{doc}: new document (not in results.json)")
            continue
        if expected[doc] == actual[doc]:
            continue
        before = json.dumps(expected[doc], ensure_ascii=False, indent=1, sort_keys=True).splitlines()
        after = json.dumps(actual[doc], ensure_ascii=False, indent=1, sort_keys=True).splitlines()
        out.append(f"--- {doc}")
        out.extend(list(difflib.unified_diff(before, after, "recorded", "now", n=2, lineterm=""))[2:])
        if len(out) > limit:
            out.append("... (more differences)")
            break
    return out


def test_golden_results_unchanged() -> None:
    assert regen.RESULTS.is_file(), "tests/golden/results.json is missing. " + REGEN_HINT
    expected = json.loads(regen.RESULTS.read_text(encoding="utf-8"))
    actual = json.loads(regen.dumps(regen.compute()))
    diff = _differences(expected, actual)
    assert not diff, "Review results changed:\n" + "\n".join(diff) + "\n\n" + REGEN_HINT
