"""Level names, sentences and hedges: the words the judges read.

Level names and their order feed severity-definitions and the per-level
times; sentences are the unit a hedge is judged in; hedges are undone by a
binding phrase in the same sentence ("promptly, and in any event within 30
minutes"). The vagueness tests use the bundled checklist's wording, so they
protect what the YAML and the code do together.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.analysis.levels import find_levels, level_at_start, normalise_level
from reviewer.analysis.sentences import sentence_at, split_sentences
from reviewer.analysis.vagueness import VaguenessJudge

# ------------------------------------------------------------------- levels


@pytest.mark.parametrize(("text", "level"), [
    ("P1 - Critical", "P1"),
    ("P0", "P0"),
    ("Priority 1: the Service is down", "Priority 1"),
    ("Severity 2 (High)", "Severity 2"),
    ("Sev-3", "Sev-3"),
    ("S1", "S1"),
    ("Severity Level 3", "Severity Level 3"),
    ("Level 2 faults", "Level 2"),
    ("Critical (P1)", "Critical"),
    ("High: degraded service", "High"),
    ("Critical Issues", "Critical"),
    ("紧急：全部业务中断", "紧急"),
    ("一级故障", "一级"),
    ("二级", "二级"),
])
def test_level_at_start(text: str, level: str) -> None:
    assert level_at_start(text) == level


@pytest.mark.parametrize("text", [
    "Level 1 support handles first contact",  # a support tier, not a severity
    "一般情况下乙方应在当日响应",  # "一般" is an ordinary word here
    "Provider will respond within 1 hour",
    "",
])
def test_not_a_level_at_start(text: str) -> None:
    assert level_at_start(text) is None


def test_levels_in_running_text_in_order() -> None:
    text = ("Provider responds to P1 within 30 minutes, to P2 within 2 hours and to "
            "Severity 3 within 1 business day.")
    found = find_levels(text)
    assert [lv for lv, _s, _e in found] == ["P1", "P2", "Severity 3"]
    assert all(text[s:e] == lv for lv, s, e in found)


def test_chinese_levels_in_running_text_in_order() -> None:
    found = find_levels("紧急故障30分钟响应，严重故障2小时响应，一般故障1个工作日响应。")
    assert [lv for lv, _s, _e in found] == ["紧急", "严重", "一般"]


def test_word_levels_before_a_noun_in_running_text() -> None:
    found = find_levels("Critical incidents are answered in 15 minutes and low priority requests "
                        "in 2 business days.")
    assert [lv.lower() for lv, _s, _e in found] == ["critical", "low"]


@pytest.mark.parametrize(("a", "b"), [
    ("Priority 1", "P1"), ("P 1", "p1"), ("Severity 2", "S2"), ("Sev 2", "severity 2"),
    ("Critical", "critical"),
])
def test_spellings_of_one_level_compare_equal(a: str, b: str) -> None:
    assert normalise_level(a) == normalise_level(b)


@pytest.mark.parametrize(("a", "b"), [("P1", "P2"), ("P1", "S1"), ("Critical", "High"), ("一级", "二级")])
def test_different_levels_differ(a: str, b: str) -> None:
    assert normalise_level(a) != normalise_level(b)


# ---------------------------------------------------------------- sentences


@pytest.mark.parametrize(("text", "sentences"), [
    ("Availability is 99.95% per month. Credits apply.",
     ["Availability is 99.95% per month.", "Credits apply."]),
    ("See clause 5.2 for details. Next.", ["See clause 5.2 for details.", "Next."]),
    ("Use e.g. email. Then call.", ["Use e.g. email.", "Then call."]),
    ("Provider Inc. will respond.", ["Provider Inc. will respond."]),
    ("No. 5 applies. Done.", ["No. 5 applies.", "Done."]),
    ("甲方应付款。乙方应响应！是否？", ["甲方应付款。", "乙方应响应！", "是否？"]),
    ("Line one\nLine two", ["Line one", "Line two"]),
    ("P1: 30 min; P2: 2 h", ["P1: 30 min; P2: 2 h"]),
    ("   ", []),
])
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


def test_semicolons_split_pieces() -> None:
    pieces = split_sentences("P1: 30 min; P2: 2 h；P3：1个工作日", semicolons=True)
    assert [p.text for p in pieces] == ["P1: 30 min;", "P2: 2 h；", "P3：1个工作日"]


def test_sentence_positions_point_into_the_text() -> None:
    text = "  First one.  Second one. 第三句。"
    found = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in found)
    pos = text.index("Second")
    hit = sentence_at(found, pos)
    assert hit is not None and hit.text == "Second one."
    assert sentence_at(found, 0) is None  # leading spaces belong to no sentence


# ---------------------------------------------------------------- vagueness


@pytest.mark.parametrize("sentence", [
    "Provider will respond promptly, and in any event within 30 minutes.",
    "Provider will respond as soon as possible and no later than 1 hour after receipt.",
    "乙方应尽快响应，且最迟不超过30分钟。",
    "Provider will respond within 30 minutes.",
    "乙方应在30分钟内响应。",
    "Provider will respond without undue delay and in any event within 30 minutes.",
    "乙方应尽快响应，响应时间不超过30分钟。",
])
def test_binding_sentences_have_no_hedge(response_judge: VaguenessJudge, sentence: str) -> None:
    assert response_judge.hedges(sentence) == []


@pytest.mark.parametrize(("sentence", "word", "category"), [
    ("Provider will use commercially reasonable efforts to respond within 30 minutes.",
     "commercially reasonable", "effort"),
    ("The target response time is 1 hour.", "target", "target"),
    ("Provider aims to respond within 1 hour.", "aims", "target"),
    ("Provider may, at its sole discretion, respond within 1 hour.", "at its sole discretion",
     "discretion"),
    ("乙方争取在30分钟内响应。", "争取", "effort"),
    ("一般情况下30分钟内响应。", "一般情况下", "hedge"),
    # A hedge right before the binding phrase qualifies it: nothing is bound.
    ("乙方的首次响应时间原则上不超过30分钟。", "原则上", "hedge"),
    ("月度可用性原则上不低于99.9%。", "原则上", "hedge"),
    ("Provider will typically respond no later than 1 hour after receipt.", "typically", "hedge"),
    ("Provider has a target of at least 99.9% availability.", "target", "target"),
])
def test_hedged_sentences(response_judge: VaguenessJudge, sentence: str, word: str,
                          category: str) -> None:
    hedges = response_judge.hedges(sentence)
    assert (category, word.lower()) in {(h.category, h.word.lower()) for h in hedges}, hedges


def test_a_binding_phrase_is_seen_even_when_it_undoes_nothing(response_judge: VaguenessJudge) -> None:
    assert response_judge.is_bound("no later than 1 hour")
    assert response_judge.is_bound("最迟不超过30分钟")
    assert not response_judge.is_bound("within 1 hour")


@pytest.mark.parametrize("text", [
    "Support is available 24x7. Provider may change this.",
    "Provider is certified to ISO 27001. Provider may add more.",
])
def test_a_full_stop_after_a_number_ends_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


_NO_SEMICOLON = [*"ab AZ.e.g5\n。！?(“\"中文", " No. ", " i.e. ", " etc. "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NO_SEMICOLON), max_size=40).map("".join))
def test_without_a_semicolon_the_split_at_semicolons_is_the_sentence_split(text: str) -> None:
    # build_views reuses the sentences as the pieces of a clause without ';' or '；'.
    assert split_sentences(text, semicolons=True) == split_sentences(text)
