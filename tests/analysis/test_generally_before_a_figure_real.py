"""一般 ("generally") before the verb that carries a figure hedges it.

"旧版本接口在新版本发布后一般继续保留3个月", "端到端通话延时一般低于400毫秒": the
figure is what usually happens, not a commitment (the spec's 一般情况下), as
"一般于2小时内首次答复" already is. 一般 as a level ("一般故障") is not a hedge.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_old_version_generally_kept_for_months_is_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 四、接口
        3. 本公司对接口作出不兼容变更的，旧版本接口在新版本发布后一般继续保留3个月，以便用户完成切换。
        """, language="zh", fmt=fmt).finding("version-support-window")
    assert f.status is Status.VAGUE, f.reasons
    assert "一般继续" in " ".join(r.zh for r in f.reasons)


def test_a_latency_generally_below_a_figure_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、服务质量
        5.6 在网络状况良好的情况下，端到端通话延时一般低于400毫秒。
        """, language="zh").finding("quality-metrics")
    assert f.status is Status.VAGUE, f.reasons


def test_the_kept_period_without_generally_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、接口
        3. 本公司对接口作出不兼容变更的，旧版本接口在新版本发布后继续保留12个月，以便用户完成切换。
        """, language="zh").finding("version-support-window")
    assert f.status is Status.MET, f.reasons
