"""The sentence split's full-stop rule, written for speed, finds the stops it found before.

`sentences._STOPS` tests a full stop's exceptions (a single letter, "e.g",
"i.e", "etc", "No") by look-behinds placed after the "." instead of before
it. The reference below is the earlier pattern, verbatim: both must give
the same matches on any text, with and without the semicolon variant.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.analysis import sentences
from reviewer.analysis.matching import build_views
from reviewer.ingest import read_document
from reviewer.segment import segment

_REFERENCE = (
    r"[。！？!?]+"
    r"|(?<!\b[A-Za-z])(?<!e\.g)(?<!i\.e)(?<!etc)(?<!\bNo)\.(?=\s+[A-Z(“\"]|\s*$|\s*[\u4e00-\u9fff])"
    r"|\n+"
)
_END = re.compile(_REFERENCE)
_END_OR_SEMICOLON = re.compile(r"[;；]+|" + _REFERENCE)

# The characters the rule looks at (the exceptions' letters, both cases, the
# look-ahead's capitals, quotes, brackets and Chinese) and some it does not.
_TEXT = st.lists(st.sampled_from([*"eEgGiItTcCnNoOaAbB1_ .\n\t;；。！？!?(“\"响", "e.g.", "No.", "etc.", "i.e."]),
                 max_size=40).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=2000)
@given(_TEXT)
def test_full_stops_are_found_as_by_the_earlier_pattern(text: str) -> None:
    assert _spans(sentences._END, text) == _spans(_END, text)
    assert _spans(sentences._END_OR_SEMICOLON, text) == _spans(_END_OR_SEMICOLON, text)


def test_real_clauses_split_as_by_the_earlier_pattern() -> None:
    folder = Path(__file__).resolve().parents[1] / "corpus"
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".docx"))[:10]
    texts = [v.text for p in paths for v in build_views(segment(read_document(p)))]
    assert len(texts) > 200
    for text in texts:
        assert _spans(sentences._END, text) == _spans(_END, text)
        assert _spans(sentences._END_OR_SEMICOLON, text) == _spans(_END_OR_SEMICOLON, text)
