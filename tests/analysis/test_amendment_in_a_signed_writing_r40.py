# ruff: noqa: E501
"""unilateral-amendment: amendments only in a signed writing, in other words, are found and meet
the item: "a waiver or modification is effective only in a writing that both parties have signed"
(inside an entire-agreement clause), "Any amendment to this Addendum must be made in a written
document signed by authorised representatives of both Parties"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 14. General
    14.2 Entire Agreement. This Agreement states the whole and exclusive understanding between the parties and replaces every earlier written or oral agreement on its subject matter; save where this Agreement provides otherwise, a waiver or modification is effective only in a writing that both parties have signed.
    """,
    """
    # 9. General
    9.3 Amendment. Any amendment to this Addendum must be made in a written document signed by authorised representatives of both Parties.
    """,
])
def test_amendments_only_in_a_signed_writing_meet_the_item(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("unilateral-amendment")
    assert f.status is Status.MET, (f.status, f.reasons)
