"""service-reports: an inspection report ("乙方定期对…进行远程巡检…并提交巡检报告", "每年…上门巡检…并
出具巡检记录") is a report on the service: addressed whatever the relevance model (out of fold)
makes of it, vague without a period, and met with one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 五、维保服务
    5.3 巡检服务：乙方定期对甲方部署的本软件进行远程巡检，检查服务运行状态及日志异常，并提交巡检报告。
    """,
    """
    # 五、维保服务
    5.5 年度巡检：乙方每年为甲方提供不少于两次的上门巡检，检查系统运行及数据备份状况，并出具巡检记录。
    """,
])
def test_an_inspection_report_without_a_period_is_vague(
        reviewed: ReviewContract, doubting: RelevanceModel, body: str) -> None:
    f = reviewed(body, language="zh").finding("service-reports")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_a_quarterly_inspection_report_is_met(reviewed: ReviewContract, doubting: RelevanceModel) -> None:
    f = reviewed("""
        # 五、维保服务
        5.3 乙方每季度对甲方部署的本软件进行一次远程巡检，并在巡检完成后5个工作日内提交巡检报告。
        """, language="zh").finding("service-reports")
    assert f.status is Status.MET, (f.status, f.reasons)
