"""Hierarchy: levels and parents from numbering, headings and first appearance."""

from __future__ import annotations

from reviewer.clause import ClauseKind
from reviewer.document import Block, BlockKind, Box, Location
from reviewer.segment import segment

from . import docx, heading, outline, para, pdf


def test_decimal_then_letters_then_roman() -> None:
    clauses = segment(pdf(
        para("1. Services"),
        para("1.1 Scope. The Supplier shall provide:"),
        para("1.1.1 the platform;"),
        para("(a) hosting; and"),
        para("(i) backups;"),
        para("(ii) monitoring;"),
        para("(b) support."),
        para("1.2 The Customer shall pay."),
        para("2. Support"),
        para("2.1 The Supplier shall respond."),
    ))
    assert outline(clauses) == [
        ("1.", None), ("1.1", "1."), ("1.1.1", "1.1"), ("(a)", "1.1.1"), ("(i)", "(a)"),
        ("(ii)", "(a)"), ("(b)", "1.1.1"), ("1.2", "1."), ("2.", None), ("2.1", "2."),
    ]
    assert [c.level for c in clauses] == [1, 2, 3, 4, 5, 5, 4, 2, 1, 2]


def test_chinese_chain() -> None:
    clauses = segment(docx(
        para("第一章 总则"),
        para("第一条 服务内容"),
        para("一、技术支持"),
        para("（一）远程支持"),
        para("1. 电话支持；"),
        para("(1) 工作日；"),
        para("(2) 节假日；"),
        para("2. 邮件支持。"),
        para("（二）现场支持"),
        para("二、培训"),
        para("第二条 乙方应按时提供服务。"),
        para("第二章 服务等级"),
        para("第三条 可用性不低于99.9%。"),
    ))
    assert outline(clauses) == [
        ("第一章", None), ("第一条", "第一章"), ("一、", "第一条"), ("（一）", "一、"),
        ("1.", "（一）"), ("(1)", "1."), ("(2)", "1."), ("2.", "（一）"), ("（二）", "一、"),
        ("二、", "第一条"), ("第二条", "第一章"), ("第二章", None), ("第三条", "第二章"),
    ]


def test_i_after_h_is_a_letter_and_after_a_is_roman() -> None:
    letters = [para(f"({c}) item {c};") for c in "abcdefgh"]
    clauses = segment(pdf(
        para("3.1 The Supplier shall:"), *letters, para("(i) the ninth item;"),
        para("(j) the tenth item, being:"), para("(i) a first sub-item;"),
        para("(ii) a second sub-item;"), para("(k) the eleventh item."),
    ))
    by_number = {(c.number, c.text): c for c in clauses}
    ninth = by_number[("(i)", "the ninth item;")]
    first_sub = by_number[("(i)", "a first sub-item;")]
    assert clauses[ninth.parent or 0].number == "3.1"
    assert clauses[first_sub.parent or 0].number == "(j)"
    assert clauses[by_number[("(k)", "the eleventh item.")].parent or 0].number == "3.1"


def test_roman_list_directly_under_a_clause() -> None:
    clauses = segment(pdf(para("4.1 Exclusions:"), para("(i) maintenance;"),
                          para("(ii) force majeure;"), para("(iii) misuse."),
                          para("4.2 Credits.")))
    assert outline(clauses) == [("4.1", None), ("(i)", "4.1"), ("(ii)", "4.1"),
                                ("(iii)", "4.1"), ("4.2", None)]


def test_first_appearance_order_closes_deeper_styles() -> None:
    # Lawyers nest styles in the order they first use them: once "(a)" held
    # "(i)", a new "(a)" list under 2. closes an open "(i)" rather than nesting in it.
    clauses = segment(pdf(
        para("1. Term"), para("(a) first;"), para("(i) sub;"),
        para("2. Fees"), para("(i) directly under 2;"), para("(a) a new letter list;"),
    ))
    assert outline(clauses)[-2:] == [("(i)", "2."), ("(a)", "2.")]


def test_restarted_list_nests_inside_the_clause() -> None:
    clauses = segment(pdf(
        para("5. Support"),
        para("5.1 Severity levels are:"),
        para("1. Critical: the service is down;"),
        para("2. Major: a function is degraded."),
        para("5.2 The Supplier shall respond."),
        para("6. Fees"),
    ))
    assert outline(clauses) == [
        ("5.", None), ("5.1", "5."), ("1.", "5.1"), ("2.", "5.1"), ("5.2", "5."), ("6.", None)]


def test_list_under_title_only_number() -> None:
    clauses = segment(pdf(para("5. Severity Levels"), para("1. Critical;"), para("2. Major."),
                          para("6. Fees")))
    assert outline(clauses) == [("5.", None), ("1.", "5."), ("2.", "5."), ("6.", None)]


def test_articles_sections_and_schedules() -> None:
    clauses = segment(pdf(
        heading("MASTER SERVICES AGREEMENT"),
        para("ARTICLE I – DEFINITIONS"),
        para("Section 1.1 Terms. Capitalised terms have the meanings below."),
        para("(a) first;"),
        para("Section 1.2 Interpretation. Headings are for convenience."),
        para("ARTICLE II – SUPPORT"),
        para("Clause 7 Escalation. The Supplier escalates."),
        para("§ 8 Liability. Neither party is liable."),
        para("Schedule 1 – Service Levels"),
        para("1. Availability. The Service is available 99.9%."),
        para("Annex A Security"),
        para("A.1 Encryption. Data is encrypted."),
        para("A.1.1 In transit. TLS 1.2."),
        para("A.2 Certification. ISO 27001."),
        para("Appendix B Contacts"),
    ))
    assert outline(clauses) == [
        ("MASTER SERVICES AGREEMENT", None),
        ("ARTICLE I", "MASTER SERVICES AGREEMENT"),
        ("Section 1.1", "ARTICLE I"),
        ("(a)", "Section 1.1"),
        ("Section 1.2", "ARTICLE I"),
        ("ARTICLE II", "MASTER SERVICES AGREEMENT"),
        ("Clause 7", "ARTICLE II"),
        ("§ 8", "ARTICLE II"),
        ("Schedule 1", None),
        ("1.", "Schedule 1"),
        ("Annex A", None),
        ("A.1", "Annex A"),
        ("A.1.1", "A.1"),
        ("A.2", "Annex A"),
        ("Appendix B", None),
    ]
    assert clauses[1].heading == "DEFINITIONS"
    assert clauses[8].heading == "Service Levels"


def test_word_heading_levels_close_body_numbers() -> None:
    clauses = segment(docx(
        heading("Support", 1),
        heading("Response", 2),
        para("The Supplier shall respond.", number="1."),
        para("within one hour;", number="(a)"),
        heading("Resolution", 2),
        para("The Supplier shall resolve.", number="1."),
        heading("Security", 1),
        para("Data is encrypted."),
    ))
    assert outline(clauses) == [
        ("Support", None), ("Response", "Support"), ("1.", "Response"), ("(a)", "1."),
        ("Resolution", "Support"), ("1.", "Resolution"), ("Security", None),
        ("Data is encr", "Security"),
    ]


def test_guessed_headings_are_siblings() -> None:
    clauses = segment(pdf(
        para("SUPPORT"), para("1. The Supplier supports the Service."),
        para("SECURITY"), para("2. Data is encrypted."),
    ))
    assert outline(clauses) == [("SUPPORT", None), ("1.", "SUPPORT"), ("SECURITY", None),
                                ("2.", "SECURITY")]


def test_mixed_styles_in_one_contract() -> None:
    clauses = segment(pdf(
        para("1. Support"),
        para("a) by email;"), para("b) by phone:"),
        para("i) weekdays;"), para("ii) weekends."),
        para("c) by chat."),
        para("2. 服务等级"),
        para("① 可用性；"), para("② 时延。"),
        para("3. 费用"),
    ))
    assert outline(clauses) == [
        ("1.", None), ("a)", "1."), ("b)", "1."), ("i)", "b)"), ("ii)", "b)"), ("c)", "1."),
        ("2.", None), ("①", "2."), ("②", "2."), ("3.", None),
    ]


def test_continuation_paragraph_is_its_own_clause_under_the_clause_above() -> None:
    clauses = segment(docx(
        para("6.1 The Customer may claim a service credit."),
        para("(a) within 30 days;"),
        para("Credits are the sole remedy."),
        para("6.2 Credits are capped."),
    ))
    assert outline(clauses) == [("6.1", None), ("(a)", "6.1"), ("Credits are ", "(a)"),
                                ("6.2", None)]
    assert clauses[2].kind is ClauseKind.CLAUSE and clauses[2].number is None


def test_pdf_paragraph_cut_by_a_page_break_is_merged() -> None:
    clauses = segment(pdf(
        para("7.3 The Supplier shall notify the Customer of a breach within", page=3),
        para("24 hours of becoming aware of it.", page=4),
        para("Notices are given in writing.", page=4),
    ))
    assert len(clauses) == 2
    assert clauses[0].text == ("The Supplier shall notify the Customer of a breach within "
                               "24 hours of becoming aware of it.")
    assert clauses[0].page == 3
    assert clauses[1].text == "Notices are given in writing." and clauses[1].parent == 0


def test_docx_paragraphs_are_never_merged() -> None:
    clauses = segment(docx(para("7.3 The Supplier shall notify within"), para("24 hours.")))
    assert len(clauses) == 2


def test_bullets_nest_but_stay_in_the_text() -> None:
    clauses = segment(pdf(para("2.1 Channels:"), para("• email;"), para("• phone.")))
    assert [(c.number, c.text, c.parent) for c in clauses] == [
        ("2.1", "Channels:", None), (None, "• email;", 0), (None, "• phone.", 0)]


def test_lines_on_one_page_without_full_stop_are_not_merged() -> None:
    clauses = segment(pdf(para("甲方：长沙乐途出行科技有限公司"), para("乙方：恒通云通信（北京）有限公司"),
                          para("7.1 Fees are due within"), para("thirty days.")))
    assert [c.text for c in clauses] == ["甲方：长沙乐途出行科技有限公司", "乙方：恒通云通信（北京）有限公司",
                                         "Fees are due within", "thirty days."]


def test_paragraph_cut_by_a_column_break_is_merged() -> None:
    left = Block(BlockKind.PARAGRAPH, "7.3 The Supplier shall notify the Customer within",
                 Location(page=1, boxes=(Box(1, 50, 700, 280, 712),)))
    right = Block(BlockKind.PARAGRAPH, "24 hours of a breach.",
                  Location(page=1, boxes=(Box(1, 310, 60, 540, 72),)))
    (clause,) = segment(pdf(left, right))
    assert clause.text == "The Supplier shall notify the Customer within 24 hours of a breach."
    assert clause.location.boxes == left.location.boxes + right.location.boxes


def test_sentence_citing_a_schedule_does_not_start_one() -> None:
    clauses = segment(pdf(para("4. Service Levels"),
                          para("Schedule 2 (Service Levels) applies to all Incidents."),
                          para("附件一所列的服务等级适用于本协议。"),
                          para("Schedule 2 – Service Levels"), para("附件一 服务等级协议")))
    assert [(c.number, c.parent) for c in clauses] == [
        ("4.", None), (None, 0), (None, 0), ("Schedule 2", None), ("附件一", None)]


def test_numbers_outrank_guessed_heading_levels() -> None:
    # A PDF heading guess gave "5.2 Fees" the same level as "5. Support".
    clauses = segment(pdf(heading("Terms", 1), heading("5. Support", 2), heading("5.1 Hours", 2),
                          para("Support runs 24x7."), heading("5.2 Fees", 2), heading("6. Term", 2)))
    assert outline(clauses) == [("Terms", None), ("5.", "Terms"), ("5.1", "5."),
                                ("Support runs", "5.1"), ("5.2", "5."), ("6.", "Terms")]


def test_parts_inside_a_schedule() -> None:
    clauses = segment(pdf(para("1. Services"), para("SCHEDULE 1 – SERVICE LEVELS"),
                          para("Part A Availability"), para("1. Uptime. The Service is up."),
                          para("Part B Support"), para("SCHEDULE 2 – FEES")))
    assert outline(clauses) == [("1.", None), ("SCHEDULE 1", None), ("Part A", "SCHEDULE 1"),
                                ("1.", "Part A"), ("Part B", "SCHEDULE 1"), ("SCHEDULE 2", None)]
