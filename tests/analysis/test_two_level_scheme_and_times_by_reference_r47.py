"""severity-definitions: a two-level scheme, one level defined by its criteria and the rest as
"other", has criteria for each level; response-times: times given only by reference address the
item (vague).

"An issue is critical where a production Application is unable to send or receive messages ...
Every other issue is non-critical"; "A request counts as Urgent when Customer cannot use the
Service" beside "respond to Urgent requests within 1 hour ... and to other requests within 1
business day". Not a contract whose other levels have criteria of their own (read as they are),
nor one level defined with no word of the rest. "The pricing page describes what response
times, if any, apply to your plan" (LABELLING.md: by reference only, vague).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

pytestmark = pytest.mark.usefixtures("unsure")


def test_one_level_and_every_other_meet_severity(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # A. Support
        A.1 Support requests are answered by e-mail. Critical issues are answered within 2 hours, non-critical issues within 48 hours.
        A.2 Critical Issues. An issue is critical where a production Application is unable to send or receive messages, or where server errors make more than 5% of its API requests fail. Every other issue is non-critical.
        """).finding("severity-definitions")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_urgent_defined_and_other_requests_meet_severity(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # S2. Support
        S2.3 Response. Northwind responds to Urgent requests within 1 hour and to other requests within 1 business day.
        S2.4 Urgent Requests. A request counts as Urgent when Customer cannot use the Service, or when a feature essential to Customer's work is broken for many users and there is no workaround.
        """).finding("severity-definitions")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_one_level_defined_alone_is_not_a_scheme(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # S2. Support
        S2.3 Response. Northwind responds to Urgent requests within 1 hour.
        S2.4 Urgent Requests. A request counts as Urgent when Customer cannot use the Service, or when a feature essential to Customer's work is broken for many users and there is no workaround.
        """).finding("severity-definitions")
    assert f.status is not Status.MET, (f.status, f.reasons)


def test_response_times_by_reference_are_addressed(reviewed: ReviewContract, doubting: object) -> None:
    f = reviewed("""
        # 4. Support
        4.1 Support Channels. Every user can get help in the community forum and from the public documentation. Paid plans add support by e-mail. The pricing page describes what response times, if any, apply to your plan.
        """).finding("response-times")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
