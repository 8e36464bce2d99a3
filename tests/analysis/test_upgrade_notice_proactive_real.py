"""The vendor's own upgrade or change of the running system, told or agreed beforehand,
is advance notice (proactive-notice).

"授权软件升级前，乙方将通过软件内消息或电子邮件通知甲方", "乙方应至少提前3个工作日与甲方
确认升级时间", "乙方实施的重大变更，应提前2个工作日向甲方提交变更方案": notice of work
the vendor does on the system the customer runs, as the labels read it (met with a
period, vague without one), although proactive-notice excludes 版本 (notice of a new
release is the update policy's) and the relevance model scores such lines low
(`addressed_by`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "雷岸WAF软件版本升级需重启服务，受防护站点在升级期间可能短暂无法访问。乙方应至少提前3个工作日与甲方确认升级时间，并在甲方指定的业务低峰时段实施。",
    "乙方实施的重大变更，应提前2个工作日向甲方提交变更方案及回退方案，经甲方书面批准后在约定的窗口内实施。",
    "每次升级前，乙方应与甲方提前3个工作日约定升级窗口，并指导甲方完成配置文件与业务数据备份。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_upgrade_agreed_days_ahead_is_met(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 乙方为甲方部署的软件提供运行维护服务。
        # 二、升级与变更
        2.1 {clause}
        """, language="zh", fmt=fmt).finding("proactive-notice")
    assert f.status is Status.MET, (clause, f.reasons)


@pytest.mark.parametrize("clause", [
    "授权软件升级前，乙方将通过软件内消息或电子邮件通知甲方。",
    "软件升级：乙方在服务期内为甲方提供系统的免费升级服务，但不包括新增功能模块；升级前乙方应提前通知甲方。",
])
def test_an_upgrade_notice_without_a_period_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 乙方为甲方部署的软件提供运行维护服务。
        # 二、升级
        2.1 {clause}
        """, language="zh").finding("proactive-notice")
    assert f.status is Status.VAGUE, (clause, f.reasons)


def test_a_change_of_notice_address_is_not_about_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、服务内容
        1.1 乙方为甲方部署的软件提供运行维护服务。
        # 二、通知
        2.1 一方变更通知地址的，应在变更前5个工作日书面通知对方。
        """, language="zh").finding("proactive-notice")
    assert f.status is Status.MISSING, f.reasons
