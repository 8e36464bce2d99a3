"""suspension-limits: a privacy policy's account of personal data when the product ends or
the account is closed ("我们停止提供产品或服务，或者信息的保存期限已届满" under "出现以下情形的，我们将删除
您的个人信息：", "我们停止运营本服务的，将至少提前30日以公告形式通知您，并…删除或匿名化处理您的个人信息")
is no right to suspend the service; a suspension for mishandling personal data still is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 四、我们如何保存您的个人信息
    4.3 我们停止运营本服务的，将至少提前30日以公告形式通知您，并在停止运营后删除或匿名化处理您的个人信息。
    """,
    """
    # 四、您的权利
    4.2 出现以下情形的，我们将删除您的个人信息：
    （1）我们停止提供服务，或者信息的保存期限已届满；
    （2）您撤回同意。
    """,
    """
    # 四、您的权利
    4.2 删除。出现以下情形的，您可以要求我们删除您的个人信息：（一）您注销了账号；（二）我们停止提供产品或服务。
    """,
])
def test_the_products_end_in_a_privacy_policy_is_no_suspension(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh", title="隐私政策").finding("suspension-limits")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_a_suspension_for_mishandled_personal_data_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、开发者义务
        4.4 乙方发现第三方应用违规处理个人信息的，有权书面通知甲方限期整改；逾期未整改的，乙方有权暂停该应用的接口权限。
        """, language="zh").finding("suspension-limits")
    assert f.status is Status.MET, (f.status, f.reasons)
