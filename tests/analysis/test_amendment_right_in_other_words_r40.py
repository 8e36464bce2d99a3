# ruff: noqa: E501
"""unilateral-amendment: the vendor's right to change the terms in other words is found and
is vague: a quoted name ('We may revise this "Agreement" at any time'), a longer list of verbs
before the terms ("reserves the right to amend, modify or discontinue, from time to time, all or
part of these Terms"), and acceptance by continued use said with 视作 ("视作甲方接受修订后的协议")
outweighs a signed-supplement clause elsewhere (the red flag wins)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 12. Changes
        12.1 We may revise this "Agreement" at any time. The updated version will be published on our website.
        """),
    ("en", """
        # 15. Changes
        15.1 Acme reserves the right to amend, modify or discontinue, from time to time, all or part of these Terms and of the policies they refer to.
        """),
    ("zh", """
        # 十五、协议变更
        15.1 乙方因监管要求或业务需要修订本协议的，会在商户后台发布公告，自公告期满7日起生效。修订生效以后甲方仍继续使用本服务的，视作甲方接受修订后的协议。
        15.2 本协议的其他变更，应由双方书面确认。
        """),
])
def test_the_right_to_change_in_other_words_is_vague(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("unilateral-amendment")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
