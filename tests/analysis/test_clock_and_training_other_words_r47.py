"""response-clock and documentation-training: met wordings of known classes in other words.

response-clock: a response defined in the first person ("By initial response we mean that a
member of our support team acknowledges the case"); a quoted response term defined with a
colon ("“受理回复”：…；系统发出的自动回复不算受理回复"), found as the comma and 是指 forms are; the
moment a request counts as received with 按…计算 as well as 以…为准 ("受理时间按我们建立工单的时间计算").

documentation-training: an integration review in other words ("A review of your integration"),
one done by a named role of the vendor ("before launch, an integration review by a solutions
engineer"); a help centre said to be kept current ("The Help Center, which our team updates when
features change"); training by other names (上门演示, 接入指导); documentation changed and the
updated version delivered ("接口文档有变更的，乙方应…把更新后的文档发给甲方").
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

# Out of fold the model neither drops nor proposes such clauses: the item's own wording decides.
pytestmark = pytest.mark.usefixtures("unsure")


def test_response_defined_in_the_first_person_meets_the_clock(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Support
        4.1 Customer may submit support requests through the support portal at any time.
        4.2 Initial response. Our responses to support requests follow the table below. By initial response we mean that a member of our support team acknowledges the case and begins working on it.
        """).finding("response-clock")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("clause", [
    "1.7 “受理回复”：乙方服务人员针对甲方提交的维护需求，通过电话、邮件或即时通讯向甲方确认需求已收到，并说明处理安排；系统发出的自动回复不算受理回复。",
    "1.7 一级故障须拨打服务热线申报，二级和三级故障可以通过工单系统或客服邮箱申报。以邮件方式申报的问题，受理时间按我们建立工单的时间计算。",
])
def test_response_and_clock_start_in_other_words_meet_the_clock_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第一条 定义
        {clause}
        # 第八条 技术支持
        8.5 响应时间：乙方收到上述信息后，须在2小时内作出受理回复。
        """, language="zh").finding("response-clock")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("line", [
    "A review of your integration to confirm it is set up in the best way.",
    "Before launch, an integration review by a Northwind solutions engineer.",
    "The Help Center, which our team updates when features change, already answers many questions.",
])
def test_training_and_kept_current_help_centre_meet_documentation(reviewed: ReviewContract, line: str) -> None:
    f = reviewed(f"""
        # 2. Enterprise Plan
        2.1 The Enterprise plan includes priority e-mail support and a named account manager.
        2.2 {line}
        """).finding("documentation-training")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("clause", [
    "3.6 接口文档有变更的，乙方应通过电子邮件把更新后的文档发给甲方技术联系人。",
    "3.6 乙方免费提供上门演示，协助甲方理清业务需求。",
])
def test_documents_updated_and_training_by_other_names_meet_documentation_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第三条 服务内容
        3.1 乙方为甲方开通接口账号。
        {clause}
        """, language="zh").finding("documentation-training")
    assert f.status is Status.MET, (f.status, f.reasons)
