"""A right to change the functions as the vendor's plans require outweighs an upgrade notice.

"乙方有权根据产品规划对平台功能进行调整", "天枢有权根据业务发展需要调整服务的功能": the
functions may change with no period of notice, so a notice elsewhere of an
upgrade's timing and downtime ("升级前提前3个工作日书面通知升级时间……及预计停机
时长") does not make the update policy met (`weak_overridden_by`). A notice period for
breaking changes themselves stands ("不兼容的变更，乙方将至少提前30日公告":
`weak_override_kept_by`), and so does a right the same clause gives a notice period
(`override_answered_by`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

RIGHT = "8.1 乙方有权根据产品规划对平台功能进行调整，升级前将合理提前通知甲方。"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_upgrade_downtime_notice_beside_a_right_to_change_is_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed(f"""
        # 八、升级
        {RIGHT}
        8.2 乙方实施升级前，应提前3个工作日书面通知甲方升级时间、升级内容及预计停机时长。
        """, language="zh", fmt=fmt).finding("update-policy")
    assert f.status is Status.VAGUE, f.reasons
    assert "产品规划" in " ".join(r.zh for r in f.reasons)


def test_a_breaking_change_notice_beside_a_right_to_change_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed(f"""
        # 八、升级
        {RIGHT}
        8.2 涉及接口不兼容的变更，乙方将至少提前30日在开放平台公告，并在公告中说明迁移方式。
        """, language="zh").finding("update-policy")
    assert f.status is Status.MET, f.reasons


def test_a_right_to_change_with_its_own_notice_period_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 二、服务变更
        2.3 我们可能根据业务发展需要对本服务的功能及版本进行调整、升级或下线，并将提前30日在官网公告。
        """, language="zh").finding("update-policy")
    assert f.status is Status.MET, f.reasons


def test_a_right_to_change_without_notice_still_undoes_a_breaking_change_notice(reviewed: ReviewContract) -> None:
    # The weak grant's exception is not the strong grant's: "不经提前公告直接调整" outweighs
    # a notice period for breaking changes too (`overridden_by`).
    f = reviewed("""
        # 四、接口变更
        4.1 涉及接口不兼容的变更，乙方将至少提前30日在开放平台公告，并说明迁移方式。
        4.2 涉及安全风险的接口变更，平台可不经提前公告直接调整接口。
        """, language="zh").finding("update-policy")
    assert f.status is Status.VAGUE, f.reasons
