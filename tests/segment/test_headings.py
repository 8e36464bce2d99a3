"""Headings split from their body, lone titles, and definitions."""

from __future__ import annotations

import pytest

from reviewer.clause import ClauseKind
from reviewer.segment import segment
from reviewer.segment.headings import defined_term, split_heading

from . import docx, heading, para, pdf


def test_inline_heading_is_split() -> None:
    (c,) = segment(pdf(para("5.2 Response Times. The Supplier shall respond within 1 hour.")))
    assert (c.number, c.heading, c.text) == (
        "5.2", "Response Times", "The Supplier shall respond within 1 hour.")
    assert c.kind is ClauseKind.CLAUSE


def test_first_sentence_is_not_a_heading() -> None:
    (c,) = segment(pdf(para("5.2 The Supplier shall respond. It shall also resolve.")))
    assert (c.number, c.heading, c.text) == (
        "5.2", None, "The Supplier shall respond. It shall also resolve.")


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("Response Times. The Supplier shall", ("Response Times", "The Supplier shall")),
        ("Fees: The Customer shall pay", ("Fees", "The Customer shall pay")),
        ("Term – This Agreement starts", ("Term", "This Agreement starts")),
        ("Limitation of Liability. Neither party", ("Limitation of Liability", "Neither party")),
        ("Availability: 99.9% per month.", (None, "Availability: 99.9% per month.")),
        ("The Supplier shall respond. Then", (None, "The Supplier shall respond. Then")),
        ("Acme Corp. will respond", (None, "Acme Corp. will respond")),
        ("Acme Inc. (the “Supplier”) shall respond", (None, "Acme Inc. (the “Supplier”) shall respond")),
        ("Affiliate. “Affiliate” means any entity", ("Affiliate", "“Affiliate” means any entity")),
        ("服务响应 乙方应在30分钟内响应。", ("服务响应", "乙方应在30分钟内响应。")),
        ("服务响应：乙方应在30分钟内响应。", (None, "服务响应：乙方应在30分钟内响应。")),
        ("服务商对各级故障的响应时间为：紧急三十分钟", (None, "服务商对各级故障的响应时间为：紧急三十分钟")),
        ("【服务响应】乙方应在30分钟内响应。", ("服务响应", "乙方应在30分钟内响应。")),
        ("乙方应在 30 分钟内响应。", (None, "乙方应在 30 分钟内响应。")),
    ],
)
def test_split_heading(rest: str, expected: tuple[str | None, str]) -> None:
    assert split_heading(rest) == expected


def test_title_alone_is_a_heading_clause_with_children() -> None:
    clauses = segment(pdf(
        para("5.2 Response Times"),
        para("The Supplier shall respond within one hour."),
    ))
    assert clauses[0].kind is ClauseKind.HEADING
    assert (clauses[0].number, clauses[0].heading, clauses[0].text) == (
        "5.2", "Response Times", "")
    assert clauses[1].parent == 0 and clauses[1].level == 2


def test_chinese_article_heading_with_body_in_next_block() -> None:
    clauses = segment(docx(
        para("第五条 服务响应"),
        para("乙方应在接到故障通知后30分钟内响应。"),
        para("乙方应每月提供服务报告。"),
        para("第六条 保密"),
    ))
    assert [(c.kind, c.number, c.heading) for c in clauses] == [
        (ClauseKind.HEADING, "第五条", "服务响应"),
        (ClauseKind.CLAUSE, None, None),
        (ClauseKind.CLAUSE, None, None),
        (ClauseKind.HEADING, "第六条", "保密"),
    ]
    assert [c.parent for c in clauses] == [None, 0, 0, None]


def test_list_item_is_not_a_heading_unless_bold() -> None:
    clauses = segment(pdf(
        para("2.1 Supported platforms:"), para("(a) Windows"), para("(b) Linux", bold=True)))
    assert clauses[1].kind is ClauseKind.CLAUSE and clauses[1].text == "Windows"
    assert clauses[2].kind is ClauseKind.HEADING and clauses[2].heading == "Linux"


def test_unnumbered_headings() -> None:
    clauses = segment(pdf(
        heading("Support Terms"),
        para("SERVICE LEVELS"),
        para("Severity Levels", bold=True),
        para("Plain sentence that is not a heading."),
    ))
    assert [c.kind for c in clauses] == [ClauseKind.HEADING] * 3 + [ClauseKind.CLAUSE]
    assert [c.heading for c in clauses[:3]] == ["Support Terms", "SERVICE LEVELS",
                                                 "Severity Levels"]


def test_lone_number_takes_the_title_on_the_next_line() -> None:
    clauses = segment(pdf(para("ARTICLE 5"), para("SUPPORT SERVICES"), para("5.1 The Supplier.")))
    assert (clauses[0].number, clauses[0].heading, clauses[0].kind) == (
        "ARTICLE 5", "SUPPORT SERVICES", ClauseKind.HEADING)
    assert clauses[1].parent == 0


def test_word_number_and_heading_level() -> None:
    clauses = segment(docx(
        heading("Support", 1, number="5"),
        para("Response Times. The Supplier shall respond.", number="5.1"),
    ))
    assert (clauses[0].number, clauses[0].heading, clauses[0].kind) == (
        "5", "Support", ClauseKind.HEADING)
    assert (clauses[1].number, clauses[1].heading, clauses[1].text, clauses[1].parent) == (
        "5.1", "Response Times", "The Supplier shall respond.", 0)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("“Business Hours” means 9:00 to 18:00.", "Business Hours"),
        ('"Business Day" shall mean a day other than a Saturday.', "Business Day"),
        ("“Incident” (or “Issue”) has the meaning given in clause 3.", "Incident"),
        ("The term “Outage” refers to any period.", "Outage"),
        ("“工作日”是指周一至周五。", "工作日"),
        ("本协议所称“严重故障”，是指服务完全中断。", "严重故障"),
        ("本协议所称严重故障，是指服务完全中断。", "严重故障"),
        ("The “Supplier” shall respond.", None),
        ("Business Hours are 9:00 to 18:00.", None),
    ],
)
def test_defined_term(text: str, term: str | None) -> None:
    assert defined_term(text) == term


def test_definition_clauses() -> None:
    clauses = segment(pdf(
        para("1.1 “Business Hours” means 09:00 to 18:00 UTC+8."),
        para("(a) \"Business Day\" shall mean Monday to Friday."),
        para("“工作日”是指周一至周五。"),
        para("1.2 Definitions. “Outage” means any period of unavailability."),
    ))
    assert [c.kind for c in clauses] == [ClauseKind.DEFINITION] * 4
    assert [c.defined_term for c in clauses] == [
        "Business Hours", "Business Day", "工作日", "Outage"]
    assert clauses[0].heading is None
    assert clauses[0].text == "“Business Hours” means 09:00 to 18:00 UTC+8."
    assert clauses[3].heading == "Definitions"


def test_sentence_in_a_heading_style_is_a_clause_that_still_nests() -> None:
    # Legal templates number clauses through Heading 1/2 styles.
    clauses = segment(docx(
        heading("Support", 1, number="1"),
        heading("The Supplier shall respond to every ticket within one hour.", 2, number="1.1"),
        para("by phone;", number="(a)"),
        heading("Tickets are closed only with the Customer's consent.", 2),
        para("Closure is confirmed by e-mail."),
    ))
    assert [c.kind for c in clauses] == [ClauseKind.HEADING, ClauseKind.CLAUSE,
                                         ClauseKind.CLAUSE, ClauseKind.CLAUSE, ClauseKind.CLAUSE]
    assert clauses[1].text.startswith("The Supplier shall") and clauses[1].heading is None
    assert [c.parent for c in clauses] == [None, 0, 1, 0, 3]
