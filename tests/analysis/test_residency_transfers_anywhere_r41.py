"""data-residency (en): a region named for storage is undone by data that may go anywhere the
vendor operates, in more words: "may transfer customer personal data to any place where X or its
third-party service providers operate" (found now: 'transfer ... any place' is a keyword),
"consents to X transferring Customer Personal Data outside the EEA ... or any other relevant
territory where" ('transferring', and 'territory'), "may be cached at, and served from, edge
locations around the world" (cached/served/edge locations). Vague, not met (LABELLING.md: a named
hosting country with a right to transfer "to any country" is vague)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("other", [
    "To provide the Services, Acme may transfer customer personal data to any place where Acme or its third-party service providers operate.",
    "Customer consents to Acme transferring Customer Personal Data outside the United Kingdom or any other relevant territory where its subprocessors operate.",
    "Customer Content may be cached at, and served from, edge locations around the world.",
])
def test_data_going_anywhere_undoes_the_region(reviewed: ReviewContract, other: str) -> None:
    f = reviewed(f"""
        # 8. Hosting
        8.1 Customer Data is stored at rest in data centres in Germany.

        # 12. Privacy
        12.1 {other}
        """).finding("data-residency")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
