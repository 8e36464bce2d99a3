"""A severity table whose header names the item's column keeps its rows whatever the model says.

"故障等级 | 说明 | 响应目标 | 恢复目标" over "一级 | 云信服务整体无法使用… | 30分钟 | 4小时": the
rows are mostly their levels' descriptions, and a model unsure of such rows (rare in its
training, here one that finds every clause about something else) drops them and vetoes the
item. The header says what each column is; a row that opens with a level and gives a time
under a column naming the item is the item's, in English as in Chinese, in DOCX and PDF.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_zh_severity_rows_under_the_items_columns(reviewed: ReviewContract, doubting: object, fmt: str) -> None:
    review = reviewed("""
        # 附件二 服务保障
        1. 故障等级及处理目标：
        | 故障等级 | 说明 | 响应目标 | 恢复目标 |
        | 一级 | 云信服务整体无法使用，或消息收发、通话建立等核心功能大面积失败 | 30分钟 | 4小时 |
        | 二级 | 部分功能出现异常，或部分地区的用户受到影响 | 2小时 | 1个工作日 |
        | 三级 | 一般性问题或咨询 | 1个工作日 | 视情况而定 |
        """, fmt=fmt, language="zh")
    response = review.finding("response-times")
    assert response.status is not Status.MISSING, response.reasons
    assert response.facts["levels"] == [{"level": "一级", "minutes": 30}, {"level": "二级", "minutes": 120},
                                        {"level": "三级", "minutes": 480}]
    assert review.finding("resolution-times").facts["levels"][:2] == [{"level": "一级", "minutes": 240},
                                                                       {"level": "二级", "minutes": 480}]


def test_en_severity_rows_under_the_items_column(reviewed: ReviewContract, doubting: object) -> None:
    f = reviewed("""
        # Schedule 2 Service Levels
        2.1 Incident classes:
        | Priority | Description | Initial Response |
        | P1 | The platform is down or unusable for all end users of the Customer | 1 hour |
        | P2 | A major feature is impaired for a large part of the Customer's users | 4 hours |
        | P3 | A minor feature is impaired or a question on the use of the platform | 1 business day |
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [lv["minutes"] for lv in f.facts["levels"]] == [60, 240, 480]


def test_a_row_without_a_level_is_left_to_the_model(reviewed: ReviewContract, doubting: object) -> None:
    # "Onboarding | Response to questions within 2 business days": a service's row, no severity.
    f = reviewed("""
        # Schedule 3 Services
        | Service | Description | Response |
        | Onboarding | Help with the first integration of the platform | 2 business days |
        """).finding("response-times")
    assert f.status is Status.MISSING, f.reasons
