"""The denial grammar's matches are found without its scan only where it cannot match.

`matching._denial_hits` skips `_DENIAL` in a text that holds neither "不" nor
"not" / "no " in any case, and each clause view finds them once for every
item that asks (`ClauseView.denials`): the same hits as the bare scan.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reviewer.analysis.matching import _DENIAL, Hit, _denial_hits, build_views
from reviewer.clause import Clause, ClauseKind
from reviewer.document import Location

PIECES = ["does", "do", "not", "NOT", "Not", "no", "No ", "NO ", "shall", "will", "commit to", "guarantee",
          "make any commitment as to", "makes", "obligation", "has", "is under", "to", "provide", "offer",
          "constitute a", "commitment", "are", "made", "as to", "nothing", "notice", "know", "不", "对", "作出",
          "承诺", "提供", "保证", "中断", "构成", "另行", " ", ".", ";", "。", "，", "x", "K", "ſ", "İ"]


def _bare(text: str) -> list[Hit]:
    return [Hit(m.start(), m.end(), m.group()) for m in _DENIAL.finditer(text)]


@given(st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join) | st.text(max_size=80))
def test_denial_hits_are_the_bare_scans(text: str) -> None:
    assert _denial_hits(text) == _bare(text)


def test_real_denials_are_found_and_a_text_without_the_words_skips_the_scan() -> None:
    for text in ("Provider does not commit to any availability level.", "NO COMMITMENT IS MADE AS TO uptime",
                 "乙方不对平台的可用率作出承诺。", "Vendor is not required to provide credits."):
        assert _denial_hits(text) == _bare(text) != []
    assert _denial_hits("Support is available 24x7 by phone and e-mail.") == []


def test_a_view_finds_its_denials_once() -> None:
    clause = Clause(index=0, kind=ClauseKind.CLAUSE, location=Location(index=0),
                    text="Provider makes no commitment regarding response times.")
    view = build_views((clause,))[0]
    first = view.denials()
    assert first == _bare(view.text) != [] and view.denials() is first
