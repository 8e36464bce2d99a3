"""compatibility: browsers named are platforms (the spec's "supported operating systems / browsers /
devices named"), found as keywords too ("The agent console is used in Google Chrome or Mozilla
Firefox"); and a hedge on when support for new releases is added ("adds support for new versions as
soon as practicable") does not undo the platforms named beside it: the spec's met form is the
platforms named *and/or* a time for new releases."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 5. Customer Responsibilities
    5.1 Customer is responsible for all activity under its account, for keeping its passwords confidential and for the lawfulness of the calls it places.
    5.2 Customer shall obtain consent from each person it calls where the law requires it. The agent console is used in Google Chrome or Mozilla Firefox, and Customer shall keep its call lists free of numbers on any do-not-call register.
    """,
    """
    # VI. Software Versions
    Aurelian supports the current major release of the client Software and the one before it. Aurelian supports the current versions of Windows, macOS, iOS, Android and ChromeOS and adds support for new versions as soon as practicable after their release.
    """,
])
def test_named_platforms_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("compatibility")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_new_release_promise_alone_still_vague(reviewed: ReviewContract) -> None:
    # The exemption covers the hedge only: with no platform named, nothing is met.
    f = reviewed("""
    # 7. Compatibility
    7.1 Licensor adds support for new operating system versions as soon as practicable after their release.
    """, language="en").finding("compatibility")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
