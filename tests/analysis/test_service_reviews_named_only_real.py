"""service-reports: a periodic review named only as a plan's feature, with nothing said of
what it covers ("adds a named customer success manager, quarterly service reviews and ...",
a table row "Quarterly Service Review | - | Yes"), is vague; a review or report whose contents
are named stays met, also where the contents name the targets the figures are measured
against ("received an initial response within the target": what the report says, not a
hedge on it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    "# 2. Support packages\n"
    "2.7 Premium Support, available for an additional fee, adds a named customer success manager,"
    " quarterly service reviews and faster response times.\n",
    """
    # 2. Support plans
    | Capability | Standard | Premium |
    | Quarterly Service Review | - | Yes |
    | Named technical account manager | - | Yes |
    """,
])
def test_a_review_named_only_as_a_feature_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("service-reports")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize("body", [
    "# 7. Service reviews\n"
    "7.1 Premium Support customers receive a quarterly service review covering the number of tickets by"
    " severity and the response times achieved.\n",
    """
    # 2. Support plans
    2.1 Premium Support includes quarterly account reviews of case history and service performance.
    """,
    "# 2. Support reviews\n"
    "2.2 The quarterly support review presents Customer's case volumes by severity and the percentage of"
    " cases that received an initial response within the target.\n",
])
def test_a_review_with_its_contents_is_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("service-reports")
    assert f.status is Status.MET, (f.status, f.reasons)
