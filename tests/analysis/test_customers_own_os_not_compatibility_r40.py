"""compatibility: the customer's own operating system, as its responsibility, as a
cause an SLA excludes, or as what a support ticket must report ("Responsibility for
the operating system ... lies with the Customer", "changes to the operating system",
"客户设备上操作系统……均由客户自己负责", "客户端所在操作系统及其版本"), names no
platform the product supports: missing, as the labels have it. A platform list still
meets the item."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
    # 5. Support
    5.2 Support extends to the cloud infrastructure, the Cloud Console and the API. Responsibility for the operating system, software and applications that the Customer installs or configures lies with the Customer.
    """),
    ("en", """
    # 5. Exclusions
    5.1 The SLA does not apply to downtime caused by:
    - your equipment, software or other technology, or the way you have configured the Droplet, including firewall rules and changes to the operating system;
    - events outside our reasonable control.
    """),
    ("zh", """
    # 二、代维服务
    2.3 乙方的代维服务只限于第1.6条列明的操作。客户设备上操作系统、数据库和应用软件的安装、配置以及数据备份，均由客户自己负责。
    """),
    ("zh", """
    # 第三条 报障信息
    （二） 所用产品的版本，以及运行平台和操作系统（含版本号）；
    （三） 客户端产品版本号，以及客户端所在操作系统及其版本；
    """),
], ids=["responsibility-en", "sla-exclusion-en", "customer-device-zh", "ticket-info-zh"])
def test_the_customers_own_operating_system_is_not_compatibility(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("compatibility")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_a_platform_list_still_meets(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 3. Platforms
    3.1 The SDK supports iOS 13 or later and Android 8.0 or later.
    """).finding("compatibility")
    assert f.status is Status.MET, f.reasons
