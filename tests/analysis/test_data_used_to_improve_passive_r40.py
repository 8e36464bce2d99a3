"""data-use: the customer's data put to improving the vendor's services, in the passive.

A grant of the customer's data itself (not aggregates or statistics) to improving the
vendor's services outweighs a limit or a deletion period elsewhere: `vague`. It was
read in the active only ("may use transaction data to provide, maintain and improve");
vendors write it as often in the passive ("Transaction data may be used by us to ...",
"Customer Personal Data is processed by X in order to provide, maintain and improve").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_DELETION = "8.2 Within thirty (30) days after termination of the Agreement, Acme will delete all Customer Data."


@pytest.mark.parametrize("grant", [
    "Transaction data may be used by us to operate, maintain and improve our services and to identify and stop fraud.",
    "Customer Personal Data is processed by Acme in order to provide, maintain and improve the Services.",
    "The information we collect is used to provide, maintain and improve our services and to verify who you are.",
])
def test_data_used_to_improve_in_the_passive_outweighs_deletion(reviewed: ReviewContract, grant: str) -> None:
    f = reviewed(f"""
        # 8. Customer Data
        8.1 {grant}
        {_DELETION}
        """).finding("data-use")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("limit", [
    "Customer Personal Data is processed by Acme only to provide the Services.",
    "Usage statistics in aggregated form may be used to improve the Services.",
])
def test_a_limit_or_aggregates_keep_deletion_met(reviewed: ReviewContract, limit: str) -> None:
    f = reviewed(f"""
        # 8. Customer Data
        8.1 {limit}
        {_DELETION}
        """).finding("data-use")
    assert f.status is Status.MET, f.reasons
