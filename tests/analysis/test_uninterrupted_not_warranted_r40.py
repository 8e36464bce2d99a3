"""availability: a service's uninterrupted running disclaimed in other words is addressed, `vague`.

LABELLING.md: a refusal is vague with the refusal as evidence. The disclaimer was read
as "does not warrant that the Service will be uninterrupted" and "不保证…不间断"; vendors
also write it as a noun ("gives no warranty that the Offerings will be uninterrupted")
and with the refusal after ("对于应用程序或服务不间断、及时、安全或无错误，我们不作保证"),
often in a disclaimer the relevance model finds about something else (so also with a
model that doubts every clause). Licensed
software's disclaimer ("no warranty that the Licensed Product will run uninterrupted")
is no availability: missing.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("clause", "language"), [
    ('Disclaimer. Save as this Agreement expressly provides, the Offerings are supplied "as is". Acme gives no warranty that the Offerings will be uninterrupted or error-free.', "en"),
    ("对于应用程序或服务不间断、及时、安全或无错误，我们不作保证；服务在特定的时间或地点一定可用，我们也不作保证。", "zh"),
])
def test_an_uninterrupted_service_disclaimed_is_vague(reviewed: ReviewContract, clause: str, language: str, model: str) -> None:
    f = reviewed(f"""
        # 12. Warranties
        12.1 {clause}
        """, language=language).finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_licensed_softwares_disclaimer_is_missing(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 8. Warranties
        8.3 THE LICENSED PRODUCT IS SUPPLIED "AS IS". LICENSOR GIVES NO WARRANTY THAT THE LICENSED PRODUCT WILL RUN UNINTERRUPTED OR ERROR-FREE.
        """).finding("availability")
    assert f.status is Status.MISSING, f.reasons
