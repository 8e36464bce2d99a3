"""verbatim.py, the paraphrase audit's measure: the longest run of English words or
Chinese characters a document shares with its sources, markup and punctuation aside."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts import load_script

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def verbatim() -> ModuleType:
    return load_script(HERE / "verbatim.py", "corpus_real_verbatim")


SOURCE_EN = ("<p>We will respond to <b>Severity 1</b> incidents within thirty (30) minutes, "
             "at any hour of any day, including public holidays.</p> See https://example.com/sla.")


def test_english_runs_are_counted_in_words_ignoring_case_tags_and_punctuation(verbatim: ModuleType) -> None:
    document = ("%% format: docx\n%% language: en\n\n# 4. Support\n"
                "4.1 The Vendor will respond to severity 1 incidents within thirty (30) minutes; "
                "the Customer pays the fees.\n")
    (longest, *_) = verbatim.shared_runs(document, [SOURCE_EN], "en")
    assert longest.text == "will respond to severity 1 incidents within thirty 30 minutes"
    assert (longest.length, longest.first_line, longest.last_line) == (10, 5, 5)


def test_a_run_does_not_cross_from_one_source_into_the_next(verbatim: ModuleType) -> None:
    document = "%% language: en\nalpha beta gamma delta\n"
    runs = verbatim.shared_runs(document, ["one two alpha beta", "gamma delta three"], "en")
    assert [r.length for r in runs] == [2, 2]


def test_chinese_runs_are_counted_in_characters_over_lines(verbatim: ModuleType) -> None:
    source = "乙方应在收到故障通知后三十分钟内响应，并在四小时内恢复服务。"
    document = "%% language: zh\n# 第三条 服务\n3.1 乙方应在收到故障通知后三十分钟内响应\n并在四小时内给出方案。\n"
    assert verbatim.language_of(document) == "zh"
    (longest, *_) = verbatim.shared_runs(document, [source], "zh")
    # "响应" ends line 3 and "并在四小时内" opens line 4: punctuation and line breaks aside, one run.
    assert longest.text == "乙方应在收到故障通知后三十分钟内响应并在四小时内"
    assert (longest.length, longest.first_line, longest.last_line) == (24, 3, 4)


def test_the_command_fails_only_over_the_limit(verbatim: ModuleType, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "source.txt"
    source.write_text(SOURCE_EN, encoding="utf-8")
    close = tmp_path / "close.txt"
    close.write_text("%% language: en\nWe will respond to Severity 1 incidents within thirty (30) minutes, "
                     "at any hour of any day.\n", encoding="utf-8")
    own = tmp_path / "own.txt"
    own.write_text("%% language: en\nTop-severity incidents get a first answer in half an hour, "
                   "day or night.\n", encoding="utf-8")
    assert verbatim.main([str(close), str(source)]) == 1
    assert "17 words" in capsys.readouterr().out
    assert verbatim.main([str(own), str(source)]) == 0
