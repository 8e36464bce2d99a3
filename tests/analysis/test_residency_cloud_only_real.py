"""Data residency told only by the cloud that hosts the data, and "us" is no region.

"Logs are stored in the AWS cloud. ... that help us improve Brightroom": the cloud is
named, the region is not, so the item is addressed and `vague` (kept although the model
scores such a line low: `addressed_by`). The pronoun "us" read as the United States made
it met: the region "US" is matched in capitals only.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "5.1 Usage logs are stored in the Azure cloud, and they help us improve the product.",
    "5.1 Session recordings are hosted on Google Cloud in the region closest to you. They let us find bugs.",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_cloud_without_a_region_is_vague(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 5. Analytics
        {clause}
        """, fmt=fmt).finding("data-residency")
    assert f.status is Status.VAGUE, (clause, f.reasons)
    assert "regions" not in f.facts, f.facts


def test_the_us_in_capitals_is_still_a_region(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Hosting
        5.1 Customer Data is stored in AWS data centres in the US.
        """).finding("data-residency")
    assert f.status is Status.MET, f.reasons
