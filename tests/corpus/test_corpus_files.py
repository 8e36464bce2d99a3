"""The labelled corpus is well-formed, and build.py renders sources that read back.

The labels are ground truth for the analysis rules, so a broken label (a quote
that is not in the contract, a missing item id) would silently corrupt every
accuracy number computed from them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from reviewer.evaluation.items import SPEC_ITEM_IDS
from tests.scripts import corpus_builder

CORPUS = Path(__file__).resolve().parent
SPEC = CORPUS.parents[2] / "shared" / "checklist-spec.md"
if not SPEC.exists():  # the repository may live elsewhere than /work/main
    SPEC = Path("/work/shared/checklist-spec.md")

build = corpus_builder()

ITEM_IDS = list(SPEC_ITEM_IDS)
LABELS = sorted(CORPUS.glob("*.expected.json"))
STATUSES = ("met", "vague", "missing")


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def rendered_units(source: Path) -> list[str]:
    """The texts a reader of the rendered file sees: one per paragraph or table cell.

    With automatic numbering the leading numbers are not part of the text.
    """
    src = build.parse_source(source)
    auto = src.meta.get("numbering") == "auto"
    units = [src.meta.get("title", "")]
    for block in src.blocks:
        if block.kind == "table":
            units.append(block.title)
            units += [cell for row in block.rows for cell in row]
            continue
        text = block.text
        if auto:
            for pattern, _level in build.AUTO_PATTERNS[src.language]:
                if m := pattern.match(text):
                    text = text[m.end():]
                    break
        units.append(text)
    return [fold(u) for u in units if u]


def test_spec_lists_the_same_item_ids() -> None:
    if not SPEC.exists():
        pytest.skip("checklist spec not available")
    in_spec = re.findall(r"^\| `([a-z-]+)` \|", SPEC.read_text(encoding="utf-8"), re.M)
    assert in_spec == ITEM_IDS


def test_corpus_has_labels() -> None:
    assert len([p for p in LABELS if "-en" in p.name]) >= 12


def test_english_half_covers_every_status() -> None:
    """Each item is met, vague and missing at least twice, so no rule scores by luck."""
    seen: dict[str, Counter[str]] = {item_id: Counter() for item_id in ITEM_IDS}
    for path in LABELS:
        if "-en" in path.name:
            for item_id, finding in json.loads(path.read_text("utf-8"))["items"].items():
                seen[item_id][finding["status"]] += 1
    thin = {i: dict(c) for i, c in seen.items() if min(c[s] for s in STATUSES) < 2}
    assert not thin


@pytest.mark.parametrize("label_path", LABELS, ids=lambda p: p.name.split(".")[0])
def test_label_is_well_formed(label_path: Path) -> None:
    label = json.loads(label_path.read_text(encoding="utf-8"))
    name = label_path.name.removesuffix(".expected.json")
    assert label["file"] in (f"{name}.pdf", f"{name}.docx")
    assert (CORPUS / label["file"]).is_file(), f"{label['file']} not built"
    source = CORPUS / "src" / f"{name}.txt"
    assert source.is_file()
    assert build.parse_source(source).formats == [label["file"].rsplit(".", 1)[1]]
    assert label["language"] in ("en", "zh")
    assert label.get("description")
    assert list(label["items"]) == ITEM_IDS or sorted(label["items"]) == sorted(ITEM_IDS)
    units = rendered_units(source)
    for item_id, finding in label["items"].items():
        status, evidence = finding["status"], finding["evidence"]
        assert status in STATUSES, item_id
        assert set(finding) <= {"status", "evidence", "facts", "note"}, item_id
        if status == "missing":
            assert evidence == [], f"{item_id}: missing items have no evidence"
            assert "facts" not in finding, item_id
        else:
            assert 1 <= len(evidence) <= 3, f"{item_id}: 1-3 evidence quotes"
        for quote in evidence:
            assert 5 <= len(quote) <= 60, f"{item_id}: quote length {quote!r}"
            assert any(fold(quote) in unit for unit in units), \
                f"{item_id}: {quote!r} is not inside one paragraph or cell of {source.name}"
        _check_facts(item_id, finding.get("facts"))


def _check_facts(item_id: str, facts: dict | None) -> None:
    if facts is None:
        return
    allowed = {
        "response-times": {"levels", "plans"}, "resolution-times": {"levels", "plans"},
        "availability": {"percent"}, "version-support-window": {"months"},
        "security-incident": {"hours"},
    }
    assert item_id in allowed and set(facts) <= allowed[item_id], f"{item_id}: {facts}"
    level_lists = [facts.get("levels", [])]
    level_lists += [plan["levels"] for plan in facts.get("plans", [])]
    for levels in level_lists:
        for level in levels:
            assert set(level) == {"level", "minutes"} and level["level"], item_id
            assert isinstance(level["minutes"], int) and level["minutes"] > 0, item_id
    for plan in facts.get("plans", []):
        assert set(plan) == {"plan", "levels"} and plan["plan"], item_id
    if "plans" in facts:
        assert facts["levels"] in [p["levels"] for p in facts["plans"]], \
            f"{item_id}: levels must be one of the plans"
    for key in ("percent", "months", "hours"):
        if key in facts:
            assert isinstance(facts[key], int | float) and facts[key] > 0, item_id


@pytest.mark.parametrize("source", sorted((CORPUS / "src").glob("*.txt")),
                         ids=lambda p: p.stem)
def test_source_has_its_built_file(source: Path) -> None:
    src = build.parse_source(source)
    for fmt in src.formats:
        assert (CORPUS / f"{source.stem}.{fmt}").is_file(), "run tests/corpus/build.py"


SAMPLE = """\
%% format: {fmt}
%% language: {lang}
%% title: {title}
%% numbering: auto
%% header: Example Vendor — Confidential
%% footer: {footer}
%% columns: {columns}

{body}
"""
EN_BODY = """\
# 1. Support
1.1 "Business Hours" means 9:00 to 18:00 UTC+8, Monday to Friday.
1.2 The Customer may open tickets on the portal & by e-mail <support>.
(a) Priority 1 tickets are answered within 30 minutes.
(b) Priority 2 tickets are answered within 2 hours.
# 2. Availability
2.1 The Service is available 99.9% of each calendar month.
[table-title: Table 1 – Severity Levels]
| Priority | Definition | Response Time |
| P1 | Service unavailable for all users | 15 minutes |
| P2 | Major feature degraded | 1 hour |
"""
ZH_BODY = """\
# 第一条 服务支持
一、“工作时间”指北京时间周一至周五9:00至18:00。
（一）紧急故障在30分钟内响应。
（二）严重故障在2小时内响应。
# 第二条 可用性
一、服务月可用率不低于99.9%。
| 级别 | 定义 | 响应时间 |
| 紧急 | 服务全部不可用 | 15分钟 |
"""


def _render(tmp_path: Path, fmt: str, lang: str, columns: int = 1) -> tuple[Path, Path]:
    src_dir, out_dir = tmp_path / "src", tmp_path / "out"
    src_dir.mkdir(exist_ok=True)
    name = f"sample-{lang}-{fmt}-{columns}"
    body = EN_BODY if lang == "en" else ZH_BODY
    footer = "page-of" if lang == "en" else "zh"
    title = "Sample Terms" if lang == "en" else "示例条款"
    source = src_dir / f"{name}.txt"
    source.write_text(SAMPLE.format(fmt=fmt, lang=lang, title=title, footer=footer,
                                    columns=columns, body=body), encoding="utf-8")
    assert build.main(["--src", str(src_dir), "--out", str(out_dir), "--only", name]) == 0
    return source, out_dir / f"{name}.{fmt}"


@pytest.mark.parametrize(("lang", "columns"), [("en", 1), ("en", 2), ("zh", 1)])
def test_pdf_reads_back(tmp_path: Path, lang: str, columns: int) -> None:
    import pdfplumber

    _source, pdf_path = _render(tmp_path, "pdf", lang, columns)
    with pdfplumber.open(pdf_path) as pdf:
        text = fold("\n".join(page.extract_text() or "" for page in pdf.pages))
        tables = [t for page in pdf.pages for t in page.extract_tables()]
    body = EN_BODY if lang == "en" else ZH_BODY
    for line in body.splitlines():
        if line and not line.startswith(("|", "[")):
            assert fold(line.lstrip("# ")) in text.replace(" ", " "), line
    assert ("page 1 of 1" if lang == "en" else "第 1 页 共 1 页") in text
    assert len(tables) == 1
    assert tables[0][1][:2] == (["P1", "Service unavailable for all users"] if lang == "en"
                                else ["紧急", "服务全部不可用"])
    # rebuilding gives the same bytes: git does not churn
    first = pdf_path.read_bytes()
    _render(tmp_path, "pdf", lang, columns)
    assert pdf_path.read_bytes() == first


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_docx_reads_back_with_automatic_numbering(tmp_path: Path, lang: str) -> None:
    import docx
    from docx.oxml.ns import qn

    _source, docx_path = _render(tmp_path, "docx", lang)
    document = docx.Document(str(docx_path))
    paragraphs = [(p.text, p.style.name if p.style else "", p._p.pPr) for p in
                  document.paragraphs]
    texts = [t for t, _s, _p in paragraphs]
    if lang == "en":
        assert "Support" in texts and "1. Support" not in texts
        expected = "Priority 1 tickets are answered within 30 minutes."
        heading, item_level, fmt = "Support", "2", "lowerLetter"
    else:
        assert "服务支持" in texts
        expected = "紧急故障在30分钟内响应。"
        heading, item_level, fmt = "服务支持", "2", "chineseCounting"
    by_text = {t: (s, p) for t, s, p in paragraphs}
    assert by_text[heading][0] == "Heading 1"
    p_pr = by_text[expected][1]
    assert p_pr is not None, "numbered paragraph has paragraph properties"
    num_pr = p_pr.find(qn("w:numPr"))
    assert num_pr is not None, "numbered paragraph carries numPr"
    assert num_pr.find(qn("w:ilvl")).get(qn("w:val")) == item_level
    num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
    numbering = document.part.numbering_part.element
    num = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id]
    assert len(num) == 1
    abstract_id = num[0].find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum"))
                if a.get(qn("w:abstractNumId")) == abstract_id)
    level = next(lv for lv in abstract.findall(qn("w:lvl")) if lv.get(qn("w:ilvl")) == "2")
    assert level.find(qn("w:numFmt")).get(qn("w:val")) == fmt
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells][:2] == (["Priority", "Definition"]
                                                         if lang == "en" else ["级别", "定义"])
    footer = document.sections[0].footer._element.xml
    assert "NUMPAGES" in footer if lang == "en" else "PAGE" in footer
    first = docx_path.read_bytes()
    _render(tmp_path, "docx", lang)
    assert docx_path.read_bytes() == first


def test_english_pdf_refuses_characters_the_font_lacks(tmp_path: Path) -> None:
    source = tmp_path / "bad-en.txt"
    source.write_text("%% format: pdf\n%% language: en\n\nResponse ≥ 30 minutes\n",
                      encoding="utf-8")
    with pytest.raises(build.SourceError, match="≥"):
        build.build(source, tmp_path)


def test_one_source_can_render_both_formats(tmp_path: Path) -> None:
    """The bundled samples ship the same text as PDF and as auto-numbered DOCX."""
    import docx
    import pdfplumber

    source = tmp_path / "both.txt"
    source.write_text("%% format: pdf, docx\n%% language: en\n%% numbering: auto\n\n"
                      "# 1. Support\n1.1 Tickets are answered within 30 minutes.\n",
                      encoding="utf-8")
    outputs = build.build(source, tmp_path)
    assert [p.suffix for p in outputs] == [".pdf", ".docx"]
    with pdfplumber.open(outputs[0]) as pdf:
        assert "1.1 Tickets are answered within 30 minutes." in pdf.pages[0].extract_text()
    texts = [p.text for p in docx.Document(str(outputs[1])).paragraphs]
    assert "Tickets are answered within 30 minutes." in texts
