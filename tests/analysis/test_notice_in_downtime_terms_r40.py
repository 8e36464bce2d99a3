"""proactive-notice: a notice period that only defines the excluded maintenance is no promise.

'"Scheduled Downtime" means maintenance downtime announced by Acme at least seven (7) days
in advance' says which downtime the SLA leaves out, as an exclusion does ("the following
are not Downtime: scheduled maintenance of which we have notified Customer at least 72
hours in advance"): addressed, `vague`. So is an exclusion naming the event first ("a
Maintenance Event, scheduled or planned, announced by us ... at least 24 hours
beforehand;"), and a definition whose maintenance the vendor "plans" (the verb, not a
plan the customer buys: it does not confine the exclusion to other plans).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    '"Scheduled Downtime" means maintenance downtime announced by Acme to Customer at least seven (7) days in advance, up to four (4) hours in any calendar month.',
    "Scheduled Downtime: means the maintenance windows Acme announces to Customer at least seven (7) days ahead.",
    '"Scheduled Maintenance" is routine maintenance of the services that Acme plans and for which Acme notifies Customer at least twenty-four (24) hours in advance. Scheduled Maintenance typically takes place no more than three (3) times a year.',
])
def test_a_notice_defining_scheduled_downtime_is_vague(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 1. Definitions
        1.1 {clause}
        """).finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons


def test_an_exclusion_naming_the_event_first_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 14. Service Level
        14.4 Downtime does not include unavailability resulting from:
        (a) a Maintenance Event, scheduled or planned, announced by us to the Account Holder at least 24 hours beforehand;
        (b) the Account Holder's own equipment or network.
        """).finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons


def test_a_promise_to_announce_maintenance_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Maintenance
        9.1 Acme performs scheduled maintenance within the weekly maintenance window published on the status page. Acme will announce each scheduled maintenance at least forty-eight (48) hours in advance on the status page.
        """).finding("proactive-notice")
    assert f.status is Status.MET, f.reasons
