"""documentation-training: the documentation cited only as the source of something
else ("Customer Logs are retained for the period stated in the Documentation",
"terms take the meaning given in the Pipewright documentation") and the security
training every employee receives are not documentation or training the vendor
provides to the customer: missing, as the labels have it. Documentation provided
still addresses the item."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 9. Customer Logs
    9.1 While the Agreement is in force, Customer may export Customer Logs from the administration portal. Customer Logs are retained for the period stated in the Documentation for the Product concerned.
    """,
    """
    # 1. Definitions
    1.1 Capitalised or technical terms that section 5 does not define take the meaning given in the Terms of Service or in the Pipewright documentation, whichever applies.
    """,
    """
    # 4. Personnel
    4.1 Every employee is background-checked before being hired, and during onboarding every employee receives training in security and data handling.
    """,
], ids=["period-stated-in-documentation", "meaning-given", "employee-training"])
def test_documentation_cited_in_passing_is_missing(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("documentation-training")
    assert f.status is Status.MISSING, (f.status, f.reasons)


def test_documentation_provided_still_addresses_the_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
    # 8. Documentation
    8.1 The Vendor publishes documentation, tutorials and the API reference for the Platform on its developer site.
    """).finding("documentation-training")
    assert f.status is not Status.MISSING, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 7. Change Management
    - Before release, application changes undergo architecture review and both automated and manual code review.
    """,
    """
    # 8. Third-Party Software
    8.1 The Products contain code and libraries that third parties license to Us. A list of the Third-Party Software contained in each Product is available in that Product's documentation.
    8.2 Customer and its Users may use the assistant in accordance with its documentation.
    """,
], ids=["manual-code-review", "in-accordance-with-documentation"])
@pytest.mark.usefixtures("unsure")
def test_manual_as_an_adjective_and_documentation_as_a_reference_are_missing(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("documentation-training")
    assert f.status is Status.MISSING, (f.status, f.reasons)
