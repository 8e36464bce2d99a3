"""Round 64 (development errors): support refused for the customer's modified versions is the
support boundary (the customer's own changes lie outside it, met as settled on 5 December 2026);
"deleted after 365 days" is a deletion time, not the "365 days a year" of coverage; and
"该三十日期间届满后…删除" reads the thirty days (日 before 期间 is a day, not the 日期 of a date)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 5. Support
    5.1 Support covers the current release of the Software. We do not support modified versions of the Software.
    """, "en"),
    ("""
    # 五、技术支持
    （一）我们只为最新版本提供缺陷修复。我们从不为我们软件的修改版本提供支持。
    """, "zh"),
    ("""
    # 五、技术支持
    （一）提示：对于源代码的修改版本或衍生版本，我们无法提供技术支持。
    """, "zh"),
])
def test_no_support_for_modified_versions_is_the_boundary(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("support-scope")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_support_for_all_versions_draws_no_boundary(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Support
        5.1 Support covers the Software, including earlier versions, through reasonable assistance with related issues.
        """).finding("support-scope")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 4. Data retention
    4.1 Customer Data held for support requests is deleted automatically after 365 days.
    """, "en"),
    ("""
    # 10. 数据
    10.4 订阅结束后，客户数据保留三十（30）日，其间客户可要求导出数据。该三十日期间届满后，全部客户数据将被永久删除。
    """, "zh"),
])
def test_a_deletion_time_is_read(reviewed: ReviewContract, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("data-use")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 3. Support
    3.1 Support is available 24 hours a day, 365 days a year by telephone.
    """, "en"),
    ("""
    # 三、支持
    （一）服务热线全年365天、每天24小时均可拨打。
    """, "zh"),
])
def test_365_days_a_year_is_still_coverage(reviewed: ReviewContract, body: str, language: str) -> None:
    review = reviewed(body, language=language)
    assert review.finding("support-hours").status is Status.MET
    f = review.finding("response-times")
    assert f.status is Status.MISSING, (f.status, f.reasons)
