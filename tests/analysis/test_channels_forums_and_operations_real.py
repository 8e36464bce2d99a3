"""support-channels: a forum or a Discord channel is a channel ("Help with self-hosting is
available through the community forum", "community-supported through the forums, the
community Discord channel"); 运行维护 (operations) is no maintenance notice
("提供7×24小时的运行维护，并以电话、邮件和在线工单等方式提供技术支持"); a confidentiality rule naming
the forms of communication, or what a privacy notice collects when the user writes in, is no
channel."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 3. Support
        3.1 Help with self-hosting is available through the community forum.
        """),
    ("en", """
        # 3. Support
        3.3 Free Tier customers are community-supported through the Acme forums and the community Discord channel.
        """),
    ("zh", """
        # 三、服务保障
        3.2 乙方为服务提供专业团队7×24小时的运行维护，并以电话、邮件和在线工单等方式提供技术支持。
        """),
])
def test_the_channel_is_met(reviewed: ReviewContract, unsure: RelevanceModel, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("body", [
    "# 3. Confidentiality\n"
    "3.5 All communications between the parties are strictly confidential. Disclosing telephone calls, quotations,"
    " support tickets or emails to any third party is forbidden.\n",
    "# 2. Information we collect\n"
    "2.2 If you post in our community forums or contact our support team, we collect the information you provide.\n",
])
def test_no_channel(reviewed: ReviewContract, doubting: RelevanceModel, body: str) -> None:
    f = reviewed(body, title="Privacy and Terms").finding("support-channels")
    assert f.status is Status.MISSING, (f.status, f.reasons)
