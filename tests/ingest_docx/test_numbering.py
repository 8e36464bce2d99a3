"""Word automatic numbering: the exact labels a reader sees, in order."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from reviewer.document import BlockKind, Document
from reviewer.ingest.docx import read_docx
from tests.fixtures import docx_factory as f


def numbers(doc: Document) -> list[str]:
    return [b.number for b in doc.blocks if b.number]


def test_english_multilevel_and_article_labels(tmp_path: Path) -> None:
    doc = read_docx(f.english_support_contract(tmp_path / "en.docx"))
    assert numbers(doc) == [
        "Article I", "1.", "1.1", "1.2", "(a)", "(b)", "(i)", "(ii)", "2.", "2.1",
        "Article II", "3.", "3.1", "3.2", "Article III", "4.",
    ]
    assert numbers(doc) == f.EN_NUMBERS
    # The label is kept out of the text, and each paragraph carries its own label.
    by_text = {b.text: b.number for b in doc.blocks}
    assert by_text["Support Services"] == "2."
    assert by_text["Priority 2 (High): a major function is degraded."] == "(b)"
    assert by_text["Technical Support Agreement"] is None


def test_chinese_articles_and_clauses(tmp_path: Path) -> None:
    doc = read_docx(f.chinese_contract(tmp_path / "zh.docx"))
    assert numbers(doc) == [
        "第一条", "第二条", "一、", "（一）", "①", "②", "（二）", "二、", "（一）", "第三条",
        "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条", "第十一条",
        "第十二条",
    ]
    assert numbers(doc) == f.ZH_NUMBERS
    assert doc.language == "zh"
    heading = next(b for b in doc.blocks if b.number == "第十一条")
    assert (heading.kind, heading.level, heading.text) == (BlockKind.HEADING, 1, "其他")
    assert "第十一条 其他" in doc.text.splitlines()


def test_numbering_from_paragraph_styles(tmp_path: Path) -> None:
    doc = read_docx(f.style_numbering_contract(tmp_path / "styles.docx"))
    labelled = [(b.text, b.number) for b in doc.blocks][: len(f.STYLE_PARAGRAPHS)]
    assert labelled == [(text, label) for _, _, text, label in f.STYLE_PARAGRAPHS]
    assert [b.number for b in doc.blocks][: len(f.STYLE_NUMBERS)] == [
        "1", "1.1", "1.2", "(a)", "2", "2.1", None, "3",
    ]


def test_restarts_overrides_shared_counters_and_formats(tmp_path: Path) -> None:
    doc = read_docx(f.restart_numbering_contract(tmp_path / "restarts.docx"))
    assert [b.number for b in doc.blocks] == f.RESTART_NUMBERS
    assert f.RESTART_NUMBERS == [
        "1.", "a)", "i.", "b)", "ii.", "3.", "i.", "1.", "2.", "3.", "Article I", "1.1",
        "05", "06", None, None, "A.", "B.",
    ]
    # The empty numbered paragraph is not a block, but it took label "2.".
    assert all(b.text for b in doc.blocks)


def test_bullets_keep_the_bullet_out_of_number_and_text(tmp_path: Path) -> None:
    doc = read_docx(f.restart_numbering_contract(tmp_path / "restarts.docx"))
    bullet = next(b for b in doc.blocks if b.text == "A bullet item")
    assert bullet.number is None
    assert "\uf0b7" not in doc.text


@pytest.mark.parametrize("factory", [f.english_support_contract, f.chinese_contract,
                                     f.style_numbering_contract,
                                     f.restart_numbering_contract])
def test_fixture_labels_are_automatic_not_typed(factory: object,
                                                          tmp_path: Path) -> None:
    # The labels exist only as Word numbering: python-docx's text has none of them.
    path = factory(tmp_path / "doc.docx")  # type: ignore[operator]
    texts = [p.text for p in docx.Document(str(path)).paragraphs if p.text]
    labels = set(numbers(read_docx(path)))
    assert labels
    assert not any(t.startswith(tuple(labels)) for t in texts)
