"""severity-definitions: the vendor's discretion stated after the choice of level ("Ridgeline will
choose the severity level that best fits the issue, in Ridgeline's discretion") undoes the
criteria, as the discretion stated before it does; not a discretion exercised under the
definitions. service-reports: reports made for billing ("To help Partner bill its End Users, X
makes monthly usage reports ... available") and an advisory meeting ("quarterly architecture
reviews") are no service reports, however sure the model is.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_LEVELS = """
        A1.2 Severity 1 - Critical: the production Service is unavailable, or a critical business process cannot be carried out and there is no workaround.
        A1.3 Severity 2 - High: a major function is degraded and there is no reasonable workaround.
        A1.4 Severity 3 - Medium: a function does not behave as documented, but a workaround is available.
"""


def test_discretion_after_the_choice_of_level_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed(f"""
        # Schedule A. Severity Levels
        A1.1 Every support request is placed in one of the severity levels below. Northwind will choose the severity level that best fits the issue Customer is experiencing, in Northwind's discretion.
        {_LEVELS}
        """).finding("severity-definitions")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_discretion_under_the_definitions_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed(f"""
        # Schedule A. Severity Levels
        A1.1 Northwind Support sets the severity level of each case at its discretion, considering the level requested by the customer under the definitions below.
        {_LEVELS}
        """).finding("severity-definitions")
    assert f.status is Status.MET, (f.status, f.reasons)


@pytest.mark.parametrize("clause", [
    "3.6 Reporting. To help Partner bill its End Users, Northwind makes monthly usage reports, broken down by End User account, available in the Partner Portal.",
    "3.6 Premium support includes two (2) remote onboarding sessions and quarterly architecture reviews.",
])
def test_billing_reports_and_architecture_reviews_are_no_service_reports(
        reviewed: ReviewContract, relevance_at: Callable[[float], RelevanceModel], clause: str) -> None:
    relevance_at(0.9)  # the model sure of them: they are still excluded
    f = reviewed(f"""
        # 3. Partner Services
        {clause}
        """).finding("service-reports")
    assert f.status is Status.MISSING, (f.status, f.reasons)
