"""compatibility: the platforms given only by reference to the vendor's documentation ("installed
and used on platforms or systems as described in the end-user documentation", "the open-source
client libraries named in the Documentation", "the supported TLS versions and SMTP client settings
listed in the Documentation") address the item, however little of the clause they are: vague (no
platform named; the reviewer should ask for the list), not missing."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 3. Scope of Support
    3.1 Support covers only the software that Halvard delivers to the Customer under the Agreement, and only when it is installed and used on platforms or systems as described in the end-user documentation that Halvard publishes on its documentation site.
    """,
    """
    # 2. Provision
    2.1 Quillsend will supply the Services set out in the Service Order. It is Customer's responsibility to keep its configuration consistent with the configuration requirements, which include the supported TLS versions and SMTP client settings listed in the Documentation; Quillsend bears no responsibility for failures caused by Customer's configuration.
    """,
])
def test_platforms_by_reference_are_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("compatibility")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
