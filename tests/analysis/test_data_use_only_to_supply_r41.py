"""data-use (en): the limit on use with 'only/solely to supply' or 'to deliver' meets the item,
as 'only to provide' already did: "We use Customer Data only to supply the Services you
have paid for", "handles Customer Data solely to deliver, protect and support the Services".
The met wording knew only 'to provide', 'for the purpose', 'for providing'.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "We use Customer Data only to supply the Services Customer has subscribed to.",
    "Acme handles Customer Data solely to deliver and support the Services for Customer.",
])
def test_only_to_supply_meets(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 7. Customer Data
        7.1 Customer Data belongs to Customer. {clause}
        """).finding("data-use")
    assert f.status is Status.MET, f.reasons
