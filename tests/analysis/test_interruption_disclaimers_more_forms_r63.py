# ruff: noqa: E501
"""sla-measurement: a disclaimer of liability for interruptions, with nothing measured, is no
measurement (docs/checklists.md, exclude_always), also as "因不可抗力发生故障或不能正常使用的，我们
不负责任" and "the Site may at times be inaccessible or inoperable for any reason"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 五、免责
    2. 本服务因不可抗力发生故障或不能正常使用的，我们不负责任。
    """,
    """
    # 5. Availability
    You acknowledge and agree that the Site may at times be inaccessible or inoperable for any reason, including equipment malfunctions and periodic maintenance.
    """,
])
def test_a_disclaimer_of_interruptions_is_no_measurement(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("sla-measurement")
    assert f.status is Status.MISSING, (f.status, f.reasons)
