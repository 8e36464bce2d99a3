"""response-times: a request answered once the requester's identity is checked is a privacy-rights request.

Privacy policies promise to answer a person's requests about their data in so
many days, after checking who asks: "收到您的请求并核验身份后，我们会在15个工作日内答复",
"我们可能要求先核验您的身份。我们会在15个工作日内对您的请求作出答复". That is no
support response time; a support clause with the same days stays one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_RIGHTS = """
        # 七、您如何管理您的个人信息
        7.1 您可以通过本应用的设置页面访问、更正您的个人信息，也可以申请删除您的个人信息或注销账号。
        7.2 如您希望撤回对我们处理您个人信息的授权，可以在设置中关闭相应权限。
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("clause", [
    "7.3 收到您的请求并核验身份后，我们会在15个工作日内答复。",
    "7.3 出于安全考虑，我们可能要求先核验您的身份。我们会在15个工作日内对您的请求作出答复。",
])
def test_a_request_answered_after_an_identity_check_is_no_support_response(
        reviewed: ReviewContract, fmt: str, clause: str) -> None:
    f = reviewed(f"""
{_RIGHTS}
        {clause}
        """, language="zh", fmt=fmt).finding("response-times")
    assert f.status is Status.MISSING, f.reasons


def test_a_support_answer_in_working_days_stays_one(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第五条 技术支持
        5.1 甲方通过工单提交的技术问题，乙方在1个工作日内答复。
        """, language="zh").finding("response-times")
    assert f.status is Status.MET, f.reasons
