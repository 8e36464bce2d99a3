"""A contract in traditional Chinese (Taiwan, Hong Kong) is judged as the same contract in
simplified characters would be, and its findings quote it in its own characters.

Each contract is a real DOCX or PDF read through the whole pipeline; the traditional one is
the simplified one with every character that has a traditional form written in it."""

# Contract clauses are one line each in the corpus markup: long lines are the data.

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from reviewer.analysis.hanzi_table import PAIRS
from reviewer.analysis.traditional import is_traditional, simplified
from reviewer.clause import Clause, ClauseKind
from reviewer.document import Location
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

SIMPLIFIED = """
    # 一、服务等级
    1.1 乙方保证云通信服务的月度可用性不低于99.95%，可用性以双方共同确认的监控数据为准。
    1.2 月度可用性未达到承诺时，乙方按下表向甲方发放服务抵扣金，该抵扣金不影响甲方依法享有的其他权利。
    # 二、技术支持
    2.1 乙方提供7×24小时技术支持，甲方可通过服务热线、电子邮件或工单系统提交问题。
    2.2 故障级别与响应时间如下：
    | 级别 | 定义 | 响应时间 | 解决时间 |
    | 一级 | 服务全部中断 | 15分钟 | 4小时 |
    | 二级 | 主要功能受损 | 30分钟 | 8小时 |
    | 三级 | 一般问题咨询 | 4小时 | 3个工作日 |
    2.3 问题在约定时间内未能解决的，甲方可向乙方技术总监升级处理。
    # 三、信息安全
    3.1 乙方发现影响甲方数据的安全事件后，应于24小时内书面通知甲方。
    3.2 甲方数据存储于中国境内的数据中心，未经甲方书面同意不得转移至境外。
    """

# Written out by hand: each character in its traditional form (台灣 / 香港 usage).
TRADITIONAL = """
    # 一、服務等級
    1.1 乙方保證雲通訊服務的月度可用性不低於99.95%，可用性以雙方共同確認的監控數據為準。
    1.2 月度可用性未達到承諾時，乙方按下表向甲方發放服務抵扣金，該抵扣金不影響甲方依法享有的其他權利。
    # 二、技術支援
    2.1 乙方提供7×24小時技術支援，甲方可通過服務熱線、電子郵件或工單系統提交問題。
    2.2 故障級別與回應時間如下：
    | 級別 | 定義 | 回應時間 | 解決時間 |
    | 一級 | 服務全部中斷 | 15分鐘 | 4小時 |
    | 二級 | 主要功能受損 | 30分鐘 | 8小時 |
    | 三級 | 一般問題諮詢 | 4小時 | 3個工作日 |
    2.3 問題在約定時間內未能解決的，甲方可向乙方技術總監升級處理。
    # 三、資訊安全
    3.1 乙方發現影響甲方數據的安全事件後，應於24小時內書面通知甲方。
    3.2 甲方數據存儲於中國境內的數據中心，未經甲方書面同意不得轉移至境外。
    """


def test_reading_is_one_character_for_one() -> None:
    text = "服務等級協議：回應時間15分鐘，之後由技術總監處理"
    read = simplified(text)
    assert read == "服务等级协议：回应时间15分钟，之后由技术总监处理"
    assert len(read) == len(text)
    assert simplified("Service Level Agreement") == "Service Level Agreement"


def test_table_has_no_character_used_in_simplified_text() -> None:
    traditional, simple = PAIRS[0::2], PAIRS[1::2]
    assert len(traditional) == len(set(traditional)) > 2000
    # A character that is some character's simplified form is never read as another.
    assert not set(traditional) & set(simple)
    for kept in "后面里台发干着了余向":  # simplified characters that are also traditional ones
        assert kept not in traditional


def _read(value: Any) -> Any:
    if isinstance(value, str):
        return simplified(value)
    if isinstance(value, list):
        return [_read(v) for v in value]
    if isinstance(value, dict):
        return {k: _read(v) for k, v in value.items()}
    return value


def _clause(text: str) -> Clause:
    return Clause(index=0, kind=ClauseKind.CLAUSE, text=text, location=Location())


@pytest.mark.parametrize(("text", "expected"), [
    (TRADITIONAL, True),
    (SIMPLIFIED, False),
    ("The Vendor provides support 24x7. " * 50, False),
    # A simplified contract naming a Taiwanese company and quoting one of its terms.
    (SIMPLIFIED + "本协议由台灣華碩電腦股份有限公司授权。", False),
])
def test_which_contracts_are_traditional(text: str, expected: bool) -> None:
    assert is_traditional([_clause(line) for line in text.splitlines()]) is expected


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_traditional_contract_judged_as_its_simplified_twin(reviewed: ReviewContract, fmt: str) -> None:
    simple = reviewed(SIMPLIFIED, fmt=fmt, language="zh")
    traditional = reviewed(TRADITIONAL, fmt=fmt, language="zh")
    statuses = {f.item_id: f.status for f in simple.findings}
    assert {f.item_id: f.status for f in traditional.findings} == statuses
    # Not a trivial sameness: the twin is met on what this contract commits to.
    for item in ("availability", "response-times", "resolution-times", "support-hours",
                 "support-channels", "security-incident", "data-residency"):
        assert statuses[item] is Status.MET, item
    for item in ("availability", "response-times", "resolution-times", "security-incident"):
        # The same facts, the levels named as each contract prints them ("一級" / "一级").
        assert _read(traditional.finding(item).facts) == simple.finding(item).facts, item


def test_findings_quote_the_contract_in_its_own_characters(reviewed: ReviewContract) -> None:
    review = reviewed(TRADITIONAL, fmt="docx", language="zh")
    clauses = {c.index: c for c in review.clauses}
    assert any("回應時間" in c.text for c in clauses.values())  # the review keeps the contract's clauses
    quoted = 0
    for finding in review.findings:
        for evidence in finding.evidence:
            assert evidence.clause_index is not None
            clause = clauses[evidence.clause_index]
            assert clause.text in evidence.text, (finding.item_id, evidence.text)
            quoted += 1
    assert quoted >= 7
    # A level's name is printed as the contract prints it.
    levels = review.finding("response-times").facts["levels"]
    assert [lv["level"] for lv in levels] == ["一級", "二級", "三級"]


def test_traditional_article_numbers_are_cited(reviewed: ReviewContract) -> None:
    review = reviewed("""
        第一條 服務等級
        乙方保證雲端服務的月度可用性不低於99.9%，未達到時按第三條發放服務抵扣金。
        第二條 資訊安全
        乙方發現影響甲方數據的安全事件後，應於24小時內書面通知甲方。
        第三條 服務抵扣
        月度可用性低於99.9%的，乙方按當月服務費的10%向甲方發放抵扣金。
        """, fmt="docx", language="zh")
    numbers = [c.number for c in review.clauses if c.number]
    assert numbers == ["第一條", "第二條", "第三條"]
    incident = review.finding("security-incident")
    assert incident.status is Status.MET, incident.reasons
    assert incident.evidence[0].clause_number == "第二條"
    assert incident.facts.get("hours") == 24.0
