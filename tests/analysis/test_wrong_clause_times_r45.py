"""Times in clauses about something else (forty-fifth round): each read before as the item's time.

- A deadline counted from the fix named with a possessive ("a written incident report within five
  (5) business days of the incident's resolution") is a report's, as "of the resolution" was.
- A time a fix may not be made in is a condition for a remedy ("If Stackwise cannot fix it within
  thirty (30) days of the notice, Customer may end the affected Order Form"), not a resolution time,
  as "not resolved within" was.
- A dispute's resolution ("16.5 Dispute Resolution. ... will meet within ten (10) business days",
  "to resolve the dispute") names no incident's resolution; a security incident's response
  ("Security Incident Response: ... notify Customer ... within 72 hours", "responding to a Security
  Incident") is the breach notice, not a support response.
"""

# ruff: noqa: E501
# (contract paragraphs are one line each, as the corpus markup reads them)

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_report_after_the_incidents_resolution(reviewed: ReviewContract, unsure: object) -> None:
    f = reviewed("""
        # 22. Incidents
        22.5 Incident Reports. Where an incident leads to a Severity 1 case for an Enterprise plan customer, Nexa will deliver a written incident report within five (5) business days of the incident's resolution.
        """).finding("resolution-times")
    assert f.status is not Status.MET, (f.facts, f.reasons)
    assert "levels" not in f.facts


def test_a_fix_not_made_is_a_condition(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Warranty
        9.1 Stackwise warrants that throughout the subscription term the Services will perform materially as the documentation describes. If they do not, Customer must notify Stackwise in writing within thirty (30) days, and Stackwise will use commercially reasonable efforts to fix the non-conformity. If Stackwise cannot fix it within thirty (30) days of the notice, Customer may end the affected Order Form and recover the prepaid fees for the rest of the term.
        """).finding("resolution-times")
    assert f.status is not Status.MET, (f.facts, f.reasons)


def test_dispute_resolution_is_no_resolution_time(reviewed: ReviewContract, relevance_at: Callable[[float], object]) -> None:
    relevance_at(0.6)  # the model takes the clause for the item's (as out of fold)
    f = reviewed("""
        # 16. General
        16.5 Dispute Resolution. If a dispute arises in connection with this Agreement, senior representatives of the parties will meet within ten (10) business days of a written request by one party to the other, and try in good faith to resolve the dispute.
        """).finding("resolution-times")
    assert f.status is not Status.MET, (f.facts, f.reasons)
    assert "levels" not in f.facts


def test_security_incident_response_is_no_support_response(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # Part B Data Processing
        ## 4. Security Incident Response
        1. Once Provider becomes aware of a Security Incident it will: (a) notify Customer without undue delay when feasible, and in any case within 72 hours of becoming aware of it; (b) keep Customer informed about the Security Incident as facts emerge. By notifying or responding to a Security Incident as this DPA requires, Provider does not admit any fault for it.
        """)
    f = review.finding("response-times")
    assert f.status is Status.MISSING, (f.status, f.facts, f.reasons)
    assert review.finding("security-incident").facts.get("hours") == 72
