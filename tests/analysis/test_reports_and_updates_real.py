"""service-reports, update-policy, proactive-notice: wordings of the real-world corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    # The achieved availability published every month is a periodic report with its metric.
    ("en", """
        # 7. Service Levels
        7.4 Harwick will post the uptime figure reached by each region for every calendar month in the admin console.
        """),
    ("en", """
        # 7. Service Levels
        7.4 The availability measured by Harwick is posted to the admin console on a monthly basis.
        """),
    ("en", """
        # 7. Service Levels
        7.4 Harwick records the monthly uptime of each region and publishes it monthly in the admin console.
        """),
    # A periodic report or summary under another name.
    ("zh", """
        # 七、其他
        7.1 乙方每季度向甲方提交一次运维记录汇总，列明本季度请求次数及遗留问题。
        """),
])
def test_a_periodic_report_under_another_name_is_met(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("service-reports")
    assert f.status is Status.MET, f.reasons
