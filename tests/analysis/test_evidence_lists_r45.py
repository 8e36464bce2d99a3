"""A cited lead-in shows the list it introduces (round 45).

A clause ending in a colon says nothing on its own: "The following periods are not
counted as Downtime:" or "由以下原因引起的服务不可用，不计入不可用分钟数：" is cited for
the exclusions its list gives. Its evidence carries the list's items after it, whether
the numbering put them under the lead-in or, unnumbered, beside it (then up to the
item that does not end in a semicolon, the list's last).
"""

from __future__ import annotations

import pytest

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


def _cited(texts: list[str], start: str) -> str:
    found = [t for t in texts if t.startswith(start)]
    assert found, texts
    return found[0]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_cited_lead_in_shows_its_numbered_items(reviewed: ReviewContract, fmt: str) -> None:
    finding = reviewed("""
        # 1. Service Availability
        1.1 Corvane will make the Service available at least 99.9% of the time in each calendar month.
        1.2 Availability is the minutes in the month less the minutes of Downtime, divided by the minutes in the month.
        1.3 The following periods are not counted as Downtime:
        (a) scheduled maintenance announced at least 48 hours in advance, up to four hours a month;
        (b) failures of Customer's own network, equipment or software;
        (c) events of force majeure.
        # 2. Other Terms
        2.1 This Agreement is governed by the laws of England.
    """, fmt=fmt).finding("sla-measurement")
    assert finding.status is Status.MET
    text = _cited([e.text for e in finding.evidence], "1.3 The following periods are not counted as Downtime:")
    assert "(a) scheduled maintenance announced at least 48 hours in advance" in text, text
    assert "(c) events of force majeure." in text, text


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_chinese_lead_in_shows_its_items(reviewed: ReviewContract, fmt: str) -> None:
    finding = reviewed("""
        # 第五条 服务可用性
        5.1 乙方承诺：本服务每月的服务可用性不低于99.9%。
        5.2 服务可用性＝（当月总分钟数－不可用分钟数）÷当月总分钟数×100%。
        5.3 由以下原因引起的服务不可用，不计入不可用分钟数：
        （1）乙方提前24小时通知的系统维护，但每月合计不超过4小时；
        （2）甲方自身的网络、设备或配置出现故障；
        （3）不可抗力。
        # 第六条 其他
        6.1 本协议未尽事宜由双方协商解决。
    """, fmt=fmt, language="zh").finding("sla-measurement")
    assert finding.status is Status.MET
    text = _cited([e.text for e in finding.evidence], "5.3 由以下原因引起的服务不可用")
    assert "乙方提前24小时通知的系统维护" in text and "不可抗力" in text, text


def test_unnumbered_items_beside_the_lead_in_end_at_the_last_item(reviewed: ReviewContract) -> None:
    # The items stand at the lead-in's own level; the paragraph after the list (ending in
    # a full stop, as the list's last item does) is no item.
    finding = reviewed("""
        # 6 服务范围
        本支持计划为客户提供工单、电话和在线客服三种支持渠道。
        下列内容不属于支持计划的服务范围：
        云上业务的操作与代运维；
        对未列入第三方软件支持列表的软件进行配置指导和故障排查；
        各类第三方软件的安装、补丁更新、测试、故障诊断、优化等日常运维服务。
        上云迁移等专业服务不在支持计划之内，客户可经售前咨询与专业服务团队商谈。
        # 7 其他
        7.1 本协议未尽事宜由双方协商解决。
    """, language="zh").finding("support-scope")
    assert finding.status is Status.MET
    text = _cited([e.text for e in finding.evidence], "下列内容不属于支持计划的服务范围：")
    assert "云上业务的操作与代运维；" in text, text
    assert "日常运维服务。" in text, text
    assert "上云迁移" not in text, text


def test_a_lead_in_to_a_table_shows_no_rows(reviewed: ReviewContract) -> None:
    # A table's rows are cited as rows, each with its table's caption.
    finding = reviewed("""
        # 4. Incident Handling
        4.1 Corvane handles every incident reported by Customer within the times in the table below:
        | Severity | Definition | First response | Restoration |
        | 1 | The Service is down for all users | 30 minutes | 4 hours |
        | 2 | A core function is impaired | 2 hours | 1 business day |
        4.2 Customer may escalate an incident to the duty manager at any time.
    """).finding("resolution-times")
    text = _cited([e.text for e in finding.evidence], "4.1 Corvane handles every incident")
    assert text == "4.1 Corvane handles every incident reported by Customer within the times in the table below:", text
