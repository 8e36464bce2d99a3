"""Chinese forms the English rules already read (round 58): an account that "may be deactivated"
(该账户可能随时被停用, 可关闭该用户的账户) as the vendor's right to suspend, and the days an old
interface stays usable (新旧接口并行运行的期间不少于30日) as how long old versions are supported."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from reviewer.analysis.facts import EXTRACTORS
from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


@pytest.mark.parametrize("sentence", [
    "5.2 任何账户如被用于损害本平台的活动，该账户可能随时被停用。",
    "5.2 本公司如认为用户违反本协议，可关闭该用户的账户。",
])
def test_an_account_the_vendor_may_deactivate_is_a_suspension_right(
        reviewed: ReviewContract, sentence: str) -> None:
    f = reviewed(f"""
        # 五、账户
        {sentence}
        """, language="zh").finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("sentence", [
    "5.2 您的账户到期或被停用后，本公司可将数据保留最多30日。",  # a state named in passing
    "5.2 您可以随时关闭您的账户。",  # the customer's own right
])
def test_an_account_closed_in_passing_or_by_the_customer_is_not(reviewed: ReviewContract, sentence: str) -> None:
    f = reviewed(f"""
        # 五、账户
        {sentence}
        """, language="zh").finding("suspension-limits")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("text", "months"), [
    ("新旧接口并行运行的期间不少于30日", 1.0),
    ("旧版本接口在新版本发布后继续提供不少于90天", 3.0),
    ("the old API version remains available for at least 90 days", 3.0),
])
def test_days_an_old_version_stays_usable_are_its_window(text: str, months: float) -> None:
    assert [h.value for h in EXTRACTORS["months"](text, 480)] == [months]


@pytest.mark.parametrize("text", ["旧版本将在通知发布后30日内停止服务", "乙方应在30日内完成旧版本迁移", "提前30日通知"])
def test_other_days_are_not(text: str) -> None:
    assert EXTRACTORS["months"](text, 480) == []


def test_the_parallel_period_is_the_version_window(reviewed: ReviewContract) -> None:
    # The period is the window (1 month). Whether 原则上, which qualifies the release rhythm in the
    # sentence before, hedges it too is the relevance model's call (met when it is sure the clause
    # is about the window throughout), not this rule's.
    f = reviewed("""
        # 第六条 维护与版本更新
        6.1 乙方对本系统进行计划内维护的，须避开发薪关键期，安排在22:00至次日6:00之间，并至少提前7日在服务平台发布公告、同时以邮件通知甲方管理员；发薪关键期内不安排计划内维护。紧急维护须尽快通知甲方。
        6.2 乙方原则上每个季度发布一次功能版本，每年发布一到两次大版本，版本发布前在服务平台公布版本说明。版本更新涉及甲方正在使用的数据接口变更的，乙方须至少提前30日书面告知甲方，新旧接口并行运行的期间不少于30日。
        """, language="zh").finding("version-support-window")
    assert f.status is not Status.MISSING, f.reasons
    assert f.facts.get("months") == 1.0, f.facts


@pytest.mark.parametrize(("wish", "status"), [
    ("6.2 我们在复盘中发现，客户期望几秒内得到响应，自己却要几个小时才回复。", Status.MET),  # the customer's wish
    ("6.2 上述响应时间为乙方期望达到的时间。", Status.VAGUE),  # the vendor's own aim
])
def test_what_the_customer_expects_is_no_target(reviewed: ReviewContract, wish: str, status: Status) -> None:
    f = reviewed(f"""
        # 五、响应时间
        5.1 乙方对甲方提交的工单按下列时限作出首次响应：
        | 优先级 | 首次响应 |
        | 紧急 | 15分钟 |
        | 高 | 1小时 |
        | 低 | 4小时 |
        # 六、客户配合
        {wish}
        """, language="zh").finding("response-times")
    assert f.status is status, f.reasons
