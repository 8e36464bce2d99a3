# ruff: noqa: E501
"""A table's figures that the paragraph right below it disowns ("上表中的延迟是实验室环境下测得的典型
数值，仅供参考，不构成乙方对实际延迟的承诺", "The figures in the table above are indicative and not a
commitment") are targets for the items read row by row (quality-metrics, availability), as they
already are for the per-level times: the rows are not met. The same table without the sentence
below it is met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

ZH_TABLE = """
    # 三、直播延迟
    3.1 各协议的端到端延迟如下：
    | 协议 | 端到端延迟 |
    | WebRTC | 不超过500毫秒 |
    | HLS | 不超过8秒 |
    """
EN_TABLE = """
    # 3. Latency
    3.1 The end-to-end latency of each protocol is as follows:
    | Protocol | End-to-end latency |
    | WebRTC | at most 500 milliseconds |
    | HLS | at most 8 seconds |
    """


@pytest.mark.parametrize(("language", "body"), [
    ("zh", ZH_TABLE + "    3.2 上表中的延迟是乙方在实验室网络环境下测得的数值，仅供甲方选择协议时参考，不构成乙方对实际延迟的承诺。\n"),
    ("en", EN_TABLE + "    3.2 The latency figures in the table above were measured in a laboratory network and are not a commitment for actual latency.\n"),
])
def test_a_table_disowned_below_is_not_met(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("quality-metrics")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize(("language", "body"), [("zh", ZH_TABLE), ("en", EN_TABLE)])
def test_the_table_alone_is_met(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("quality-metrics")
    assert f.status is Status.MET, (f.status, f.reasons)
