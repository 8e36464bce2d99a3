"""A table of services by plan whose cells name the item with its time.

"服务项目 | 基础支持服务 | 高级支持服务" over "电话支持 | 5*8小时电话技术支持，响应时间2小时以内 |
7*24小时电话技术支持，响应时间15分钟以内": no heading, title or header names a response,
but each plan's cell does, with its time. The columns are plans, each row names what
its times are for (the labelling guide's levels as printed: here the channels), and the
times are the response times of each plan.
"""


from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_item_named_in_plan_cells(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 一、服务与支持
        1.1 产品服务包括基础支持服务与高级支持服务两类。
        | 服务项目 | 基础支持服务 | 高级支持服务 |
        | 电话支持 | 5*8小时电话技术支持，响应时间2小时以内 | 7*24小时电话技术支持，响应时间15分钟以内 |
        | 网络远程支持 | 5*8远程技术支持，响应时间8小时以内 | 5*8远程技术支持，响应时间2小时以内 |
        | 现场技术支持 | 不提供 | 工程师上门服务 |
        """, fmt=fmt, language="zh").finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [p["plan"] for p in f.facts["plans"]] == ["基础支持服务", "高级支持服务"]
    assert f.facts["levels"] == [{"level": "电话支持", "minutes": 15}, {"level": "网络远程支持", "minutes": 120}]


def test_one_cell_naming_the_item_is_not_enough(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、服务与支持
        | 服务项目 | 基础支持服务 | 高级支持服务 |
        | 电话支持 | 5*8小时，2小时以内 | 7*24小时电话技术支持，响应时间15分钟以内 |
        """, language="zh").finding("response-times")
    assert "plans" not in f.facts


def test_a_report_after_the_resolution_is_not_its_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 二、技术支持计划
        | 服务内容 | 基础版 | 专业版 | 企业版 |
        | 故障复盘报告 | 不提供 | P1故障恢复后5个工作日内提供 | P1、P2故障恢复后2个工作日内提供 |
        """, language="zh").finding("resolution-times")
    assert "plans" not in f.facts and "levels" not in f.facts, f.facts
