"""A contract in traditional Chinese, judged as if printed in simplified characters.

The checklist's Chinese phrases and the relevance model are written in simplified
characters: against "服務等級協議", "回應時間", "7×24小時技術支援" they find nothing,
and a contract from Taiwan or Hong Kong came out almost all "missing". A
contract mostly in traditional characters is therefore judged on clauses whose
traditional characters are read as their simplified forms (`hanzi.simplified`), one
character for one, and the findings are given back in the contract's own
characters: quotes, clause numbers, facts and reasons (`TraditionalReading.restore`).
A contract in simplified characters, English or both is judged as it is (a few
traditional characters in a name or a quote do not make it traditional).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from reviewer.analysis.hanzi import simplified, traditional_count
from reviewer.analysis.hanzi_table import PAIRS
from reviewer.bilingual import Text
from reviewer.clause import Clause
from reviewer.review import Finding, Review

# A contract is read as traditional when at least this share of its Chinese
# characters (and punctuation) are traditional-only ones (in running traditional text 15-25 % are;
# in simplified text none but a stray name), and at least MIN_TRADITIONAL of them.
TRADITIONAL_SHARE = 0.05
MIN_TRADITIONAL = 20


def _texts(clause: Clause) -> Iterable[str]:
    yield clause.text
    for part in (clause.number, clause.heading, clause.table_title, clause.defined_term):
        if part:
            yield part
    yield from clause.cells or ()
    yield from clause.table_header or ()


def is_traditional(clauses: Iterable[Clause]) -> bool:
    """Whether the contract is written in traditional characters (see `TRADITIONAL_SHARE`)."""
    return _is_traditional(_whole(clauses))


def _is_traditional(whole: str) -> bool:
    # Characters from U+0800 on take three bytes in UTF-8: ideographs and Chinese
    # punctuation, counted without a pass in Python.
    wide = (len(whole.encode("utf-8", "surrogatepass")) - len(whole)) / 2
    if wide < MIN_TRADITIONAL:
        return False
    traditional = traditional_count(whole)
    return traditional >= MIN_TRADITIONAL and traditional >= TRADITIONAL_SHARE * wide


def _whole(clauses: Iterable[Clause]) -> str:
    """The contract's Chinese texts as one string (the ASCII-only ones left out)."""
    return "\n".join(text for c in clauses for text in _texts(c) if not text.isascii())


# Words Taiwan and Hong Kong write otherwise than the mainland, whose words the checklist
# uses ("回應時間", "技術支援", "資訊安全", "3個營業日"), read as the mainland's: after the
# characters (so in simplified characters), each of the same length, so the reading
# stays one character for one.
_WORDS = {
    "伺服器": "服务器", "资料库": "数据库", "营业日": "工作日", "工作天": "工作日",
    "回应": "响应", "支援": "支持", "资讯": "信息", "讯息": "信息", "软体": "软件", "硬体": "硬件",
    "网路": "网络", "资料": "数据", "品质": "质量", "程式": "程序", "视讯": "视频", "音讯": "音频",
    "线上": "在线", "预设": "默认", "通讯": "通信", "电邮": "邮件", "水准": "水平", "维运": "运维",
    "资安": "安全", "侦测": "检测", "稽核": "审计", "移转": "转移", "储存": "存储",
}
_WORD = re.compile("|".join(sorted(_WORDS, key=len, reverse=True)))


def mainland(text: str) -> str:
    """`simplified(text)` with Taiwan's and Hong Kong's words read as the mainland's (same length)."""
    text = simplified(text)
    return text if text.isascii() else _WORD.sub(lambda m: _WORDS[m.group()], text)


def _read_clause(clause: Clause, read: Callable[[str], str]) -> Clause:
    def r(text: str | None) -> str | None:
        return None if text is None else read(text)

    return replace(
        clause, text=read(clause.text), number=r(clause.number), heading=r(clause.heading),
        table_title=r(clause.table_title), defined_term=r(clause.defined_term),
        cells=None if clause.cells is None else tuple(map(read, clause.cells)),
        table_header=None if clause.table_header is None else tuple(map(read, clause.table_header)),
    )


class TraditionalReading:
    """A traditional contract's clauses in simplified characters, and the way back."""

    __slots__ = ("_back", "clauses")

    def __init__(self, clauses: tuple[Clause, ...], back: Mapping[int, str]) -> None:
        self.clauses = clauses
        self._back = back  # a str.translate table: simplified -> the contract's own character

    @classmethod
    def of(cls, clauses: tuple[Clause, ...]) -> TraditionalReading | None:
        """The simplified reading of a traditional contract, else None."""
        whole = _whole(clauses)
        if not _is_traditional(whole):
            return None
        read = tuple(_read_clause(c, simplified) for c in clauses)
        # Which character of the contract each simplified one stands for here: the
        # contract's most frequent ("后" read from "後" in "之後", and left alone where
        # the contract prints "后" itself more often). The reading is one character for
        # one, so the two texts of a clause line up.
        seen: dict[str, Counter[str]] = {}
        for original, simple in zip(clauses, read, strict=True):
            for a, b in zip(_texts(original), _texts(simple), strict=True):
                if a != b:
                    for x, y in zip(a, b, strict=True):
                        if x != y:
                            seen.setdefault(y, Counter())[x] += 1
        for y, counts in seen.items():
            counts[y] = whole.count(y)
        back = {ord(y): x for y, counts in seen.items() if (x := counts.most_common(1)[0][0]) != y}
        # The words are read after the way back is known: a character the words change
        # ("响" of "回应") stands for the contract's own "響" elsewhere.
        return cls(tuple(_read_clause(c, mainland) for c in clauses), back)

    def back(self, text: str) -> str:
        """A text of the judging (a quote, a reason, a level's name) in the contract's characters."""
        return text if text.isascii() else text.translate(self._back)

    def restore(self, finding: Finding) -> Finding:
        """The finding in the contract's characters: clause numbers, facts, reasons."""
        return replace(
            finding,
            # Evidence quotes the printed clauses already (`ReviewContext.printed`).
            evidence=tuple(replace(e, clause_number=self.back(e.clause_number)) if e.clause_number else e
                           for e in finding.evidence),
            reasons=tuple(self._text(r) for r in finding.reasons),
            facts={k: self._value(v) for k, v in finding.facts.items()},
            deviations=tuple(replace(d, message=self._text(d.message)) for d in finding.deviations),
        )

    def _text(self, text: Text) -> Text:
        return Text(self.back(text.en), self.back(text.zh))

    def _value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.back(value)
        if isinstance(value, list | tuple):
            return type(value)(self._value(v) for v in value)
        if isinstance(value, dict):
            return {k: self._value(v) for k, v in value.items()}
        return value


# Of a simplified character's several traditional forms, the one a contract's wording
# means ("分钟" 分鐘, "必须" 必須, "发生" 發生, "日志" 日誌), where the contract prints none of them.
# "恢复" is 恢復, not the table's only form 複.
_USUAL_FORM = {"钟": "鐘", "须": "須", "发": "發", "复": "復", "历": "歷", "获": "獲", "汇": "匯",
               "尽": "盡", "冲": "衝", "志": "誌"}


class ContractScript:
    """Wording the tool writes into a traditional contract (a redline's clause, its comments),
    in the contract's own characters.

    A simplified character becomes the traditional one the contract itself prints most ("后"
    as "後" where the contract writes "之後", "面" kept where it writes "書面"); one the
    contract never prints, its only traditional form ("这" -> "這") or the usual one of
    several (`_USUAL_FORM`), else it stays.
    """

    __slots__ = ("_written",)

    def __init__(self, whole: str) -> None:
        counts = Counter(whole)
        forms: dict[str, list[str]] = {}
        for t, s in zip(PAIRS[0::2], PAIRS[1::2], strict=True):
            forms.setdefault(s, []).append(t)
        written: dict[int, str] = {}
        for s, ts in forms.items():
            seen = max([s, *ts], key=lambda c: counts[c])
            if counts[seen]:
                if seen != s:
                    written[ord(s)] = seen
            elif s in _USUAL_FORM:
                written[ord(s)] = _USUAL_FORM[s]
            elif len(ts) == 1:
                written[ord(s)] = ts[0]
        self._written = written

    @classmethod
    def of(cls, clauses: tuple[Clause, ...]) -> ContractScript | None:
        """The script of a contract in traditional characters, else None."""
        whole = _whole(clauses)
        return cls(whole) if _is_traditional(whole) else None

    def written(self, text: str) -> str:
        """`text` (simplified) in the contract's characters, one character for one."""
        return text if text.isascii() else text.translate(self._written)

    @staticmethod
    def read(text: str) -> str:
        """The contract's text as the checklist's phrases read it (`mainland`), position for position."""
        return mainland(text)


def contract_wording(review: Review) -> Callable[[str], str]:
    """How wording proposed for the contract is written: in a traditional contract's own
    characters (`ContractScript.written`), else as it is."""
    script = ContractScript.of(review.clauses)
    return script.written if script else str  # str: the text itself
