"""Test data for the export tests: real contracts, real reviews of them.

Until `reviewer.api.review` works end to end, the reviews here are built as
data: a small checklist, a PDF (reportlab) or DOCX (python-docx) contract
written to disk, and findings whose evidence locations are measured from the
generated file itself (pdfplumber boxes, python-docx block indexes), exactly
what the ingest will produce.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from docx import Document as new_docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from reviewer.checklist.model import Checklist, ChecklistItem, Section
from reviewer.document import Box, Location
from reviewer.review import (
    Deviation,
    DocumentInfo,
    Evidence,
    Finding,
    Review,
    Status,
    Text,
)

INJECTION = '=HYPERLINK("http://evil.example/x","Click here") Availability target: 99.9% per month.'


def _item(iid: str, section: str, en: str, zh: str, q_en: str, q_zh: str) -> ChecklistItem:
    return ChecklistItem(id=iid, section=section, title=Text(en, zh), description=Text(en, zh),
                         question=Text(q_en, q_zh))


def make_checklist() -> Checklist:
    return Checklist(
        id="vendor-support", version="1", title=Text("Vendor support", "供应商支持"),
        sections=(
            Section("response", Text("Response", "响应"), 25, (
                _item("response-times", "response", "Response times", "响应时间",
                      "What is the initial response time for each severity level?",
                      "各级别问题的首次响应时间是多少？"),
                _item("support-hours", "response", "Support hours", "支持时间",
                      "What hours and time zone does support cover?",
                      "支持服务覆盖哪些时段及时区？"),
            )),
            Section("service-level", Text("Service level", "服务等级"), 20, (
                _item("availability", "service-level", "Availability", "可用性",
                      "What availability percentage do you commit to, and over what period?",
                      "承诺的可用性百分比及统计周期是多少？"),
                _item("service-credits", "service-level", "Service credits", "服务赔偿",
                      "What credits apply when the SLA is missed?",
                      "未达到SLA时如何赔偿？"),
            )),
            Section("security", Text("Security and data", "安全与合规"), 10, (
                _item("data-residency", "security", "Data residency", "数据存储地",
                      "Where is customer data stored and processed?",
                      "客户数据存储和处理在哪些地区？"),
            )),
        ),
    )


@dataclass(frozen=True)
class Contract:
    path: Path
    fmt: str
    lang: str
    clauses: dict[str, str]  # item id -> the clause text quoted as evidence


CLAUSES = {
    "en": {
        "response-times": "1. The Supplier will respond to Priority 1 incidents promptly and "
                          "aims to respond within 4 hours.",
        "support-hours": "2. Support is available 24x7 for Priority 1 incidents.",
        "availability": INJECTION,
        "service-credits": "4. If availability falls below 99.9%, a credit of 10% applies.",
    },
    "zh": {
        "response-times": "1. 供应商将尽快响应一级故障，争取在4小时内响应。",
        "support-hours": "2. 一级故障提供7x24小时支持。",
        "availability": INJECTION,
        "service-credits": "4. 可用性低于99.9%时，赔偿当月服务费的10%。",
    },
}
TITLES = {"en": "Support and Service Level Terms", "zh": "技术支持与服务等级条款"}


def write_pdf_contract(path: Path, lang: str = "en") -> Contract:
    font = "Helvetica"
    if lang == "zh":
        font = "STSong-Light"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    height = A4[1]
    c.setFont(font, 14)
    c.drawString(72, height - 72, TITLES[lang])
    c.setFont(font, 10)
    y = height - 110
    for text in CLAUSES[lang].values():
        c.drawString(72, y, text)
        y -= 24
    c.showPage()
    c.setFont(font, 10)
    page_two = "5. Page two: general terms." if lang == "en" else "5. 第二页：一般条款。"
    c.drawString(72, height - 72, page_two)
    c.showPage()
    c.save()
    return Contract(path, "pdf", lang, dict(CLAUSES[lang]))


def pdf_location(path: Path, text: str) -> Location:
    """Where ``text`` is printed, measured with pdfplumber (top-left origin)."""
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            hits = page.search(text, regex=False)
            if hits:
                h = hits[0]
                return Location(page=number,
                                boxes=(Box(number, h["x0"], h["top"], h["x1"], h["bottom"]),))
    raise AssertionError(f"text not in {path}: {text}")


def write_docx_contract(path: Path, lang: str = "en") -> Contract:
    doc = new_docx()
    doc.add_heading(TITLES[lang], level=1)  # block 0
    clauses = CLAUSES[lang]
    for item_id in ("response-times", "support-hours", "availability"):  # blocks 1-3
        p = doc.add_paragraph()
        p.add_run(clauses[item_id][:12]).bold = True  # two runs: the comment must span both
        p.add_run(clauses[item_id][12:])
    table = doc.add_table(rows=2, cols=2)  # block 4
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Availability", "Credit"
    table.rows[1].cells[0].text = clauses["service-credits"]
    table.rows[1].cells[1].text = "10%"
    doc.add_paragraph("5. General terms." if lang == "en" else "5. 一般条款。")  # block 5
    doc.save(str(path))
    return Contract(path, "docx", lang, dict(clauses))


DOCX_INDEX = {"response-times": (1, None), "support-hours": (2, None),
              "availability": (3, None), "service-credits": (4, 1)}

STATUSES = {"response-times": Status.VAGUE, "support-hours": Status.MET,
            "availability": Status.VAGUE, "service-credits": Status.MET,
            "data-residency": Status.MISSING}

REASONS = {
    "response-times": Text("Response times are targets only (\"aims\", \"promptly\").",
                           "响应时间仅为目标（“争取”“尽快”）。"),
    "support-hours": Text("24x7 support for Priority 1.", "一级故障7x24小时支持。"),
    "availability": Text("Availability is a target, not a commitment.",
                         "可用性仅为目标，不是承诺。"),
    "service-credits": Text("10% credit below 99.9%.", "低于99.9%赔偿10%。"),
    "data-residency": Text("Nothing says where data is stored.", "合同未说明数据存储地。"),
}


def make_review(contract: Contract, checklist: Checklist | None = None) -> Review:
    checklist = checklist or make_checklist()
    findings = []
    for item in checklist.items:
        status = STATUSES[item.id]
        evidence: tuple[Evidence, ...] = ()
        if status != Status.MISSING:
            text = contract.clauses[item.id]
            if contract.fmt == "pdf":
                loc = pdf_location(contract.path, text)
            else:
                index, row = DOCX_INDEX[item.id]
                loc = Location(index=index, row=row)
            evidence = (Evidence(text=text, clause_index=None,
                                 clause_number=text.split(".")[0] if text[0].isdigit() else None,
                                 location=loc),)
        deviations: tuple[Deviation, ...] = ()
        if item.id == "response-times":
            deviations = (Deviation("top-response-minutes", 240, 60,
                                    Text("P1 response 4 h exceeds the 1 h policy.",
                                         "一级响应4小时，超过1小时的要求。")),)
        findings.append(Finding(item.id, item.section, status, evidence,
                                (REASONS[item.id],), {}, deviations))
    data = contract.path.read_bytes()
    return Review(
        document=DocumentInfo(str(contract.path), contract.fmt,
                              2 if contract.fmt == "pdf" else None, contract.lang,
                              hashlib.sha256(data).hexdigest()),
        checklist_id=checklist.id, checklist_version=checklist.version,
        findings=tuple(findings), score=52.5,
    )
