# ruff: noqa: E501
"""suspension-limits: the vendor's power to cut the service short, with the discretion said
between ("reserves the right, at its sole discretion, to throttle usage", "reserves the right,
in its discretion, to limit or prohibit the Customer's access", "may cease to provide the
Service, temporarily") or "with or without notice" before the cut ("At any time, with or without
cause, with or without notice, Acme may end your access"), is found and is vague."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 4. Usage
    4.2 To keep to the Service Availability commitments, Acme reserves the right, at its sole discretion, to throttle usage or to limit it temporarily.
    """,
    """
    # 6. Self-service resources
    6.1 Acme reserves the right, in its discretion, to limit or prohibit the Customer's access to the support portal.
    """,
    """
    # 9. Termination
    9.3 At any time, with or without cause, with or without notice, Acme may end your access to the Services in whole or in part.
    """,
])
def test_the_power_to_cut_the_service_at_discretion_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("suspension-limits")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
