"""response-times / resolution-times: a sentence that calls the item's times targets makes them all targets.

A floor on a target ("targets … at least 99.9%") is still a target.

Vendors say it apart from the times: "Response times are targets.", a
definition ('"Response Time" means the target time ...'), or a caption read as
its own paragraph. The times are still extracted. A sentence that denies it
("committed ... not targets") or that is about another level item
(resolution) changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_TIMES = """
        3.2 Norvale responds to Severity 1 tickets within 1 hour and to Severity 2 tickets within 4 hours.
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("note", [
    "3.3 Response times are targets.",
    '3.3 "Response Time" means the target time for Norvale to give a first response to a ticket.',
])
def test_times_called_targets_elsewhere_are_targets(reviewed: ReviewContract, fmt: str, note: str) -> None:
    f = reviewed(f"""
        # 3. Support
{_TIMES}
        {note}
        """, fmt=fmt).finding("response-times")
    assert f.status is Status.VAGUE, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]] == [60, 240]


@pytest.mark.parametrize("note", [
    "3.3 These are committed initial response times, not targets.",
    "3.3 Resolution times are targets.",
])
def test_a_denial_or_another_items_target_changes_nothing(reviewed: ReviewContract, note: str) -> None:
    f = reviewed(f"""
        # 3. Support
{_TIMES}
        {note}
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons


def test_restoration_targets_the_vendor_does_not_guarantee_in_chinese(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第五条 故障处理
        5.4 P0级故障乙方在4小时内恢复服务，P1级故障在1个工作日内恢复服务。
        5.5 恢复目标为乙方努力达成的目标，乙方不对恢复时限作出保证。
        """, language="zh").finding("resolution-times")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("item_id", "language", "clause", "look_back"), [
    ("quality-metrics", "en", "6.5 Real-time sessions achieve end-to-end latency under 100 milliseconds "
     "and live streams a latency of 2 to 3 seconds.", "These figures are indicative and not a commitment."),
    ("response-times", "en", "3.2 Norvale responds to Severity 1 tickets within 1 hour and to Severity 2 "
     "tickets within 4 hours.", "The above times are objectives Norvale works towards."),
    ("response-times", "zh", "3.2 乙方对一级故障在30分钟内响应，对二级故障在2小时内响应。",
     "以上时限为乙方的处理目标，不构成对甲方的承诺。"),
])
def test_a_later_sentence_looking_back_makes_the_figures_before_it_targets(
        reviewed: ReviewContract, item_id: str, language: str, clause: str, look_back: str) -> None:
    """The figures and the words that take them back sit in one clause:
    "... under 100 milliseconds. These figures are indicative and not a
    commitment." Without that sentence the same clause commits."""
    body = "# 3. Service\n{}\n"
    bound = reviewed(body.format(clause), language=language).finding(item_id)
    taken_back = reviewed(body.format(f"{clause} {look_back}" if language == "en" else clause + look_back),
                          language=language).finding(item_id)
    assert bound.status is Status.MET, bound.reasons
    assert taken_back.status is Status.VAGUE, taken_back.reasons


def test_those_figures_after_a_semicolon_speak_of_their_own_sentence(reviewed: ReviewContract) -> None:
    f = reviewed("# 7. Availability\n7.1 Provider will make the Service available with a Monthly Uptime "
                 "Percentage of at least 99.9% in each calendar month. Its internal objective is higher, and "
                 "its historic uptime has been closer to 99.99%; those figures are given for information only.\n"
                 ).finding("availability")
    assert f.status is Status.MET, f.reasons
    assert f.facts["percent"] == 99.9


@pytest.mark.parametrize(("body", "language", "status"), [
    ("""
        # 第七条 技术支持
        7.2 乙方按下表时限响应甲方的故障报告：
        | 级别 | 响应时间 |
        | 紧急 | 15分钟 |
        | 高 | 1小时 |
        7.3 上表所列为乙方原则上的响应时间。
     """, "zh", Status.VAGUE),
    ("""
        # 7. Support
        7.2 Norvale responds to support requests within the times below:
        | Severity | Response time |
        | Severity 1 | 30 minutes |
        | Severity 2 | 2 hours |
        7.3 The response times in the table above generally apply.
     """, "en", Status.VAGUE),
    ("""
        # 第七条 技术支持
        7.2 乙方按下表时限响应甲方的故障报告：
        | 级别 | 响应时间 |
        | 紧急 | 15分钟 |
        | 高 | 1小时 |
        7.3 乙方应按上表所列响应时间安排工程师。
     """, "zh", Status.MET),
], ids=["zh-in-principle", "en-generally", "zh-no-hedge"])
def test_a_table_looked_back_on_in_general_terms_holds_targets(
        reviewed: ReviewContract, body: str, language: str, status: Status) -> None:
    """A sentence after the table that speaks of it in general terms ("上表所列为乙方
    原则上的响应时间", "the times in the table above generally apply") leaves its
    times unbinding; one that binds the vendor to them does not."""
    f = reviewed(body, language=language).finding("response-times")
    assert f.status is status, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]][:2] in ([15, 60], [30, 120])


@pytest.mark.parametrize(("top", "status"), [
    ("尽快恢复，原则上4小时内恢复", Status.VAGUE),
    ("4小时内恢复", Status.MET),
], ids=["top-level-hedged", "all-binding"])
def test_a_level_whose_only_time_is_hedged_leaves_the_item_vague(reviewed: ReviewContract, top: str,
                                                                 status: Status) -> None:
    """The item asks for a committed time per level: "原则上4小时内恢复" for the most
    severe level is no commitment, whatever the next level's binding time says."""
    f = reviewed(f"""
        # 第六条 故障处理
        6.2 乙方按下表处理甲方报告的故障：
        | 级别 | 响应时间 | 恢复时间 |
        | 一级 | 30分钟 | {top} |
        | 二级 | 2小时 | 1个工作日内提供解决方案 |
        """, language="zh").finding("resolution-times")
    assert f.status is status, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]] == [240, 480]


@pytest.mark.parametrize(("sentence", "status"), [
    # A floor on a target is still a target ...
    ("Supplier targets Service Availability of at least 99.9% in each calendar month.", Status.VAGUE),
    # ... while a floor on a softly worded number binds it.
    ("Service Availability is typically, and in each calendar month at least, 99.9%.", Status.MET),
])
def test_at_least_does_not_cancel_a_target(reviewed: ReviewContract, sentence: str, status: Status) -> None:
    f = reviewed(f"""
        # 2. Service Availability
        2.1 {sentence}
        """).finding("availability")
    assert f.status is status, f.reasons
