"""data-use (zh): a grant of the customer's data to improving the vendor's products, or to the
vendor's business needs, outweighs a limit elsewhere, in more words: 用来 as well as 用于
("甲方同意乙方将甲方终端上传的音频数据和识别结果用来改进识别与合成效果"), and a right to use the
data as the vendor's business needs require ("我们有权根据业务经营需要使用您帐号及应用的各项数据")
(overridden_by and keywords, so the grant is found however low the model scores it).
Not the customer's feedback put to improving the service ("对甲方提出的改进建议，乙方可以无偿
用来改进本服务"), nor a use limited to improving (只用来改进).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

LIMIT = "9.1 乙方仅为向甲方提供本服务之目的处理甲方数据，不得将甲方数据提供给任何第三方。"


@pytest.mark.parametrize("grant", [
    "9.2 甲方同意乙方将甲方上传的语音数据和转写结果用来改进语音识别效果。",
    "9.2 乙方有权根据业务经营需要使用甲方账号下的各项数据，包括对其进行收集、分析和统计。",
])
def test_grant_outweighs_limit_zh(reviewed: ReviewContract, grant: str) -> None:
    f = reviewed(f"""
        # 第九条 数据
        {LIMIT}
        {grant}
        """, language="zh").finding("data-use")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("other", [
    "9.2 对甲方提出的产品改进建议，乙方可以无偿用来改进本服务。",
    "9.2 乙方可能请甲方参加满意度调查，调查结果只用来改进服务质量。",
])
def test_feedback_or_limited_improvement_keeps_met_zh(reviewed: ReviewContract, other: str) -> None:
    f = reviewed(f"""
        # 第九条 数据
        {LIMIT}
        {other}
        """, language="zh").finding("data-use")
    assert f.status is Status.MET, f.reasons
