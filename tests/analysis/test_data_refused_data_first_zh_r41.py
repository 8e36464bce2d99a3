"""data-use (zh): the vendor's refusal to access or take the customer's data, with the data named
first or in other verbs, meets the item however low the model scores it: "对甲方设备中存储的数据，
乙方及其人员不得访问、复制、使用", "您的查询内容和表中数据不会被澜仓回传或收集", "坚木云不会查阅用户
文件的内容" (查阅/查看), "非经用户同意，启云不会访问" (非经 as well as 未经).
Not a clause about the vendor's own content that nobody may use ("本网站的全部内容……任何人都不得擅自
对其使用、复制"), nor the customer's own duty ("……的数据，甲方不得复制").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "对甲方服务器中存储的数据，乙方及其工程师不得访问、复制或使用。",
    "您的查询内容和表中数据不会被乙方回传或收集。",
    "乙方不会查阅用户文件的内容，但用户主动授权工程师排查问题的除外。",
    "对用户在本服务中建立的转码作业等资源，非经用户同意，乙方不会访问，也不会向第三方披露。",
])
def test_refusal_with_the_data_first_meets_zh(reviewed: ReviewContract, model: str, clause: str) -> None:
    f = reviewed(f"""
        # 第十条 运维
        10.1 乙方按本合同约定提供远程运维服务。
        10.2 {clause}
        """, language="zh").finding("data-use")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "本网站的全部内容，例如图片、资料和网页设计，其知识产权均归本公司所有，未经本公司书面同意，任何人都不得擅自对其使用、复制。",
    "对乙方通过接口提供的行业数据，甲方不得复制或转售。",
])
def test_others_refused_is_not_met_zh(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第十条 其他
        10.1 {clause}
        """, language="zh").finding("data-use")
    assert f.status is not Status.MET, f.reasons
