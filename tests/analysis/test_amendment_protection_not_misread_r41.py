"""unilateral-amendment: two protections are read as protections. The rights a policy gives are
not cut without the customer's consent ("我们不会在未取得您明确同意的情况下削减您按照本指引享有的
权利", the Chinese privacy-policy form of "no change will reduce", after "本指引的内容可能会被我们适时
修订"): met wording, and it answers the revision right before it. And "Only a written amendment signed
by authorised representatives of both parties can change this Agreement": 'can change' after the
amendment or the parties is no discretion of the vendor's."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
     # 七、本指引的更新
     本指引的内容可能会被我们适时修订。我们不会在未取得您明确同意的情况下削减您按照本指引享有的权利。本指引的任何变更都将在本页面公布。
     """),
    ("en", """
     # 10. General
     10.3 Only a written amendment signed by authorised representatives of both parties can change this Agreement. Terms contained in a purchase order do not apply.
     """),
])
def test_protection_read_as_protection(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("unilateral-amendment")
    assert f.status is Status.MET, (f.status, f.reasons)
