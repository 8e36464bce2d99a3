"""An "only" that limits nothing does not meet data-use.

"keeps personal data ... only as long as necessary for the purposes for which it was
collected" is a retention rule with no time, and "uses connection data only to provide,
secure and invoice the Services and to improve the Software" lists improvement among
its purposes: neither limits the vendor's use of the data, so both are `vague`. A limit
to providing the service alone still meets the item.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "9.1 Acme uses connection data only to provide, secure and invoice the Services and to improve the Software.",
    "9.1 Acme keeps personal data of customers only as long as necessary for the purposes for which it was collected.",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_only_that_limits_nothing_is_vague(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 9. Data
        {clause}
        """, fmt=fmt).finding("data-use")
    assert f.status is Status.VAGUE, (clause, f.reasons)


def test_a_limit_to_providing_the_service_still_meets_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Data
        9.1 Acme uses Customer Data only to provide the Services to Customer.
        """).finding("data-use")
    assert f.status is Status.MET, f.reasons
