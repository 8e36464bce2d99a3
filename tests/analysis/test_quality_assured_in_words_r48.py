"""quality-metrics (zh): the quality of the network or the media assured in words, no figure
("并在全国多地部署缓存节点，保障用户的网络访问质量", "京穹云提供BGP多线接入，保障用户的网络访问质量"),
which a doubting model (as out of fold) dropped: addressed, vague (a keyword and addressed_by). Not
where the quality is only the purpose of something else ("为保证通话质量，实时音视频数据可能经由…转发
节点传输", "提升音视频质量" among the purposes of personal data): missing."""


from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 二、服务说明
    2.8 网络接入性能：本CDN服务不限制用户的公网出口带宽，并在全国多地部署缓存节点，保障用户的网络访问质量。
    """,
    """
    # 二、云主机
    2.10 公网带宽：用户可为每台云主机选择所需的出口带宽。本公司提供BGP多线接入，确保用户的访问质量。
    """,
], ids=["cdn", "bgp"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_quality_in_words_is_vague(reviewed: ReviewContract, doubting: RelevanceModel, body: str, fmt: str) -> None:
    f = reviewed(body, fmt=fmt, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_quality_as_a_purpose_is_not_addressed(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 四、个人信息的跨境传输
        4.2 境外学员上课时，为保证通话质量，实时音视频数据可能经由香港的转发节点传输，但不会在境外存储。
        """, language="zh").finding("quality-metrics")
    assert f.status is Status.MISSING, (f.status, f.reasons)
