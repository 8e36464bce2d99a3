"""Two-column contracts rendered by tests/corpus/build.py read column by column
when page furniture or tables would hide the gutter.

The shapes come from real contracts that read interleaved:
- a narrow centred page number ("- 1 -") sits in the gutter and cut the empty
  strip into two slivers too narrow to be a gutter;
- a page whose text fills only the left column, under a running header on the
  right: the header widened the column, so every wrapped Chinese line looked
  like a paragraph's short last line;
- a table filling the right column beside the left column's lines gave no
  evidence of columns (only lines counted), and a table in the left column
  whose rules stand out into the gutter beyond its text read as crossing it.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from reviewer.document import BlockKind, Document
from reviewer.ingest import read_document
from tests.analysis.conftest import corpus_builder


def _read(tmp_path: Path, name: str, source: str) -> tuple[Document, list[str]]:
    """The PDF rendered from ``source`` (corpus markup) read back, and the
    source's paragraphs and headings in order."""
    src = tmp_path / f"{name}.txt"
    src.write_text(textwrap.dedent(source).strip() + "\n", encoding="utf-8")
    build = corpus_builder()
    (out,) = build.build(src, tmp_path)
    units = [b.text for b in build.parse_source(src).blocks if b.kind != "table"]
    return read_document(out), units


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _assert_read_in_order(doc: Document, units: list[str]) -> None:
    """Each unit is one block's whole text, and the blocks come in the source's order."""
    texts = [_fold(b.text) for b in doc.blocks if b.kind is not BlockKind.TABLE]
    positions = []
    for unit in units:
        assert _fold(unit) in texts, f"not read as one block: {unit[:60]!r}"
        positions.append(texts.index(_fold(unit)))
    assert positions == sorted(positions)


_EN_CLAUSES = "\n".join(
    f"{k}.{i} The Supplier shall answer every ticket of priority {i} raised under "
    f"Section {k} within {k * i} hours of its receipt, and shall keep the Customer informed of "
    "the progress of the ticket until it is resolved or closed by agreement."
    for k in range(1, 3) for i in range(1, 4))


def test_page_number_in_the_gutter(tmp_path: Path) -> None:
    doc, units = _read(tmp_path, "dash-en", f"""
        %% format: pdf
        %% language: en
        %% title: Support Terms
        %% header: Example Networks Ltd - Legal Terms
        %% footer: dash
        %% columns: 2

        # 1. Support
        {_EN_CLAUSES}
        # 2. Service Levels
        {_EN_CLAUSES.replace("ticket", "incident")}
    """)
    assert doc.pages == 1
    _assert_read_in_order(doc, units)


def test_page_filling_only_the_left_column_under_a_header(tmp_path: Path) -> None:
    clauses = "\n".join(
        f"{i}.1 服务商违反本协议第{i}条的，平台有权视情节采取警告、下架应用、冻结结算款、"
        "终止合作等措施，并要求服务商赔偿由此造成的全部损失。" for i in range(1, 6))
    doc, units = _read(tmp_path, "left-zh", f"""
        %% format: pdf
        %% language: zh
        %% title: 服务商协议
        %% header: 文企办公开放平台
        %% footer: page-of
        %% columns: 2

        # 一、违约处理
        {clauses}
    """)
    _assert_read_in_order(doc, units)


def test_table_filling_the_right_column_beside_the_left(tmp_path: Path) -> None:
    paras = "\n".join(
        f"{i}. 乙方应按照本合同附件的要求派驻运维人员，在履行期限内提供第{i}项运维服务，"
        "并对服务过程中形成的文档妥善保管，不得擅自对外提供。" for i in range(1, 7))
    rows = "\n".join(
        f"| 第{i}项服务 | 信息化运维服务外包项目第{i}期，含网络、主机、存储、数据库及应用系统的"
        f"日常巡检、故障处理、安全加固和应急保障 | {i * 10}万元 |" for i in range(1, 8))
    doc, units = _read(tmp_path, "beside-zh", f"""
        %% format: pdf
        %% language: zh
        %% title: 政府采购合同（服务类）
        %% header: 政府采购合同编号：XJCG-GK-2024-0117-1
        %% footer: zh
        %% columns: 2

        # 一、合同标的
        {paras}
        [table-title: 表1 合同标的及金额]
        | 服务内容 | 说明 | 金额 |
        {rows}
        # 二、履行期限
        {paras.replace("运维", "驻场")}
    """)
    _assert_read_in_order(doc, units)
    assert [b.kind for b in doc.blocks].count(BlockKind.TABLE) == 1


_CJK_PARA = ("乙方应当按照合同约定派驻运维人员，提供日常巡检、故障处理及应急保障服务，"
             "并妥善保管服务过程中形成的全部文档资料，未经甲方书面同意不得对外提供。")


def test_table_in_the_left_column_standing_into_the_gutter(tmp_path: Path) -> None:
    """Lines of full-width characters stop short of the column's edge; the
    table's rules run to it, into the gutter found from the text."""
    left = "\n".join(_CJK_PARA.replace("运维", k) for k in ("运维", "驻场", "技术", "安全"))
    right = "\n".join(_CJK_PARA.replace("运维", k) for k in ("培训", "咨询", "开发", "测试",
                                                                "值守", "备份", "巡检", "审计"))
    rows = "\n".join(f"| {k} | 等级保护三级、可信云服务认证 |" for k in ("国内", "国际", "行业"))
    doc, units = _read(tmp_path, "gutter-zh", f"""
        %% format: pdf
        %% language: zh
        %% title: 安全白皮书
        %% header: 千程云安全白皮书
        %% footer: zh
        %% columns: 2

        # 一、安全合规
        {left}
        [table-title: 表一 主要合规认证]
        | 类别 | 认证或评估 |
        {rows}
        {left.replace("乙方", "我方")}
        # 二、安全运营
        {right}
    """)
    _assert_read_in_order(doc, units)
