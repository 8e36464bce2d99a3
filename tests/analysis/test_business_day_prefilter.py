"""`_business_day_length` runs its definition pattern only on sentences holding 工作日 or
"business day" / "working day" (`_BUSINESS_DAY`, the part every English branch holds): the
length found must be the one found when every sentence with "day" ran the pattern, on
definitions of every branch, on near misses, and over real contracts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reviewer.analysis import context
from reviewer.analysis.matching import build_views
from reviewer.clause import Clause, ClauseKind
from reviewer.document import Location

_ANY = re.compile("")  # finds a match in every text: the sentences with "day" all go on, as before


def _views(*texts: str) -> list:
    clauses = tuple(Clause(index=i, kind=ClauseKind.CLAUSE, text=t, location=Location(page=1))
                    for i, t in enumerate(texts))
    return build_views(clauses)


def _both(views: list, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    now = context._business_day_length(views)
    with monkeypatch.context() as m:
        m.setattr(context, "_BUSINESS_DAY", _ANY)
        before = context._business_day_length(views)
    return now, before


@pytest.mark.parametrize("text", [
    "A Business Day means a ten-hour period from 08:00 to 18:00.",
    "“Working Day” shall mean 9:00 to 17:30 on weekdays.",
    "Business  days are 08:00-12:00 and 13:00-18:00, Monday to Friday.",
    "Support is given on a 10-hour business day.",
    "“工作日”指每周一至周五9:00至18:00。",
    "每个工作日按8小时计算。",
    "A day means 9:00 to 18:00.",  # "day" without business / working: no definition either way
    "The business of the day: 9:00 to 18:00.",
    "Workingday means 8:00 to 16:00.",
])
def test_a_day_definition_is_found_as_before(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    now, before = _both(_views("Other terms apply.", text), monkeypatch)
    assert now == before


def test_a_definition_of_every_branch_is_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _both(_views("A Business Day means a ten-hour period."), monkeypatch) == (600, 600)
    assert _both(_views("每个工作日按8小时计算。"), monkeypatch) == (480, 480)
    assert _both(_views("Support is given on a nine-hour working day."), monkeypatch)[0] == 540


def test_real_contracts_give_the_same_business_day(monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.ingest import read_document
    from reviewer.segment import segment

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    paths = sorted(corpus.glob("*.pdf")) + sorted(corpus.glob("*.docx"))
    assert len(paths) > 20
    for path in paths:
        now, before = _both(build_views(segment(read_document(path))), monkeypatch)
        assert now == before, path.name
