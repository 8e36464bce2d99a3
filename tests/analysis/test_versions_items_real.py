"""documentation-training, version-support-window and compatibility: wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    # Kept current as a standing duty, without naming the release it follows.
    ("en", """
        # 6. Documentation
        6.1 Our team is committed to keeping the setup guides and tutorials for the platform up to date.
        """),
    ("en", """
        # 6. Documentation
        6.1 Brightwave maintains the integration documentation for the gateway and posts release notes in the merchant portal.
        """),
    ("en", """
        # 6. Documentation
        6.1 The documentation for the Service is available in the customer portal. We revise these materials on a continuous basis.
        """),
    # A user guide under another name, revised with the software.
    ("zh", """
        # 六、文档
        6.1 平台为新注册的教师提供《课堂使用指南》，并随App版本升级同步修订。
        """),
])
def test_documentation_kept_current_as_a_standing_duty_is_met(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("documentation-training")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 六、帮助与支持
    6.1 您可在应用内“帮助中心”查阅预约、签到、退款等功能的使用指南。
    """,
    """
    # 六、帮助与支持
    6.1 我们在官网帮助中心提供摄像头绑定、云录像开通等功能的操作指引。
    """,
])
def test_a_user_guide_under_another_name_addresses_documentation(
        reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("documentation-training")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # Provided, but the vendor may change it at will without telling anyone: nothing keeps it current.
    ("zh", """
        # 六、文档
        6.1 乙方在开放平台提供SDK开发文档、接口说明及示例代码。上述文档可能随时修改，恕不另行通知。
        """),
    ("en", """
        # 6. Documentation
        6.1 Harbourline provides developer documentation, an API reference and sample code. Harbourline may change the documentation at any time without notice.
        """),
])
def test_documentation_changed_at_will_without_notice_is_vague(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("documentation-training")
    assert f.status is Status.VAGUE, f.reasons
