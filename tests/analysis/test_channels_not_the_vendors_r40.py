"""support-channels: where to send questions about the policy or agreement itself, or a
privacy officer's address, is no support channel however sure the relevance model is
(`exclude_always`: neither a keyword candidate nor a model's proposal); nor is the
customer's own e-mail address or phone number, which the vendor writes to. A support
channel beside them stays met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]
InstallModel = Callable[[float], RelevanceModel]

# Above matching.KEEP_EXCLUDED_ABOVE and ADD_ABOVE: a model sure every clause is about the item.
SURE = 0.9

POLICY_QUESTIONS = [
    ("zh", "# 十、如何联系我们\n"
           "如果您对本声明有任何疑问、意见或投诉，可以通过下列方式联系我们：个人信息保护专员邮箱"
           "privacy@acme.cn；客户服务热线400-810-6655（工作日9:00-18:00）。我们会在15个"
           "工作日内答复。\n"),
    ("zh", "# 十、联系我们\n"
           "10.1 对本政策如有任何疑问、意见或建议，您可以拨打客服热线，或发送邮件至个人信息保护专职部门"
           "（privacy@acme.cn）与我们联系。\n"),
    ("zh", "# 八、其他\n"
           "8.5 联系方式：对本协议有疑问、意见、投诉，或需要行使权利的，您可以拨打客服热线、发送客服邮件或按"
           "公司联系地址与我们联系，我们将在15个工作日内予以响应处理。\n"),
    ("en", "# 12. Contact\n"
           "12.1 Questions about this Policy can be sent by email to help@acme.example"
           " or put by phone to your account manager.\n"),
]

CUSTOMERS_OWN = [
    ("zh", "# 五、用户信息\n"
           "5.2 完成账号注册时，您应提交您的真实姓名、地址、电话号码、电子邮件地址等。您同意，为向您推荐新服"
           "务，本网站会通过您的电子邮件地址或该手机把这些信息告诉您。\n"),
    ("zh", "# 二、我们如何使用信息\n"
           "（2）与你沟通：我们会通过收集到的信息（例如你提供的电子邮件地址、企业管理员的联系邮箱、电话等）直接"
           "与你联系。\n"),
    ("zh", "# 二、我们如何收集信息\n"
           "四、客户服务：您经由在线客服或客服邮箱联系我们时，我们会记录您的联系方式、沟通内容和相关调用信息。\n"),
]


@pytest.mark.parametrize(("language", "body"), POLICY_QUESTIONS)
def test_questions_about_the_policy_are_no_support_channel_however_sure_the_model(
        reviewed: ReviewContract, relevance_at: InstallModel, language: str, body: str) -> None:
    relevance_at(SURE)
    title = "隐私政策" if language == "zh" else "Privacy Policy"
    f = reviewed(body, language=language, title=title).finding("support-channels")
    assert f.status is Status.MISSING, (f.status, f.reasons)


@pytest.mark.parametrize(("language", "body"), POLICY_QUESTIONS + CUSTOMERS_OWN)
def test_channels_not_the_vendors_support_with_the_shipped_model(
        reviewed: ReviewContract, language: str, body: str) -> None:
    title = "隐私政策" if language == "zh" else "Privacy Policy"
    f = reviewed(body, language=language, title=title).finding("support-channels")
    assert f.status is Status.MISSING, (f.status, f.reasons)


@pytest.mark.parametrize(("language", "body"), [
    ("zh", "# 四、技术支持\n"
           "4.1 甲方可通过工单系统或拨打7×24小时热线400-800-1234报障。\n"
           "4.2 如果您对本协议有任何疑问、意见或投诉，可以发送邮件至legal@acme.cn。\n"),
    ("en", "# 4. Support\n"
           "4.1 Customer may open a support ticket in the support portal"
           " or by e-mail to support@acme.example.\n"
           "4.2 Questions about these Terms can be sent to legal@acme.example.\n"),
])
def test_a_support_channel_beside_them_stays_met(
        reviewed: ReviewContract, relevance_at: InstallModel, language: str, body: str) -> None:
    relevance_at(SURE)
    f = reviewed(body, language=language).finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize(("language", "body"), [
    ("en", "# 14. Contact\n"
           "14.1 Questions about these Terms or our Services can be sent to support@acme.example.\n"),
    ("zh", "# 十、联系我们\n"
           "10.1 您对本条款或本服务如有意见或建议，可以联系运营人员（help@acme.cn），我们会向您提供必要的帮助。\n"),
])
def test_questions_about_the_service_too_are_left_to_the_model(
        reviewed: ReviewContract, relevance_at: InstallModel, language: str, body: str) -> None:
    relevance_at(SURE)
    f = reviewed(body, language=language).finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)
