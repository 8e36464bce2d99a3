"""sla-measurement: the monitoring named as the data source in more of the verbs vendors
use ("Uptime is determined by Acme's monitoring agents"), and downtime timed by the
monitoring's alerts. Wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_uptime_determined_by_the_vendors_monitoring_agents(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Service Level Agreement
        1. Harbourline guarantees 99.9% uptime for each calendar month.
        2. Uptime is determined by Harbourline's monitoring agents. No credit will be issued where the unavailability is caused by scheduled maintenance or by events beyond Harbourline's control.
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons


def test_downtime_timed_by_the_monitoring_alert(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Exhibit A - Service Levels
        A.2 Unavailability. Unavailability starts at the time stamp of the alert in Harbourline's monitoring and ends when the Service responds again.
        A.3 Exclusions. The Service Levels do not apply to unavailability caused by scheduled maintenance, Customer's network or force majeure.
        """).finding("sla-measurement")
    assert f.status is Status.MET, f.reasons
