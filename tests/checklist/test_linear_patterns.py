"""The bundled checklist's patterns that began with a repeat (``\\d+``, ``(?:\\d+|[一二]+)``)
were quadratic on long runs (a 5,000-digit number: seconds per clause per pattern;
`tools/regex_timing.py` finds them by timing). Each now says where its run begins
with a lookbehind, which must not change what it matches: checked here against
the old pattern on generated text, and the golden results stay identical.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.checklist.loader import checklists_dir, load_checklist
from tools.regex_timing import checklist_patterns

_CNUM = "一二三四五六七八九十两半"
# The anchors added: (?<!\d) before \d+, (?<![一二...]) before a run of Chinese numerals.
_ANCHOR = re.compile(r"\(\?<!(?:\\d|\[[" + _CNUM + r"]+\])\)")
TEXT = st.text(alphabet="0123456789 .%％x倍天日的服务次场期培训小时fpsmlcredit" + _CNUM, max_size=40)


def _fixed() -> list[str]:
    checklist = load_checklist(checklists_dir() / "vendor-support.yaml")
    return sorted({p.pattern for _, p in checklist_patterns(checklist)
                   if _ANCHOR.search(p.pattern)})


FIXED = _fixed()


def test_the_anchored_patterns_are_the_twelve_that_were_quadratic() -> None:
    assert len(FIXED) == 12, FIXED


@pytest.mark.parametrize("pattern", FIXED)
@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_an_anchored_pattern_matches_what_the_old_one_did(pattern: str, text: str) -> None:
    old = re.compile(_ANCHOR.sub("", pattern), re.IGNORECASE)
    new = re.compile(pattern, re.IGNORECASE)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    found = new.search(text)
    assert (found.span() if found else None) == ((m := old.search(text)) and m.span())
