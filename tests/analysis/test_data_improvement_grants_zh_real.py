"""The customer's own data granted to improving the vendor's products, in Chinese.

"乙方可将甲方……数据用于改进识别效果", "乙方有权将……样本用于改进乙方的检测引擎",
"您同意我们为……改进产品功能……目的，收集、使用……": the grant of a use beyond the
service outweighs a limit or a deletion promise elsewhere (`overridden_by`), as the
English "may use Customer Data to ... improve the Services" does. Aggregates,
de-identified data, device telemetry and a use limited ("仅") to that are not a grant.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("clause", "status"), [
    ("甲方同意，乙方可将甲方终端上传的音频数据及识别结果用于改进识别和合成效果。", Status.VAGUE),
    ("乙方有权将从甲方环境中收集的攻击样本用于改进乙方的检测引擎。", Status.VAGUE),
    ("您同意我们为向您提供服务、改进产品功能等目的，收集、使用、存储您的业务数据。", Status.VAGUE),
    # Not statistics, nor device telemetry, nor a refusal.
    ("乙方可将甲方数据经匿名化处理后形成的统计结果用于改进产品。", Status.MET),
    ("乙方可以收集设备的运行状态及故障日志，用于排查故障及改进乙方的产品。", Status.MET),
    ("乙方不得将甲方数据用于改进乙方的产品。", Status.MET),
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_customers_data_put_to_improving_outweighs_a_deletion_in_chinese(reviewed: ReviewContract, clause: str, status: Status, fmt: str) -> None:
    f = reviewed(f"""
        # 九、数据
        9.1 {clause}
        9.2 本协议终止后30日内，乙方应删除其保存的甲方数据。
        """, language="zh", fmt=fmt).finding("data-use")
    assert f.status is status, (clause, f.reasons)
