# ruff: noqa: E501
"""documentation-training: self-serve learning material on offer (online or on-demand courses, a
webinar library, an "Academy") is documentation provided, which is met only when it is kept
current; with nothing on that it is vague, as the labelling guide reads documentation "provided
with nothing on keeping it current". Training given to the customer (training courses or sessions
for its staff, onboarding calls, an integration review) is training provided: met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
    # 7. Documentation and Learning
    7.1 Product documentation, release notes and answers to common questions are available in the Acme Help Center. The Acme Academy offers free online courses on the use of the product.
    """),
    ("en", """
    # 5. Self-Service Resources
    5.1 All users have access to a help centre, developer documentation for the API, and online training and webinars offered free of charge.
    """),
    ("zh", """
    # 六、文档与培训
    6.1 乙方在官网提供产品文档，并提供在线课程供甲方学习。
    """),
])
def test_self_serve_learning_without_upkeep_is_vague(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("documentation-training")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


@pytest.mark.parametrize("body", [
    """
    # 1. Premium Support
    1.1 Under the Premium plan, Acme will give the Named Contacts product training courses and an integration review with a solutions engineer.
    """,
    """
    # 1. Onboarding
    1.1 Acme provides onboarding sessions for the Customer's administrators during the first month of the subscription.
    """,
])
def test_training_given_to_the_customer_is_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("documentation-training")
    assert f.status is Status.MET, (f.status, f.reasons)
