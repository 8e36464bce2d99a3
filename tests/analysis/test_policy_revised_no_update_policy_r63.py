# ruff: noqa: E501
"""update-policy: the document itself revised ("我们可能适时对本隐私政策进行修订", "本政策更新后您仍继续
使用本服务的") is no software update policy (the labelling guide), also with words between 本 and
the document's name; changes to the service's functions still address it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 七、本政策的更新
    为了给开发者提供更好的服务，随着产品的持续发展变化，我们可能适时对本隐私政策进行修订。
    """,
    """
    # 八、变更
    二、 发生重大变更的，我们会在变更生效之前，通过平台公告、站内信、邮件等方式通知您。本政策更新后您仍继续使用本服务的，表示您已经接受更新后的政策。
    """,
])
def test_the_policy_revised_is_no_update_policy(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("update-policy")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_functions_changed_still_address_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 二、服务变更
        我们可能对平台的功能进行调整或升级，所有可能影响用户的功能变更都将向用户公告。
        """).finding("update-policy")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
