"""support-channels: an e-mail address, a hotline or a portal named for something other than
support (LABELLING.md) does not address the item: when a notice by e-mail counts as
delivered, where to report a security vulnerability, the address a dispute's notice goes
to, what a privacy policy records when the user contacts customer service, a privacy
notice's "how to contact us"; a support channel beside them stays met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
        # 云服务服务协议
        ## 十三、通知与送达
        13.1 您同意我们通过在网站发布公告或发送站内信的方式向您发送通知。
        13.2 通知在下列时间视为送达：
        - 电子邮件：发送至您提供的电子邮箱之时；
        - 站内信：发出之时。
        """),
    ("en", "# 9. Security\n"
           "9.1 If you find any vulnerability in the Services, report it at once, with the details, by email to"
           " security@acme.example. We appreciate working with bug reporters.\n"),
    ("en", "# 11. Disputes\n"
           "11.1 The parties will try to resolve any Claim informally. The written notice of the Claim must be"
           " sent by email to support@acme.example.\n"),
    ("zh", """
        # 二、我们如何收集和使用您的个人信息
        2.4 客户服务：您通过在线客服或客服邮箱与我们联系时，我们会记录您的联系方式及沟通内容。
        """),
    ("en", """
        # 5. Your rights and how to contact us
        5.1 Send your request by e-mail to our privacy contact or by post to our office in Berlin.
        """),
])
def test_a_channel_for_something_else_is_no_support_channel(
        reviewed: ReviewContract, doubting: RelevanceModel, language: str, body: str) -> None:
    title = "云服务服务协议" if language == "zh" else "Terms of Service"
    f = reviewed(body, language=language, title=title).finding("support-channels")
    assert f.status is Status.MISSING, (f.status, f.reasons)


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 4. Support
        4.1 Customer may open a support ticket in the support portal or by e-mail to support@acme.example.
        4.2 Security vulnerabilities should be reported to security@acme.example.
        """),
    ("zh", """
        # 四、技术支持
        4.1 甲方可通过工单系统或拨打7×24小时热线400-800-1234报障。
        4.2 通知在下列时间视为送达：
        - 电子邮件：发送至甲方提供的电子邮箱之时。
        """),
])
def test_a_support_channel_beside_them_stays_met(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)
