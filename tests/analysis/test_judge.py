"""met / vague / missing on small real contracts, read through the whole pipeline.

Each test renders a few clauses to a real DOCX or PDF (tests/corpus/build.py),
reviews it with `reviewer.api.review` and checks the item's status, its facts
and that the reason cites the clause it rests on: the reason is what a
reviewer pastes into a note to the vendor, so it has to say where.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from reviewer.analysis.matching import build_views, score_clause
from reviewer.analysis.relevance import RelevanceModel
from reviewer.checklist import default_checklist
from reviewer.ingest import read_document
from reviewer.review import Finding, Review, Status
from reviewer.segment import segment
from tests.analysis.conftest import MakeContract

ReviewContract = Callable[..., Review]  # the `reviewed` fixture (conftest.py)


def reason(finding: Finding, lang: str = "en") -> str:
    return " ".join(r.get(lang) for r in finding.reasons)


def cites(finding: Finding, number: str) -> bool:
    """Whether the English reason names the clause ("clause 5.1", "Clause 5.1 (page 1)")."""
    return re.search(r"\bclause " + re.escape(number) + r"(?![\d.])", reason(finding), re.I) is not None


def evidence_clauses(finding: Finding) -> list[str | None]:
    return [e.clause_number for e in finding.evidence]


def levels(finding: Finding) -> list[tuple[str, float]]:
    return [(lv["level"], lv["minutes"]) for lv in finding.facts.get("levels", [])]


# ---------------------------------------------------- hedges and binding phrases


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_hedge_undone_by_a_binding_phrase_is_met(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # 5. Support Response
        5.1 Provider will respond to every support request promptly, and in any event within 30 minutes.
        """, fmt=fmt)
    f = r.finding("response-times")
    assert f.status is Status.MET, reason(f)
    assert cites(f, "5.1") and "30 min" in reason(f)
    assert evidence_clauses(f)[0] == "5.1"


def test_reasonable_efforts_to_meet_a_time_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Support Response
        5.1 Provider will use commercially reasonable efforts to respond to support requests within 30 minutes.
        """).finding("response-times")
    assert f.status is Status.VAGUE
    assert cites(f, "5.1") and "commercially reasonable" in reason(f)
    assert "5.1" in reason(f, "zh")


def test_a_target_time_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Support Response
        5.1 The target response time for support requests is 1 hour.
        """).finding("response-times")
    assert f.status is Status.VAGUE
    assert "target" in reason(f) and cites(f, "5.1")


def test_chinese_hedge_undone_by_zuichi_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、技术支持响应
        5.1 乙方收到甲方的故障报告后应尽快响应，且最迟不超过30分钟。
        """, language="zh").finding("response-times")
    assert f.status is Status.MET, reason(f)
    assert "5.1" in reason(f, "zh") and "30分钟" in reason(f, "zh")


def test_chinese_hedge_alone_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、技术支持响应
        5.1 乙方争取在30分钟内响应甲方的故障报告。
        """, language="zh").finding("response-times")
    assert f.status is Status.VAGUE
    assert "争取" in reason(f, "zh") and "5.1" in reason(f, "zh")


def test_a_frequency_is_not_a_response_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Support
        5.1 For P1 incidents Provider will respond with status updates every 30 minutes until the incident is closed.
        """).finding("response-times")
    assert f.status is Status.VAGUE
    assert levels(f) == []
    assert cites(f, "5.1") and "states no time" in reason(f)


# ------------------------------------------------------------------- negation


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_explicit_refusal_is_vague_with_the_refusal_as_evidence(reviewed: ReviewContract,
                                                                    fmt: str) -> None:
    f = reviewed("""
        # 6. Availability
        6.1 The Service will be available 99.9% of the time in each calendar month.
        # 7. Service Credits
        7.1 Provider does not offer service credits or refunds for any unavailability of the Service.
        """, fmt=fmt).finding("service-credits")
    assert f.status is Status.VAGUE
    assert "does not offer service credits" in reason(f) and cites(f, "7.1")
    assert evidence_clauses(f)[0] == "7.1"


# ------------------------------------------------------------- contradictions

CONTRADICTION_EN = """
    # 2. Priority Levels
    [table-title: Table 1 - Priority Levels]
    | Priority | Description | Response Time |
    | P1 | The Service is unavailable for all users | 1 hour |
    | P2 | Significant degradation affecting many users | 4 hours |
    # 3. Response
    3.1 Provider will respond to Priority 1 requests within four (4) hours of receipt.
    """


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_table_and_text_contradict(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed(CONTRADICTION_EN, fmt=fmt).finding("response-times")
    assert f.status is Status.VAGUE
    text = reason(f)
    assert "Contradiction for P1" in text
    assert "1 hour" in text and "four (4) hours" in text
    # Both clauses are cited, and both are in the evidence.
    assert re.search(r"clause 2\b", text) and "clause 3.1" in text
    assert {"3.1"} <= set(evidence_clauses(f)) and any(
        (c or "").startswith("2") for c in evidence_clauses(f))
    if fmt == "pdf":
        assert "(page 1)" in text


def test_chinese_table_and_text_contradict(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 四、故障级别与处理时限
        [table-title: 表二 故障级别与处理时限]
        | 故障级别 | 判定标准 | 响应时间 | 恢复时间 |
        | 紧急 | 客户全部业务中断，或某一服务地域整体不可用 | 30分钟 | 2小时 |
        | 重要 | 部分业务中断，影响客户30%以下的终端用户 | 1小时 | 6小时 |
        | 一般 | 个别用户异常、功能使用咨询 | 4小时 | 48小时 |
        # 五、响应
        5.1 对于紧急故障，乙方应在2小时内响应。
        """, fmt="pdf", language="zh")
    f = r.finding("response-times")
    assert f.status is Status.VAGUE
    zh = reason(f, "zh")
    assert "紧急" in zh and "30分钟" in zh and "2小时" in zh and "5.1" in zh and "四、" in zh
    # The restoration column does not contradict anything.
    g = r.finding("resolution-times")
    assert g.status is Status.MET
    assert levels(g) == [("紧急", 120), ("重要", 360), ("一般", 2880)]
    # The same table defines the levels with criteria, most severe first.
    s = r.finding("severity-definitions")
    assert s.status is Status.MET
    assert s.facts["levels"] == ["紧急", "重要", "一般"]


# ------------------------------------------------- response vs resolution


def test_response_and_resolution_in_one_sentence(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    # How one sentence is split between the two items, whatever the model makes of it.
    r = reviewed("""
        # 4. Incident Handling
        4.1 Provider will respond to Severity 1 incidents within one hour and restore service within four hours.
        """)
    response, resolution = r.finding("response-times"), r.finding("resolution-times")
    assert response.status is Status.MET and resolution.status is Status.MET
    assert levels(response) == [("Severity 1", 60)]
    assert levels(resolution) == [("Severity 1", 240)]
    assert cites(response, "4.1") and cites(resolution, "4.1")


def test_response_time_alone_leaves_resolution_vague(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 3. Support
        3.1 Provider will work diligently until an issue is resolved and will respond to Severity 1 within 1 hour.
        """)
    assert r.finding("response-times").status is Status.MET
    f = r.finding("resolution-times")
    assert f.status is Status.VAGUE
    assert cites(f, "3.1")


def test_resolution_facts_stay_levels_shaped(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 3. Support
        3.1 Provider will work diligently until an issue is resolved and will respond to Severity 1 within 1 hour.
        """)
    facts = r.finding("resolution-times").facts
    assert "levels" not in facts or isinstance(facts["levels"], list)


# ------------------------------------------------------------ per-plan times

PLANS = """
    # 4. Response Times by Plan
    [table-title: Table 2 - Initial Response Times]
    | Priority | Silver | Gold | Platinum |
    | P1 | 4 hours | 1 hour | 15 minutes |
    | P2 | 1 business day | 4 hours | 1 hour |
    """
ALL_PLANS = [
    ("Silver", [("P1", 240), ("P2", 480)]),
    ("Gold", [("P1", 60), ("P2", 240)]),
    ("Platinum", [("P1", 15), ("P2", 60)]),
]


def _plans(f: Finding) -> list[tuple[str, list[tuple[str, float]]]]:
    return [(p["plan"], [(lv["level"], lv["minutes"]) for lv in p["levels"]])
            for p in f.facts["plans"]]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_customers_plan_is_the_one_reported(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 1. Order Form
        1.1 Support plan: Gold.
        """ + PLANS, fmt=fmt).finding("response-times")
    assert f.status is Status.MET
    assert levels(f) == [("P1", 60), ("P2", 240)]
    assert _plans(f) == ALL_PLANS
    assert "P1 1 h" in reason(f)


def test_without_a_named_plan_the_most_comprehensive_is_reported(reviewed: ReviewContract) -> None:
    f = reviewed(PLANS).finding("response-times")
    assert f.status is Status.MET
    assert levels(f) == [("P1", 15), ("P2", 60)]
    assert _plans(f) == ALL_PLANS


# ------------------------------------------------ definitions far from use


def test_business_hours_defined_early_and_used_late(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Definitions
        1.4 "Business Hours" means 9:00 to 18:00 China Standard Time (UTC+8), Monday to Friday except holidays.
        # 2. Licence
        2.1 Provider grants the Customer a non-exclusive licence to use the SDK.
        # 3. Fees
        3.1 Fees are payable monthly in advance.
        # 7. Support
        7.1 The Customer may open tickets in the support portal.
        7.2 Provider provides support during Business Hours.
        """).finding("support-hours")
    assert f.status is Status.MET, reason(f)
    assert {"1.4", "7.2"} <= set(evidence_clauses(f))
    assert "9:00" in str(f.facts.get("coverage"))


def test_business_hours_never_defined_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 7. Support
        7.1 Provider provides support during normal business hours.
        """).finding("support-hours")
    assert f.status is Status.VAGUE
    assert cites(f, "7.1")


# ------------------------------------------------------- empty headings


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_heading_with_an_empty_body_is_missing(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # 7. Availability
        7.1 The Service will be available 99.95% of the time in each calendar month.
        # 8. Service Reports
        # 9. Security
        9.1 Provider is certified to ISO/IEC 27001.
        """, fmt=fmt)
    f = r.finding("service-reports")
    assert f.status is Status.MISSING
    assert f.evidence == ()
    assert "service reports" in reason(f).lower() and "clause" not in reason(f).lower()
    # The clauses around it are still read.
    assert r.finding("availability").status is Status.MET
    assert r.finding("availability").facts["percent"] == pytest.approx(99.95)
    assert r.finding("security-certifications").status is Status.MET


# ------------------------------------------------ severity definitions


def test_levels_with_criteria_are_met_in_order(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Severity Levels
        2.1 Severity 1 means the Service is unavailable for all end users.
        2.2 Severity 2 means a major function is degraded for many end users.
        2.3 Severity 3 means a minor defect or a question about the documentation.
        """).finding("severity-definitions")
    assert f.status is Status.MET
    assert f.facts["levels"] == ["Severity 1", "Severity 2", "Severity 3"]
    assert cites(f, "2.1")


def test_levels_at_the_vendors_sole_discretion_are_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Severity Levels
        2.1 Provider classifies each request as Severity 1, Severity 2 or Severity 3 at its sole discretion.
        """).finding("severity-definitions")
    assert f.status is Status.VAGUE
    assert "sole discretion" in reason(f) and cites(f, "2.1")


# --------------------------------------------------- facts per spec key


def test_spec_facts_in_an_english_pdf(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 6. Service Level
        6.1 Monthly availability shall be no less than 99.95 percent.
        # 8. Security Incidents
        8.1 Provider will notify the Customer of a personal data breach within seventy-two (72) hours of learning of it.
        # 9. Versions
        9.1 Each major SDK version is supported for eighteen (18) months after the next major version is released.
        """, fmt="pdf")
    assert r.finding("availability").facts["percent"] == pytest.approx(99.95)
    assert r.finding("security-incident").facts["hours"] == 72
    assert r.finding("version-support-window").facts["months"] == 18
    for item in ("availability", "security-incident", "version-support-window"):
        f = r.finding(item)
        assert f.status is Status.MET, (item, reason(f))
        assert f.evidence[0].location.page == 1


def test_spec_facts_in_a_chinese_docx(reviewed: ReviewContract) -> None:
    r = reviewed("""
        # 六、服务可用性
        6.1 乙方保证月度服务可用性不低于百分之九十九点九。
        # 八、安全事件
        8.1 发生数据泄露的，乙方应在24小时内书面通知甲方。
        # 九、版本维护
        9.1 每个主版本自发布之日起维护两年。
        """, language="zh")
    assert r.finding("availability").facts["percent"] == pytest.approx(99.9)
    assert r.finding("security-incident").facts["hours"] == 24
    assert r.finding("version-support-window").facts["months"] == 24
    for item in ("availability", "security-incident", "version-support-window"):
        f = r.finding(item)
        assert f.status is Status.MET, (item, reason(f, "zh"))
        assert f.evidence[0].location.page is None


def test_every_item_once_and_missing_without_evidence(reviewed: ReviewContract) -> None:
    r: Review = reviewed("""
        # 1. Scope
        1.1 These terms apply to the Provider SDK.
        """)
    ids = [f.item_id for f in r.findings]
    assert len(ids) == 30 and len(set(ids)) == 30
    for f in r.findings:
        assert (f.status is Status.MISSING) == (not f.evidence), f.item_id
    assert 0 <= r.score <= 100


# ------------------------------------------------------------ known bugs


def test_a_hedge_in_the_next_sentence_does_not_taint_a_number(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Security
        9.1 Provider is certified to ISO/IEC 27001. Provider may add further certifications from time to time.
        """).finding("security-certifications")
    assert f.status is Status.MET, reason(f)


def test_met_reasons_quote_whole_words(reviewed: ReviewContract) -> None:
    # Regression: met reasons used to list the pattern fragment that matched
    # ("notif", "Month" of "Monthly"), which a reviewer cannot paste.
    r = reviewed("""
        # 6. Service Level
        6.1 Monthly availability shall be no less than 99.95 percent.
        # 8. Security Incidents
        8.1 Provider will notify the Customer of a personal data breach within seventy-two (72) hours of learning of it.
        """)
    for item in ("availability", "security-incident"):
        f = r.finding(item)
        detail = reason(f).split(": ", 1)[1].rstrip(".")
        clause = f.evidence[0].text
        for part in detail.split(", "):
            assert re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", clause), (item, part)


def test_the_binding_time_wins_over_the_target_in_the_same_sentence(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Support
        5.1 Provider aims to respond to P1 requests within 1 hour, and shall in any event respond within 4 hours.
        """).finding("response-times")
    assert f.status is Status.MET
    assert levels(f) == [("P1", 240)]


def test_a_chinese_refusal_is_quoted_in_the_reason(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 七、服务补偿
        7.1 乙方不提供任何形式的服务赔偿。
        """, language="zh").finding("service-credits")
    assert f.status is Status.VAGUE
    assert "不提供" in reason(f, "zh")


def test_one_clause_defining_several_levels_gives_criteria_for_each(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 3. Support
        3.1 Provider shall respond to and resolve Support Requests within the times in the table below.
        | Severity | Response | Resolution |
        | Severity 1 | 1 hour | 8 hours |
        | Severity 2 | 4 hours | 3 business days |
        3.2 Severity 1 means the service is down for all users with no workaround. Severity 2 means a \
major function is impaired.
    """, fmt="pdf")
    assert review.finding("severity-definitions").status is Status.MET
    assert review.finding("resolution-times").facts["levels"] == [
        {"level": "Severity 1", "minutes": 480}, {"level": "Severity 2", "minutes": 1440}]


def test_a_target_title_makes_table_times_vague_but_keeps_them(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 3. Support
        3.1 The following table sets out the support targets.
        [table-title: Target initial response times]
        | Priority | Team plan | Enterprise plan |
        | Urgent | next business day | within 1 hour |
        | High | 2 business days | within 4 hours |
    """)
    finding = review.finding("response-times")
    assert finding.status is Status.VAGUE
    assert finding.facts["levels"] == [{"level": "Urgent", "minutes": 60}, {"level": "High", "minutes": 240}]


def test_one_time_without_a_level_applies_to_all(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 2. Support
        2.1 Provider will respond to every support ticket within 4 business hours and will resolve it \
within 3 business days.
    """)
    assert review.finding("response-times").facts["levels"] == [{"level": "all", "minutes": 240}]
    assert review.finding("resolution-times").facts["levels"] == [{"level": "all", "minutes": 1440}]


def test_reaction_time_tables_with_a_very_high_level(reviewed: ReviewContract) -> None:
    """ERP-style service levels: "Initial Reaction Time", "Corrective Action", Very High .. Low."""
    review = reviewed("""
        # 4. Service Levels
        4.1 Provider provides the following service levels for incidents reported through its portal:
        | Priority | Initial Reaction Time | Corrective Action |
        | Very High | 1 hour, 24x7 | Within 4 hours |
        | High | 4 business hours | Not specified |
        | Medium | 1 business day | Not specified |
    """)
    assert review.finding("response-times").facts["levels"] == [
        {"level": "Very High", "minutes": 60}, {"level": "High", "minutes": 240},
        {"level": "Medium", "minutes": 480}]
    assert review.finding("resolution-times").facts["levels"] == [{"level": "Very High", "minutes": 240}]


# ---------------------------------------------------- the length of a business day

def test_a_stated_day_length_wins_over_working_hours(reviewed: ReviewContract) -> None:
    """9:30-18:30 working hours with "1个工作日按8个工作小时计": a day counts 8 hours,
    and "1个工作日" in the table agrees with "8个工作小时" in the text."""
    review = reviewed("""
        # 第一条 定义
        一、“工作日”“工作时间”：工作日指中华人民共和国法定工作日；工作时间指工作日北京时间9:30至18:30。
        # 第二条 技术支持
        [table-title: 表1 问题等级及支持时限]
        | 等级 | 判定标准 | 首次响应 | 提供规避方案或恢复 |
        | P1 | 服务整体不可用 | 30分钟 | 4小时 |
        | P2 | 部分功能异常 | 2小时 | 3个工作日 |
        | P3 | 使用咨询 | 1个工作日 | 不适用 |
        二、P2、P3问题的时限仅在工作时间内计算，1个工作日按8个工作小时计。
    """, language="zh")
    assert review.finding("resolution-times").facts["levels"] == [
        {"level": "P1", "minutes": 240}, {"level": "P2", "minutes": 1440}]
    response = review.finding("response-times")
    assert response.status is Status.MET
    assert response.facts["levels"][-1] == {"level": "P3", "minutes": 480}


def test_working_hours_of_the_next_term_do_not_define_the_day(reviewed: ReviewContract) -> None:
    """"“工作日”指法定工作日；“工作时间”指8:30至17:30": the hours belong to
    工作时间, so a working day keeps its 480 minutes."""
    review = reviewed("""
        # 第一条 定义
        第1条 “工作日”：指中华人民共和国法定工作日；“工作时间”：指工作日8:30至17:30。
        # 第二条 故障处理
        第2条 乙方对一级故障应在30分钟内响应，并在3个工作日内解决。
    """, language="zh")
    assert review.finding("resolution-times").facts["levels"] == [{"level": "一级", "minutes": 1440}]


@pytest.mark.parametrize(("definition", "day"), [
    # The hours are the next term's, after a comma: the day keeps 480 minutes.
    ("“工作日”：指中华人民共和国法定工作日，工作时间为北京时间9:00至18:00。", 480),
    ("“工作日”指中国大陆法定工作日，“工作小时”按工作日8:30至17:30计算。", 480),
    # The day itself is defined by its hours: 9:00-18:00 is 540 minutes.
    ("“工作日”指中国法定工作日的9:00至18:00（北京时间）。", 540),
])
def test_a_day_is_as_long_as_its_own_definition_says(reviewed: ReviewContract, definition: str, day: int) -> None:
    review = reviewed(f"""
        # 第一条 定义
        1.1 {definition}
        # 第二条 故障处理
        2.1 乙方对一级故障应在30分钟内响应，对二级故障应在2个工作日内响应。
    """, language="zh")
    assert review.finding("response-times").facts["levels"] == [
        {"level": "一级", "minutes": 30}, {"level": "二级", "minutes": 2 * day}]


def test_documentation_kept_current_with_releases(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 7. Documentation
        7.1 Provider publishes integration guides for the SDK and updates them with each API release.
        7.2 Provider offers up to ten (10) guided onboarding sessions with a solutions engineer.
    """)
    finding = review.finding("documentation-training")
    assert finding.status is Status.MET
    unhedged = reviewed("""
        # 7. Documentation
        7.1 Provider's documentation is available online, as updated from time to time.
    """)
    assert unhedged.finding("documentation-training").status is Status.VAGUE


def test_bare_number_levels_under_freely_named_plans(reviewed: ReviewContract) -> None:
    """"Ticket Priority | 1 | ..." with plans "Free | Bootstrap | Premium |
    Personalized": the levels are Priority 1..3 and every plan is read."""
    review = reviewed("""
        # 2. Initial response times
        | Ticket Priority | Issue Status | Free | Bootstrap | Premium | Personalized |
        | 1 | Business Critical | N/A | Within 2 business hours | Within 1 hour (24x7) | Within 1 hour (24x7) |
        | 2 | Degraded Service | N/A | Within 4 business hours | Within 2 business hours | Within 2 business hours |
        | 3 | General Issue | N/A | Within 8 business hours | Within 3 business hours | Within 3 business hours |
    """)
    facts = review.finding("response-times").facts
    assert [p["plan"] for p in facts["plans"]] == ["Bootstrap", "Premium", "Personalized"]
    assert facts["levels"] == [{"level": "Priority 1", "minutes": 60}, {"level": "Priority 2", "minutes": 120},
                               {"level": "Priority 3", "minutes": 180}]


def test_plans_in_prose_sections_with_non_critical_levels(reviewed: ReviewContract) -> None:
    """Plans as headings, times in prose: "non-critical" is its own level, a
    plan with one time for everything is "all", and the plan with the fastest
    top time is the most comprehensive (not the smallest sum of times)."""
    review = reviewed("""
        # Enterprise plan
        Support: 24/7 phone support. Support response time is 2 hours for critical issues and 48 hours for \
non-critical issues.
        # Business plan
        Support: 4-hour support response time for critical issues and 72 hours for non-critical issues.
        # Standard plan
        Support: e-mail support, with a response time of 1 business day.
    """)
    facts = review.finding("response-times").facts
    assert facts["plan"] == "Enterprise plan"
    assert facts["levels"] == [{"level": "critical", "minutes": 120}, {"level": "non-critical", "minutes": 2880}]
    assert facts["plans"][2] == {"plan": "Standard plan", "levels": [{"level": "all", "minutes": 480}]}


def test_an_escalation_counted_from_the_response_is_no_response_time(reviewed: ReviewContract) -> None:
    """"P1问题自响应起2小时仍未恢复的，升级…": 2 hours counts from the response,
    so it neither is P1's response time nor contradicts the table's 15 minutes."""
    review = reviewed("""
        # 附件二 技术支持服务
        [table-title: 表2 问题等级与时限]
        | 等级 | 定义 | 首次响应 | 恢复 |
        | P1 | 核心功能完全不可用，大面积最终用户受影响 | 15分钟 | 4小时 |
        | P2 | 主要功能受损，部分最终用户受影响 | 1小时 | 2个工作日 |
        4. 首次响应指乙方技术支持工程师对问题作出的首次人工答复；时限自甲方提交工单时起算。
        5. P1问题自响应起2小时仍未恢复的，乙方应将问题升级至研发值班负责人及技术支持总监，并每30分钟向甲方通报进展。
    """, language="zh")
    finding = review.finding("response-times")
    assert finding.status is Status.MET
    assert finding.facts["levels"] == [{"level": "P1", "minutes": 15}, {"level": "P2", "minutes": 60}]


@pytest.mark.parametrize("clause", [
    # An escalation trigger: not yet restored after 4 hours.
    "7.4 乙方超过响应时限2小时仍未处理的，甲方有权要求升级至乙方技术经理；"
    "升级后4小时内仍未恢复的，甲方可要求升级至乙方客户服务总监。",
    # A window to reopen a ticket: found unresolved within 7 days.
    "7.4 问题处理完毕后经甲方确认关闭工单。甲方在工单关闭后7日内发现同一问题未解决的，可重新打开原工单。",
])
def test_a_time_for_something_not_yet_restored_is_no_restoration_time(reviewed: ReviewContract, clause: str) -> None:
    """The table's restoration times are hedged (力争); a time that a condition
    states (仍未恢复, 发现…未解决) commits to nothing and must not make them met."""
    finding = reviewed(f"""
        # 第七条 技术支持
        7.2 故障按下表分级，并按下表时限响应和处理：
        | 等级 | 判定标准 | 响应时限 | 恢复时限 |
        | 一级故障 | 系统整体不可用 | 30分钟 | 力争4小时内恢复 |
        | 二级故障 | 部分功能不可用 | 2小时 | 力争24小时内恢复 |
        {clause}
    """, language="zh").finding("resolution-times")
    assert finding.status is Status.VAGUE, finding.reasons
    assert [lv["minutes"] for lv in finding.facts["levels"]] == [240, 1440]


def test_a_list_of_exclusions_marks_the_support_boundary(reviewed: ReviewContract) -> None:
    """"下列事项不属于支持计划的服务范围：…" names what support leaves out, and
    the best-effort advice offered for the rest does not soften that."""
    review = reviewed("""
        # 2. 支持计划
        2.1 支持计划包括：与云资源相关的操作或系统问题；与管理控制台相关的问题。
        2.2 下列事项不属于支持计划的服务范围：客户应用程序的代码开发与调试；客户业务系统的架构改造与代运维。\
对于附录所列第三方软件，服务商可提供配置建议。
    """, language="zh")
    assert review.finding("support-scope").status is Status.MET


@pytest.mark.parametrize(("body", "language"), [
    ("# 5. Support\n5.3 Support covers the Service. We cannot diagnose or fix problems with your own websites.", "en"),
    ("# 5. Support\n5.3 Support covers the Service. We cannot help with the code of your sites.", "en"),
    ("# 二、维护服务\n1. 维保范围限于软件本身的缺陷修复及使用咨询，乙方可按人天另行提供其他服务。", "zh"),
    ("# 二、维护服务\n1. 数据分析咨询及与甲方其他业务系统的对接开发不属于本合同维护范围，可另行购买。", "zh"),
    ("# 二、维护服务\n1. 维护范围不包括：软件功能范围外的流程修改、模块及程序增加；如需增加，另行报价。", "zh"),
], ids=["en-cannot-diagnose", "en-cannot-help-with", "zh-maintenance-limited", "zh-outside-maintenance",
        "zh-scope-excludes"])
def test_the_support_boundary_as_vendors_word_it(reviewed: ReviewContract, body: str, language: str) -> None:
    """What support leaves to the customer, in the words vendors use: a verb the
    vendor will not do for the customer's code and the maintenance scope
    (维保/维护范围) mark the boundary."""
    finding = reviewed(body, language=language).finding("support-scope")
    assert finding.status is Status.MET, finding.reasons


@pytest.mark.parametrize(("body", "language", "status"), [
    ("# 1. Availability\n1.1 Monthly Uptime is 99.9%, as measured by Jolt's server logs.", "en", Status.VAGUE),
    ("# 1. Availability\n1.1 Monthly Uptime is 99.9%, measured from the provider's request logs; credits apply.",
     "en", Status.VAGUE),
    ("# 1. Availability\n1.1 Monthly Uptime is 99.9%, measured by an independent third-party monitoring service.",
     "en", Status.MET),
    ("# 一、服务可用性\n1. 客户应通过工单提交赔偿申请，"
     "瑞华云将依据其系统日志对服务不可用时间进行核定。", "zh", Status.VAGUE),
], ids=["en-server-logs", "en-request-logs", "en-independent", "zh-system-logs"])
def test_the_vendors_own_logs_as_the_measure_are_a_red_flag(
        reviewed: ReviewContract, body: str, language: str, status: Status) -> None:
    assert reviewed(body, language=language).finding("independent-measurement").status is status


def test_the_vendors_named_system_as_the_measure_outweighs_a_confirmation_elsewhere(
        reviewed: ReviewContract) -> None:
    """"服务不可用分钟数以途瑞监控系统记录的数据为准" lets the vendor's system decide
    the figures; a clause elsewhere that settles prices "以双方…确认的…为准" does not
    protect the buyer, and 不可用 ("unavailable") before it negates nothing."""
    finding = reviewed("""
        # 六、商用授权
        6.1 您购买商用授权的，服务期限、配额及价格以双方签署的订单或您在控制台确认的购买页面为准。
        # 七、服务可用性
        7.2 月度服务可用性 =（当月总分钟数 − 当月服务不可用分钟数）÷ 当月总分钟数 × 100%。\
服务不可用分钟数以途瑞监控系统记录的数据为准。
    """, language="zh").finding("independent-measurement")
    assert finding.status is Status.VAGUE, finding.reasons


@pytest.mark.parametrize(("body", "language"), [
    ("# 1. Service Level\n1.1 Actual Uptime for a month is the Maximum Availability less Downtime.", "en"),
    ("# 1. Service Level\n1.1 Uptime is the percentage of minutes during the monthly billing cycle in which the "
     "Service was available.", "en"),
    ("# 一、服务可用性\n1. 服务不可用：实例与任一IP地址双向均无法连通且持续一分钟以上的，视为不可用；"
     "乙方预先通知的系统维护不计入不可用时间。",
     "zh"),
], ids=["en-less-downtime", "en-percentage-of-minutes", "zh-lasting-a-minute"])
def test_the_measurement_method_as_vendors_write_it(reviewed: ReviewContract, body: str, language: str) -> None:
    assert reviewed(body, language=language).finding("sla-measurement").status is Status.MET


def test_business_hours_stated_in_a_sentence_are_defined(reviewed: ReviewContract) -> None:
    """No definition clause, but "Business hours are 9:00 to 18:00, Monday to
    Friday" says what they mean: "business hours" is no longer vague wording."""
    defined = reviewed("""
        # 22. Support
        22.3 Response times for Priority 3 cases are counted in business hours.
        22.4 Business hours are 9:00 to 18:00, Monday to Friday, in the time zone of your account.
    """)
    assert defined.finding("response-clock").status is Status.MET
    undefined = reviewed("""
        # 22. Support
        22.3 Response times for Priority 3 cases are counted in business hours.
    """)
    assert undefined.finding("response-clock").status is Status.VAGUE


def test_a_response_is_a_reply_from_a_person(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 22. Support
        22.3 Response. An initial response is a reply from a Nexora support specialist who has reviewed your case.
    """)
    assert review.finding("response-clock").status is Status.MET


def test_a_vendor_that_supports_each_version_for_months(reviewed: ReviewContract) -> None:
    """"supports" (not only "support"/"supported") names the support window."""
    review = reviewed("""
        # 3. Services
        3.7 SDK Versions. Dappleworks supports each major version of its SDKs for at least twelve (12) months \
after the release of the next major version.
    """)
    finding = review.finding("version-support-window")
    assert finding.status is Status.MET
    assert finding.facts["months"] == 12


@pytest.mark.parametrize(("language", "clause", "months"), [
    ("zh", "3. 云境停止维护某一大版本的，将至少提前6个月公告；"
           "公告后云境继续为存量实例提供十二（12）个月的维护和安全补丁。", 12),
    ("zh", "2. 停止维护某一接口版本的，将至少提前3个月公告。停止维护公告发布后，旧版本接口继续可用至少6个月。", 6),
    ("en", "3.7 Provider will give six (6) months' notice before it retires an SDK version, and supports each "
           "version for twelve (12) months after its successor is released.", 12),
])
def test_the_support_window_not_the_notice_before_it(reviewed: ReviewContract, language: str, clause: str,
                                                     months: int) -> None:
    heading = "# 第三条 版本维护" if language == "zh" else "# 3. SDK versions"
    finding = reviewed(f"""
        {heading}
        {clause}
    """, language=language).finding("version-support-window")
    assert finding.status is Status.MET
    assert finding.facts["months"] == months


def test_help_centre_forms_and_web_interfaces_are_channels(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 5. Support
        5.1 Customer may submit support requests through the Help Center web form or by e-mail.
    """)
    assert review.finding("support-channels").status is Status.MET


def test_tickets_opened_through_a_named_portal_are_a_channel(contract: MakeContract) -> None:
    # No "support" in the sentence: the ticket and the partner's portal say it.
    # Read by the keyword rules themselves (the model may also propose it).
    path = contract("""
        # 3. Opening tickets
        3.1 Tickets are opened through the Partner Portal. Each ticket must cover one issue.
    """, fmt="pdf")
    views = build_views(segment(read_document(path)))
    item = default_checklist().item("support-channels")
    (clause,) = [v for v in views if v.text.startswith("Tickets are opened")]
    assert score_clause(item, clause) is not None


def test_the_users_business_data_is_customer_data(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 六、数据
        6.1 本公司不会访问、使用、修改或向第三方披露您的用户业务数据；\
服务终止后，本公司将为您保留数据7日，期满后予以删除。
    """, language="zh")
    assert review.finding("data-use").status is Status.MET


@pytest.mark.parametrize(("clause", "status"), [
    # Kept in the country by a prohibition, or in the region the customer chose.
    ("4.5 服务商不得将用户数据存储于中华人民共和国境外。", Status.MET),
    ("6.3 您的用户业务数据将存储于您在购买服务时选择的地域，"
     "千程云不会将您的用户业务数据迁移至您所选地域以外的地域。", Status.MET),
    # Sent abroad as the vendor sees fit: no residency.
    ("4.5 为提供服务，服务商可能将用户数据传输至境外的服务器进行处理。", Status.VAGUE),
])
def test_data_kept_in_by_a_prohibition_or_the_chosen_region(reviewed: ReviewContract, clause: str,
                                                            status: Status) -> None:
    finding = reviewed(f"""
        # 第四条 数据存储
        {clause}
    """, language="zh").finding("data-residency")
    assert finding.status is status, finding.reasons


@pytest.mark.parametrize(("body", "language"), [
    ("# 三、运行环境\n1. 本软件服务端支持CentOS 7.6及以上、银河麒麟V10及统信UOS V20操作系统，"
     "可运行于x86及ARM架构服务器。", "zh"),
    ("# 三、开发工具包\n1. 平台提供的官方SDK支持Python 3.8及以上版本和Node.js 18及以上版本。", "zh"),
    ("# 3. Supported Platforms\n3.1 The official SDKs are compatible with Java 8 or later, Python 3.8 or later "
     "and Node.js 16 or later; libraries for PHP, Go, Ruby and Objective-C are published too.", "en"),
], ids=["zh-servers", "zh-sdk-runtimes", "en-sdk-runtimes"])
def test_servers_and_runtimes_are_the_platforms_of_on_premise_software_and_apis(
        reviewed: ReviewContract, body: str, language: str) -> None:
    """An on-premise product's operating systems and processors, an API's SDK
    languages with their versions, are its compatibility list; "Objective-C"
    is a language, not an objective."""
    finding = reviewed(body, language=language).finding("compatibility")
    assert finding.status is Status.MET, finding.reasons


@pytest.mark.parametrize(("body", "language", "status"), [
    ("# 二、使用环境\n2.3 本服务支持在主流浏览器（包括Chrome、Edge、Firefox、Safari的最新版本）中使用。",
     "zh", Status.MET),
    ("# 2. Environment\n2.4 The SDK supports iOS 13 or later and Android 8.0 or later, and runs in the latest two "
     "versions of mainstream browsers.", "en", Status.MET),
    ("# 二、使用环境\n2.3 本服务支持主流浏览器及主流移动设备。", "zh", Status.VAGUE),
], ids=["zh-browsers-named", "en-os-named", "zh-nothing-named"])
def test_mainstream_does_not_hedge_the_platforms_a_sentence_names(
        reviewed: ReviewContract, body: str, language: str, status: Status) -> None:
    """"主流" / "mainstream" is vague where it stands for platforms left unnamed;
    beside the named platforms it hedges nothing (``named_outweighs_vague``)."""
    finding = reviewed(body, language=language).finding("compatibility")
    assert finding.status is status, finding.reasons


def test_an_aligned_with_standard_stays_vague_though_named(reviewed: ReviewContract) -> None:
    """Certifications leave ``named_outweighs_vague`` off: "aligned with ISO 27001"
    names the standard and still holds no certificate."""
    finding = reviewed("# 7. Security\n7.1 Our controls are aligned with ISO 27001 and SOC 2.").finding(
        "security-certifications")
    assert finding.status is Status.VAGUE, finding.reasons


def test_safeguards_designed_to_protect_do_not_hedge_the_encryption(reviewed: ReviewContract) -> None:
    """"designed to protect" says what the safeguards are for; "designed to
    encrypt" still hedges the encryption itself."""
    plain = reviewed("""
        # 6. Security
        6.4 Quantia maintains technical safeguards designed to protect Customer Data, including encryption of \
Customer Data in transit using TLS 1.2 or higher and at rest using AES-256.
    """)
    assert plain.finding("encryption").status is Status.MET
    hedged = reviewed("""
        # 6. Security
        6.4 The platform is designed to encrypt Customer Data in transit using TLS 1.2 and at rest using AES-256.
    """)
    assert hedged.finding("encryption").status is Status.VAGUE


@pytest.mark.parametrize(("language", "clause"), [
    ("zh", "13.4 乙方仅为履行本合同之目的访问甲方数据，"
           "不得将甲方数据用于本合同以外的任何用途，包括模型训练及产品研发。"),
    ("en", "13.4 Provider uses Customer Data only to provide the Services and will not use it for any other purpose, "
           "including research and development or the training of machine learning models."),
])
def test_a_list_spelling_out_a_prohibited_use_stays_prohibited(reviewed: ReviewContract, language: str,
                                                               clause: str) -> None:
    heading = "# 第十三条 数据" if language == "zh" else "# 13. Data"
    finding = reviewed(f"""
        {heading}
        {clause}
    """, language=language).finding("data-use")
    assert finding.status is Status.MET, finding.reasons


@pytest.mark.parametrize("sentence", [
    "Stackwise publishes user guides for the Services and keeps them current with the generally available features.",
    "Quorvane publishes online documentation for the Services and keeps it current as the Services change.",
    "Ledgerpipe makes its Documentation available online and will update it to reflect material changes "
    "to the Services.",
])
def test_documentation_kept_current_in_other_words(reviewed: ReviewContract, sentence: str) -> None:
    review = reviewed(f"""
        # 4. Documentation
        4.3 {sentence}
    """)
    assert review.finding("documentation-training").status is Status.MET
