"""version-support-window (en): the versions of someone else's browser or platform ("accessed through
current versions of supported web browsers", "whether a given version of a platform is supported") set
no window for the vendor's own versions: excluded, and a clause that speaks of nothing else is dropped
however sure the model is (the model proposed such a line out of fold). The vendor's own versions named
beside them still count."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]
InstallModel = Callable[[float], RelevanceModel]

# A model sure that every clause is about every item, as the out-of-fold model was of the line (0.71).
SURE = 0.9


@pytest.mark.parametrize("body", [
    """
    # 2. Access
    2.4 The Service can be accessed through current versions of supported web browsers and through the desktop and mobile applications. The Documentation lists the supported browsers.
    """,
    """
    # 2. Notifiers
    2.3 The Documentation lists the languages and frameworks for which notifier libraries exist. It also states whether a given version of a platform is supported.
    """,
], ids=["browsers", "platform"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_someone_elses_versions_are_no_window(reviewed: ReviewContract, relevance_at: InstallModel,
                                              body: str, fmt: str) -> None:
    relevance_at(SURE)
    f = reviewed(body, fmt=fmt).finding("version-support-window")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_own_versions_beside_them_still_count(reviewed: ReviewContract, relevance_at: InstallModel) -> None:
    relevance_at(SURE)
    f = reviewed("""
        # 6. Versions
        6.1 Each SDK version is supported for twenty-four (24) months after its release. The SDK runs on current versions of supported web browsers.
        """).finding("version-support-window")
    assert f.status is Status.MET, (f.status, f.reasons)
