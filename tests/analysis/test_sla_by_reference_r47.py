"""sla-measurement and service-credits: an availability figure whose details are left to a named
SLA document ("对象存储的服务可用性至少为99.99%。详情请参看《云帆对象存储服务等级协议》") addresses
the measurement and the credits by reference (LABELLING.md: by reference only, vague), however
low the model scores the line. Without the availability named, a pointer to the SLA document
for something else ("安全措施具体见附件《服务等级协议》第九条") is not read as either."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

BODY = """
# 四、服务质量
4.1 我们承诺：对象存储的服务可用性至少为99.99%，数据持久性至少为99.99999999%。详情请参看《云帆对象存储服务等级协议》。
4.2 对象存储按实际使用的存储容量和外网流出流量计费，按日结算。
"""


@pytest.mark.parametrize("item", ["sla-measurement", "service-credits"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_sla_document_named_for_the_details(
        reviewed: ReviewContract, doubting: RelevanceModel, item: str, fmt: str) -> None:
    f = reviewed(BODY, fmt=fmt, language="zh").finding(item)
    assert f.status is Status.VAGUE, f.reasons


def test_a_pointer_for_something_else_is_not_read(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    review = reviewed("""
    # 六、数据安全
    6.2 乙方须采取合理的技术和管理措施，保障本平台和客户数据的安全，具体见附件《服务等级协议》第九条。
    """, language="zh")
    assert review.finding("service-credits").status is Status.MISSING
