"""unilateral-amendment (en): the vendor's right to change the terms, in more words, is the red
flag and wins over a signed-amendment clause (LABELLING.md): acceptance by any use after a change
("using the Platform after that date means you accept them", "if Customer keeps using the
Services after that date, Customer is taken to have accepted it"), an updated version posted
("may post an updated version of this Support Policy on its website from time to time"), and the
passive ("the Support Policy ... may be updated by Acme as it itself provides")."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 19. Amendments
    19.1 Acme may amend these Terms by posting the amended version on its Legal Hub; the amended Terms apply from the effective date shown, and using the Platform after that date means you accept them. An Order Form can be changed only by a written amendment that both Parties sign.
    """,
    """
    # 12. General
    12.3 An amendment of this Agreement takes effect only if it is in writing and signed by authorized representatives of both Parties; however, the Support Policy and the Service Level Agreement may be updated by Acme as they themselves provide.
    """,
    """
    # 12. General
    12.3 An amendment of this Agreement takes effect only if it is in writing and signed by authorized representatives of both Parties.

    # Attachment A. Support Policy
    A.1 Acme provides support through its ticket portal. Acme may post an updated version of this Support Policy on its website from time to time.
    """,
])
def test_vendor_right_in_other_words_wins(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("unilateral-amendment")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_signed_amendments_alone_stay_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 12. General
        12.3 This Agreement may be amended only by a written agreement signed by both parties.
        """).finding("unilateral-amendment")
    assert f.status is Status.MET, (f.status, f.reasons)
