"""support-scope: support refused for deployments the customer runs itself ("our team does not
have the resources to provide support for self-hosted projects under this Agreement") is a
boundary (met); support-channels: where researchers report vulnerabilities ("If you find any
vulnerability in the Services, report it ... by email to security@...") is a disclosure channel,
no support channel, however sure the model is.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_no_support_for_self_hosted_projects_is_a_boundary(reviewed: ReviewContract, unsure: RelevanceModel) -> None:
    f = reviewed("""
        # 5. Self-Hosted Projects
        5.1 There are so many self-hosted projects that our team does not have the resources to provide support for self-hosted projects under this Agreement.
        """).finding("support-scope")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_vulnerability_disclosure_address_is_no_support_channel(
        reviewed: ReviewContract, relevance_at: Callable[[float], RelevanceModel]) -> None:
    relevance_at(0.9)  # the model sure of it: the clause is still excluded
    f = reviewed("""
        # Part C. Security
        If you find any vulnerability in the Services, report it at once, with the details, by email to security@northwind.example. Northwind appreciates working with bug reporters to fix bugs promptly.
        """).finding("support-channels")
    assert f.status is Status.MISSING, (f.status, f.reasons)
