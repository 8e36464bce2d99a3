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
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from reviewer.analysis.hanzi import ALSO_TRADITIONAL, simplified, traditional_count, traditional_forms
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

    __slots__ = ("_printed", "_read", "_script", "clauses")

    def __init__(self, clauses: tuple[Clause, ...], printed: str, script: ContractScript) -> None:
        self.clauses = clauses
        self._printed = printed  # the contract's Chinese texts (`_whole`)
        self._read = mainland(printed)  # the same in the reading: character for character
        self._script = script

    @classmethod
    def of(cls, clauses: tuple[Clause, ...]) -> TraditionalReading | None:
        """The simplified reading of a traditional contract, else None."""
        whole = _whole(clauses)
        if not _is_traditional(whole):
            return None
        return cls(tuple(_read_clause(c, mainland) for c in clauses), whole, ContractScript(whole))

    def back(self, text: str) -> str:
        """A text of the judging (a reason, a deviation) in the contract's characters and words
        (`ContractScript.written`): the tool's own wording wholly traditional ("未约定"
        未約定), the contract's word where it prints it ("响应" 回應 where it writes 回應)."""
        return self._script.written(text)

    def printed(self, text: str) -> str:
        """A text the judging took from the contract (a level's name, a channel, a clause
        number) as the contract prints it where the reading has it ("邮件" 電郵), else `back`."""
        if text.isascii():
            return text
        at = self._read.find(text)
        return self._printed[at:at + len(text)] if at >= 0 else self.back(text)

    def restore(self, finding: Finding) -> Finding:
        """The finding in the contract's characters: clause numbers and facts as printed, reasons."""
        return replace(
            finding,
            # Evidence quotes the printed clauses already (`ReviewContext.printed`).
            evidence=tuple(replace(e, clause_number=self.printed(e.clause_number)) if e.clause_number else e
                           for e in finding.evidence),
            reasons=tuple(self._text(r) for r in finding.reasons),
            facts={k: self._value(v) for k, v in finding.facts.items()},
            deviations=tuple(replace(d, message=self._text(d.message)) for d in finding.deviations),
        )

    def _text(self, text: Text) -> Text:
        return Text(self.back(text.en), self.back(text.zh))

    def _value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.printed(value)
        if isinstance(value, list | tuple):
            return type(value)(self._value(v) for v in value)
        if isinstance(value, dict):
            return {k: self._value(v) for k, v in value.items()}
        return value


# Of a simplified character's several traditional forms, the one a contract's wording
# means ("分钟" 分鐘, "必须" 必須, "发生" 發生, "日志" 日誌, "并且" 並且, "采用" 採用), where
# the contract prints none of them. "恢复" is 恢復, not the table's only form 複.
_USUAL_FORM = {"钟": "鐘", "须": "須", "发": "發", "复": "復", "历": "歷", "获": "獲", "汇": "匯",
               "尽": "盡", "冲": "衝", "志": "誌", "并": "並", "当": "當", "采": "採", "坛": "壇",
               "伪": "偽"}

# The mainland's words the tool writes and Taiwan's or Hong Kong's for them (`_WORDS`, read
# the other way). Not the abbreviations "电邮" (电子邮件) and "资安" (信息安全): their mainland
# counterparts are the general words, which the tool writes inside longer ones ("电子邮件",
# "网络安全").
def _turned_back() -> dict[str, tuple[str, ...]]:
    back: dict[str, tuple[str, ...]] = {}
    for tw, ml in _WORDS.items():
        if tw not in ("电邮", "资安"):
            back[ml] = (*back.get(ml, ()), tw)
    return back


_TURNED_BACK = _turned_back()


def _characters(counts: Counter[str]) -> dict[int, str]:
    """The translate table of `ContractScript.written`: simplified -> the contract's character."""
    written: dict[int, str] = {}
    for s, ts in traditional_forms().items():
        seen = max((*ts, s), key=counts.__getitem__)  # a tie: the traditional form
        if counts[seen]:
            chosen = seen
        elif s in _USUAL_FORM:
            chosen = _USUAL_FORM[s]
        else:
            chosen = s if s in ALSO_TRADITIONAL or len(ts) > 1 else ts[0]
        if chosen != s:
            written[ord(s)] = chosen
    return written


def _words(simple: str) -> dict[str, str]:
    """Mainland words -> the word the contract (read in simplified characters) prints more often."""
    words: dict[str, str] = {}
    for ml, tws in _TURNED_BACK.items():
        tw = max(tws, key=simple.count)
        if simple.count(tw) > simple.count(ml):
            words[ml] = tw
    return words


class ContractScript:
    """Wording the tool writes for a traditional contract (a redline's clause, its comments, a
    finding's reasons), in the contract's own characters and words, one character for one.

    A simplified character becomes the traditional one the contract itself prints most ("后"
    as "後" where the contract writes "之後", "面" kept where it writes "書面"); one the
    contract never prints, its only traditional form ("这" -> "這") or the usual one of
    several (`_USUAL_FORM`), else it stays (`hanzi.ALSO_TRADITIONAL`: "合同", "出具"). A
    mainland word becomes Taiwan's or Hong Kong's where the contract prints that more often
    ("响应" -> "回應" in a contract that writes 回應時間, kept in one that writes 響應).
    """

    __slots__ = ("_word", "_words", "_written")

    def __init__(self, whole: str) -> None:
        self._written = _characters(Counter(whole))
        self._words = _words(simplified(whole))
        self._word = re.compile("|".join(sorted(self._words, key=len, reverse=True))) if self._words else None

    @classmethod
    def of(cls, clauses: tuple[Clause, ...]) -> ContractScript | None:
        """The script of a contract in traditional characters, else None."""
        whole = _whole(clauses)
        return cls(whole) if _is_traditional(whole) else None

    def written(self, text: str) -> str:
        """`text` (simplified) in the contract's characters and words, one character for one."""
        if text.isascii():
            return text
        if self._word is not None:
            text = self._word.sub(lambda m: self._words[m.group()], text)
        return text.translate(self._written)

    @staticmethod
    def read(text: str) -> str:
        """The contract's text as the checklist's phrases read it (`mainland`), position for position."""
        return mainland(text)


def contract_wording(review: Review) -> Callable[[str], str]:
    """How wording proposed for the contract is written: in a traditional contract's own
    characters (`ContractScript.written`), else as it is."""
    script = ContractScript.of(review.clauses)
    return script.written if script else str  # str: the text itself
