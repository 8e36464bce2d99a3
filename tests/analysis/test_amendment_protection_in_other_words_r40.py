# ruff: noqa: E501
"""unilateral-amendment: the protection in other words meets the item: no revision may
*lower* the service levels ("no revision may lower the Uptime Commitment"), the version in
*force* when the term began stays, an amendment "has effect only if both Parties agree to it
in writing", "only by a written instrument that authorised representatives of both Parties
have signed", "须采用书面形式，并经…签署", "只有经双方书面签署才生效"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 6. Changes
        6.1 Acme may revise this Policy from time to time by publishing a new version showing its effective date. During your current subscription term, no revision may lower the Uptime Commitment or the support response time that applies to you.
        """),
    ("en", """
        # 7. Changes
        7.2 Acme may revise these Gold Support terms by publishing a new version on its website. A revised version takes effect from the start of your next Subscription Term; for the current Subscription Term, the version in force when it began remains applicable.
        """),
    ("en", """
        # 18. General
        18.1 An alteration or variation of this Agreement has effect only if both Parties agree to it in writing.
        """),
    ("en", """
        # 14. General
        14.3 Amendment and Waiver. This Agreement can be amended only by a written instrument that authorised representatives of both Parties have signed.
        """),
    ("zh", """
        # 十三、其他
        13.1 修改、修订或放弃本协议任何条款，须采用书面形式，并经被主张的一方签署。
        """),
    ("zh", """
        # 十、其他
        10.1 对本附录的任何修改，只有经双方书面签署才生效。
        """),
])
def test_the_protection_in_other_words_meets_the_item(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("unilateral-amendment")
    assert f.status is Status.MET, (f.status, f.reasons)
