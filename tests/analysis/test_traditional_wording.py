"""What the tool writes for a contract in traditional Chinese (Taiwan, Hong Kong) is wholly
in traditional characters and in the contract's own words: a finding's reasons and
deviations, the redline's clauses and comments, the issue list's asks.

Its reasons were written by the judge in simplified characters and only the characters the
contract prints were turned back ("未约定解决时间" came out "未約定解决時間"); and the tool's
wording said 响应/響應 where the contract says 回應. Each contract is a real DOCX or PDF read
through the whole pipeline."""

# Contract clauses are one line each in the corpus markup: long lines are the data.

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from reviewer import api
from reviewer.analysis.hanzi import ALSO_TRADITIONAL, traditional_count, traditional_forms
from reviewer.analysis.traditional import ContractScript
from reviewer.export.issue_list import issues
from reviewer.language import Language
from reviewer.review import Review
from tests.analysis.test_traditional_chinese_contract import SIMPLIFIED, TRADITIONAL

ReviewContract = Callable[..., Review]
MakeContract = Callable[..., Path]

# A character the hanzi table gives a traditional form other than itself, and which
# traditional text does not print as it is ("这", "约", "决"; not "合同", "出具").
SIMPLIFIED_ONLY = {s for s, forms in traditional_forms().items()
                   if s not in forms and s not in ALSO_TRADITIONAL}

# The same contract where it writes 響應 (as Hong Kong's often do) rather than 回應.
RESPONSE_HK = TRADITIONAL.replace("回應", "響應")


# The same contract reached by Taiwan's words for its channels (電郵 for 電子郵件, 線上).
CHANNELS_TW = TRADITIONAL.replace("甲方可通過服務熱線、電子郵件或工單系統提交問題",
                                  "甲方可通過客服專線、電郵或線上工單提交問題")


def _simplified_only(text: str) -> str:
    return "".join(c for c in text if c in SIMPLIFIED_ONLY)


def _written(review: Review) -> Iterable[tuple[str, str]]:
    """Every reason and deviation of the review, English and Chinese, with its item."""
    for f in review.findings:
        for text in (*f.reasons, *(d.message for d in f.deviations)):
            yield f.item_id, text.zh
            yield f.item_id, text.en


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_reasons_of_a_traditional_contract_are_wholly_traditional(reviewed: ReviewContract, fmt: str) -> None:
    review = reviewed(TRADITIONAL, fmt=fmt, language="zh")
    texts = list(_written(review))
    for item_id, text in texts:
        assert not _simplified_only(text), (item_id, text, _simplified_only(text))
    zh = "\n".join(text for _, text in texts)
    assert "合同未涉及" in zh  # the tool's own wording: 合同 stays, never 閤衕
    assert "回應" in zh and "響應" not in zh  # the contract's word (it writes 回應時間)
    # The quotes are the printed clauses, untouched.
    clauses = {c.index: c for c in review.clauses}
    for f in review.findings:
        for ev in f.evidence:
            assert ev.clause_index is not None
            assert clauses[ev.clause_index].text in ev.text, (f.item_id, ev.text)
    # Facts that are the contract's words stay as it prints them.
    assert [lv["level"] for lv in review.finding("response-times").facts["levels"]] == ["一級", "二級", "三級"]


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_facts_and_clause_numbers_are_the_contracts_printed_words(reviewed: ReviewContract, fmt: str) -> None:
    review = reviewed(CHANNELS_TW, fmt=fmt, language="zh")
    printed = "\n".join(t for c in review.clauses for t in (c.text, c.number or "", *(c.cells or ())))
    facts = [(f.item_id, s) for f in review.findings for s in _strings(f.facts) if not s.isascii()]
    assert ("support-channels", "電郵") in facts  # read as "邮件", given back as printed
    for item_id, text in facts:
        assert text in printed, (item_id, text)
    numbers = [e.clause_number for f in review.findings for e in f.evidence if e.clause_number]
    assert numbers and all(n in printed for n in numbers)


def test_a_traditional_contract_that_writes_響應_keeps_it(reviewed: ReviewContract) -> None:
    review = reviewed(RESPONSE_HK, fmt="docx", language="zh")
    zh = "\n".join(text for _, text in _written(review))
    assert "響應" in zh and "回應" not in zh
    assert not _simplified_only(zh)


def _redline_text(review: Review, tmp_path: Path) -> tuple[str, str]:
    out = tmp_path / "redline.docx"
    api.write_redline(review, out)
    with zipfile.ZipFile(out) as z:
        comments = z.read("word/comments.xml").decode()
    return api.accept_all_text(out), comments


@pytest.mark.parametrize(("body", "word", "not_word"), [(TRADITIONAL, "回應", "響應"), (RESPONSE_HK, "響應", "回應")])
def test_redline_and_issue_list_use_the_contracts_word(contract: MakeContract, tmp_path: Path,
                                                      body: str, word: str, not_word: str) -> None:
    path = contract(body, fmt="docx", language="zh")
    review = api.review(path)
    printed = "\n".join(c.text for c in review.clauses)
    clean, comments = _redline_text(review, tmp_path)
    inserted = clean[len(printed):] if clean.startswith(printed) else "\n".join(
        line for line in clean.split("\n") if line not in printed)
    # The inserted definition of a response ("响应指合格工程师的人工确认…") in the contract's word.
    assert f"不視為{word}" in clean, inserted
    assert not_word not in inserted and "响应" not in clean
    assert not _simplified_only(inserted) and not _simplified_only(comments)
    asks = {i.item_id: i.ask for i in issues(review, lang=Language.ZH)}
    assert word in asks["response-clock"] and not _simplified_only(asks["response-clock"])
    assert all(not_word not in ask for ask in asks.values())


def test_a_simplified_contracts_wording_is_unchanged(contract: MakeContract, tmp_path: Path) -> None:
    review = api.review(contract(SIMPLIFIED, fmt="docx", language="zh"))
    zh = "\n".join(text for _, text in _written(review))
    assert "响应" in zh and traditional_count(zh) == 0
    clean, _comments = _redline_text(review, tmp_path)
    assert "不视为响应" in clean and traditional_count(clean) == 0
    asks = {i.item_id: i.ask for i in issues(review, lang=Language.ZH)}
    assert "响应" in asks["response-clock"] and traditional_count("".join(asks.values())) == 0


@pytest.mark.parametrize(("contract_text", "wording", "written"), [
    # Characters the contract does not print: the only or the usual traditional form,
    # or the character itself where traditional text prints it (合同, 出具, 书面 -> 書面).
    ("第一條 乙方應於24小時內書面通知甲方。", "合同未约定解决时间，并须出具报告", "合同未約定解決時間，並須出具報告"),
    # The contract's word where it prints it more often than the mainland's.
    ("乙方提供技術支援，回應時間15分鐘，資訊安全，3個營業日。", "技术支持的响应时间；信息安全；2个工作日",
     "技術支援的回應時間；資訊安全；2個營業日"),
    ("乙方提供技術支持，響應時間15分鐘。", "技术支持的响应时间", "技術支持的響應時間"),
    # An abbreviation (電郵 for 電子郵件) never doubles the general word it shortens.
    ("乙方以電郵通知甲方，電郵地址由甲方指定。", "通过电子邮件通知", "通過電子郵件通知"),
])
def test_contract_script_writes_the_contracts_characters_and_words(contract_text: str, wording: str,
                                                                   written: str) -> None:
    script = ContractScript(contract_text)
    assert script.written(wording) == written
    assert len(script.written(wording)) == len(wording)  # one character for one
