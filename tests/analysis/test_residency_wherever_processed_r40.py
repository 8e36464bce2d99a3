"""data-residency: a region named, with the data processed wherever the vendor operates.

LABELLING.md: a named hosting country with a right to transfer "to any country" is
`vague`. Vendors say it in other words too: "may be processed in whatever region X or
its service providers operate in", "in whichever countries the Sub-processor list
shows", "may be transferred to third countries", "may also be processed on servers
outside the EU". A refusal of such transfers ("involves no transfer of Content to
third countries") keeps the region met.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("transfer", [
    "Customer Content may be processed in whatever region Acme or its service providers operate in.",
    "Acme, Inc. may transfer Personal Data to the United States and Process it there, and Sub-processors may Process it in whichever countries the Sub-processor list shows.",
    "As part of our processing, data may be transferred to third countries, for instance where we use cloud services and external service partners.",
])
def test_a_region_with_processing_wherever_is_vague(reviewed: ReviewContract, transfer: str) -> None:
    f = reviewed(f"""
        # 7. Data Location
        7.1 Customer Content is hosted in data centres located in the European Union.
        7.2 {transfer}
        """).finding("data-residency")
    assert f.status is Status.VAGUE, f.reasons


def test_a_refused_transfer_keeps_the_region_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Data Location
        9.3 Content is processed only on servers in the European Union, and providing the translation involves no transfer of Content to third countries.
        """).finding("data-residency")
    assert f.status is Status.MET, f.reasons
