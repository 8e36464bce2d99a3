"""No text is lost or duplicated, whatever the numbering mix (hypothesis).

The clauses' number + heading + text, in order, must spell every block's
text exactly once. Compared modulo whitespace and the punctuation that the
segmenter may drop between a number, a heading and a body ("5.2 Fees. The",
"Schedule 1 – Levels", "【服务响应】"); every other character must survive in
order, which rules out both loss and duplication.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.clause import Clause, ClauseKind
from reviewer.document import Block, BlockKind, Document, Location, Table, TableRow
from reviewer.segment import segment

_DROPPABLE = set(".:：-–—【】[]")


def _norm(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in _DROPPABLE)


_CN = "一二三四五六七八九十"
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
_NUMBERS = [
    lambda n: f"{n}.", lambda n: f"{n}.{n % 4 + 1}", lambda n: f"{n}.1.{n}",
    lambda n: f"({chr(96 + n)})", lambda n: f"({_ROMAN[n - 1]})", lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(64 + n)})", lambda n: f"Article {n}",
    lambda n: f"ARTICLE {_ROMAN[n - 1].upper()}",
    lambda n: f"Section {n}.2", lambda n: f"Clause {n}", lambda n: f"§ {n}",
    lambda n: f"Schedule {n}", lambda n: f"Annex {chr(64 + n)}", lambda n: f"Appendix {n}",
    lambda n: f"A.{n}", lambda n: f"第{_CN[n - 1]}条", lambda n: f"第{n}条",
    lambda n: f"第{_CN[n - 1]}章", lambda n: f"第{_CN[n - 1]}节", lambda n: f"{_CN[n - 1]}、",
    lambda n: f"（{_CN[n - 1]}）", lambda n: f"({_CN[n - 1]})", lambda n: f"{n}）",
    lambda n: f"{n})", lambda n: "①②③④⑤⑥⑦⑧⑨⑩"[n - 1], lambda n: f"{n}、",
    lambda n: "•", lambda n: f"{n}",
]
_TITLES = ["Response Times", "Fees", "SUPPORT SERVICES", "Limitation of Liability", "服务响应",
           "保密", "【服务等级】", "Definitions"]
_BODIES = [
    "The Supplier shall respond within 30 minutes.", "“Business Hours” means 9:00-18:00.",
    '"Business Day" shall mean Monday to Friday', "乙方应在接到通知后30分钟内响应。",
    "本协议所称“严重故障”，是指服务完全中断。", "within one hour;", "and", "Section 3.2 of this",
    "(the Customer) shall pay", "30 days after", "A. Smith", "i.e. within",
]
_free_text = st.text(
    alphabet=st.sampled_from(list("abcXYZ019 .:;()（）“”\"-–、。，第条一二三服务ivx§①•\n\t")),
    max_size=30,
)


@st.composite
def _paragraph(draw: st.DrawFn, docx: bool) -> Block:
    number = draw(st.none() | st.builds(lambda f, n: f(n), st.sampled_from(_NUMBERS),
                                        st.integers(1, 9)))
    title = draw(st.none() | st.sampled_from(_TITLES))
    body = draw(st.sampled_from(_BODIES) | st.just("") | _free_text)
    sep = draw(st.sampled_from([" ", "", "  ", ". ", ": ", " – "]))
    text = f"{title}{sep}{body}" if title else body
    kind = draw(st.sampled_from([BlockKind.PARAGRAPH] * 4 + [BlockKind.HEADING]))
    level = draw(st.none() | st.integers(1, 3)) if kind is BlockKind.HEADING else None
    bold = draw(st.booleans())
    if number is not None and docx and draw(st.booleans()):
        return Block(kind, text, Location(index=0), level=level, number=number, bold=bold)
    gap = draw(st.sampled_from([" ", "", "\u3000"]))
    full = f"{number}{gap}{text}" if number is not None else text
    return Block(kind, full, Location(page=1), level=level, bold=bold)


_cell = st.sampled_from(["P1", "30 minutes", "", "4 hours", "紧急", "99.9%"]) | _free_text


@st.composite
def _table(draw: st.DrawFn) -> Block:
    width = draw(st.integers(1, 4))
    header = tuple(draw(st.lists(_cell, min_size=width, max_size=width))) if draw(
        st.booleans()) else ()
    rows = draw(st.lists(st.lists(_cell, min_size=width, max_size=width), min_size=1,
                         max_size=4))
    title = draw(st.none() | st.sampled_from(["Table 1 Severity", "表1 服务等级"]))
    body = tuple(TableRow(tuple(r)) for r in rows)
    return Block(BlockKind.TABLE, "", Location(page=1), table=Table(header, body, title))


@st.composite
def _number_then_title(draw: st.DrawFn) -> list[Block]:
    """"ARTICLE 5" on one line, its title on the next: the pair the segmenter joins."""
    number = draw(st.sampled_from(_NUMBERS))(draw(st.integers(1, 9)))
    title = draw(st.sampled_from(_TITLES))
    kind = draw(st.sampled_from([BlockKind.PARAGRAPH, BlockKind.HEADING]))
    return [Block(BlockKind.PARAGRAPH, number, Location(page=1)),
            Block(kind, title, Location(page=1))]


@st.composite
def _documents(draw: st.DrawFn) -> Document:
    docx = draw(st.booleans())
    chunks = draw(st.lists(
        _paragraph(docx).map(lambda b: [b]) | _table().map(lambda b: [b]) | _number_then_title(),
        min_size=1, max_size=40))
    blocks = tuple(b for chunk in chunks for b in chunk)
    return Document("c.docx" if docx else "c.pdf", "docx" if docx else "pdf", blocks)


def _block_parts(block: Block) -> list[str]:
    if block.table is not None:
        return ["".join(r.cells) for r in block.table.rows]
    return [f"{block.number or ''}{block.text}"]


def _clause_parts(clause: Clause) -> str:
    if clause.kind is ClauseKind.TABLE_ROW:
        return "".join(clause.cells or ())
    return f"{clause.number or ''}{clause.heading or ''}{clause.text}"


@settings(max_examples=400, deadline=None)
@given(_documents())
def test_every_block_text_appears_exactly_once(document: Document) -> None:
    clauses = segment(document)
    expected = "".join(_norm(p) for b in document.blocks for p in _block_parts(b))
    got = "".join(_norm(_clause_parts(c)) for c in clauses)
    assert got == expected
    # The tree is well formed: parents come first, levels follow parents.
    for c in clauses:
        assert c.index == clauses.index(c)
        if c.parent is None:
            assert c.level == 1
        else:
            assert c.parent < c.index
            assert c.level == clauses[c.parent].level + 1
    # Table rows carry what the header row and caption said.
    for b in document.blocks:
        if b.table is None:
            continue
        rows = [c for c in clauses if c.kind is ClauseKind.TABLE_ROW
                and c.table_title == (b.table.title or None)]
        if any(any(cell.strip() for cell in r.cells) for r in b.table.rows):
            assert rows


def test_the_property_can_fail() -> None:
    # The comparison above is strict: one lost word breaks it.
    assert _norm("5.2 Fees. The Supplier") != _norm("5.2 Fees The")
