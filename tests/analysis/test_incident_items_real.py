"""proactive-notice, incident-rca, security-incident and severity-definitions: wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    # A security alert sent within a stated time is a security advisory with a notice period.
    ("zh", """
        # 五、安全服务
        5.1 乙方负责甲方网站防护策略的日常运维。
        5.2 乙方监测到可能影响甲方系统的高危漏洞时，应在12小时内通过邮件向甲方发出安全预警，并附上临时处置建议。
        """),
    ("en", """
        # 5. Notifications
        5.1 Provider operates the firewall rules of Customer's web applications.
        5.2 Provider shall publish a security bulletin within 24 hours of confirming any vulnerability that affects the Service, with the affected versions and the mitigation.
        """),
])
def test_a_security_alert_with_a_deadline_meets_proactive_notice(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("proactive-notice")
    assert f.status is Status.MET, f.reasons
