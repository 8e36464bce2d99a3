"""documentation-training: the customer's failure to follow the documentation, as a
cloud SLA lists it among the causes excluded from unavailability ("客户没有遵循
千程云的产品使用文档或使用建议", "客户没有按照分布式数据库的产品文档或使用建议进行
操作"), provides no documentation: the item stays missing. Documentation provided
elsewhere in the same contract still addresses it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

EXCLUSIONS = """
# 第三条 服务可用性
3.1 云服务器的月度可用性不低于99.95%。
# 第四条 除外情形
4.1 因下列原因导致服务不可用的，不计入服务不可用时间：
（1）按照本协议预先通知的系统维护；
（2）客户自身的网络或设备故障；
（3）客户没有按照{name}的产品使用文档或使用建议进行操作；
（4）不可抗力。
"""


@pytest.mark.parametrize("name", ["星河云", "分布式数据库"])
def test_documentation_not_followed_is_no_documentation(reviewed: ReviewContract, model: str, name: str) -> None:
    f = reviewed(EXCLUSIONS.format(name=name), language="zh").finding("documentation-training")
    assert f.status is Status.MISSING, (f.reasons, [e.text for e in f.evidence])


def test_documentation_provided_elsewhere_still_addresses_it(reviewed: ReviewContract) -> None:
    f = reviewed(EXCLUSIONS.format(name="星河云") + """
    # 第五条 文档
    5.1 星河云在官网文档中心向客户提供产品使用手册和开发指南。
    """, language="zh").finding("documentation-training")
    assert f.status is not Status.MISSING, f.reasons
    assert any("使用手册" in e.text for e in f.evidence), [e.text for e in f.evidence]


def test_documentation_not_followed_with_an_unsure_model(reviewed: ReviewContract, unsure: object) -> None:
    f = reviewed(EXCLUSIONS.format(name="分布式数据库"), language="zh").finding("documentation-training")
    assert f.status is Status.MISSING, (f.reasons, [e.text for e in f.evidence])
