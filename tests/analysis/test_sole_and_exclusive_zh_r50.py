"""credits-not-sole-remedy: the Chinese "sole and exclusive remedy", 唯一且排他的救济
(唯一和排他性的补救), makes the credit the customer's only remedy: vague, as 唯一救济
already did. Development run, red flags being rule-decided: study half +2, check
half +3, nothing broken."""

from __future__ import annotations

import pytest

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


@pytest.mark.parametrize(("body", "quote"), [
    ("""
    # 四、服务抵扣
    4.1 对于本服务的任何不可用，您唯一且排他的救济是依照本SLA获得服务抵扣。
    """, "唯一且排他的救济"),
    ("""
    # 五、补偿
    5.2 服务费减免为客户就可用性未达标所能获得的唯一和排他性的补救。
    """, "唯一和排他性的补救"),
], ids=["qie-paita", "he-paitaxing"])
def test_sole_and_exclusive_remedy_zh_is_vague(reviewed: ReviewContract, body: str, quote: str) -> None:
    f = reviewed(body, language="zh").finding("credits-not-sole-remedy")
    assert f.status is Status.VAGUE, f.reasons
    assert any(quote in e.text for e in f.evidence), [e.text for e in f.evidence]
