"""The customer's own duties, and takedowns of infringing content, are no limit on the
vendor's use of data (data-use).

"用户收到侵权通知时，应立即删除或禁止访问所声明的侵权内容" (a notice-and-takedown clause) and
"用户不得导出任何用户信息，并应在……24小时内停止使用并删除之" (the user's duty) met the item
on 禁止 / 不得 / 删除; neither binds the vendor, so the vendor's own broad wording decides.
A limit on the vendor (乙方不得……) still meets it.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

PRIVACY = """
        # 五、隐私
        5.1 我们将把您提供的个人信息用于改进我们的产品。
"""


@pytest.mark.parametrize("clause", [
    "# 四、侵权处理\n        4.1 用户收到侵权通知时，应立即删除或禁止访问所声明的侵权内容，并联系通知人了解情况。",
    "# 三、开发者义务\n        3.1 除非平台以书面方式另行指明，用户不得导出任何用户信息，并应在获取任何用户信息后的24小时内停止使用并删除之。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_customer_duties_do_not_meet_data_use(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        {clause}
        {PRIVACY}
        """, language="zh", fmt=fmt).finding("data-use")
    assert f.status is Status.VAGUE, (clause, f.reasons)


def test_a_limit_on_the_vendor_still_meets_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 三、数据
        3.1 乙方不得将甲方数据用于本合同以外的任何目的。
        """, language="zh").finding("data-use")
    assert f.status is Status.MET, f.reasons
