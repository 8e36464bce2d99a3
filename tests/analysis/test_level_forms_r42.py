"""Level times written in forms common in vendors' text, read through a real DOCX.

"2h内响应" and "4H内解决": an English unit against Chinese text (a word boundary
never falls between "h" and "内", both letters to Unicode); "紧急：30分钟内响应；
重要：2小时内响应": each level a label with a colon before its time; "Critical – 1
hour": a dash between an English level and its time. "带宽10M" stays megabits.
"""

from __future__ import annotations

from reviewer.analysis.quantities import find_durations


def _levels(finding) -> dict[str, int]:
    return {row["level"]: row["minutes"] for row in finding.facts.get("levels", [])}


def test_english_units_against_chinese_text_are_durations() -> None:
    assert [d.minutes for d in find_durations("故障发生后2h内响应，4H内解决")] == [120, 240]
    assert [d.minutes for d in find_durations("30min内响应")] == [30]
    assert find_durations("专线带宽10M，独享") == []


def test_chinese_levels_as_labels_with_colons(reviewed) -> None:
    review = reviewed("""
        # 技术支持
        1.1 乙方提供7×24小时技术支持，故障响应时间如下：紧急：30分钟内响应；重要：2小时内响应；一般：8小时内响应。
    """, language="zh")
    finding = review.finding("response-times")
    assert finding.status.value == "met"
    assert len(_levels(finding)) == 3, finding.facts
    assert sorted(_levels(finding).values()) == [30, 120, 480]


def test_english_levels_with_a_dash_before_the_time(reviewed) -> None:
    review = reviewed("""
        # Support
        1.1 Acme shall respond to each support request within the following times, 24x7:
        Critical – 1 hour; High – 4 hours; Low – 2 business days.
    """)
    finding = review.finding("response-times")
    assert finding.status.value == "met"
    assert sorted(_levels(finding).values())[:2] == [60, 240], finding.facts
