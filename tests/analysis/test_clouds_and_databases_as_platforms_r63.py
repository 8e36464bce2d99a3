# ruff: noqa: E501
"""Round 63's development errors: clouds, databases and code hosts named as what the software
runs on or works with are platforms, two of them a platform list (met), as operating systems
and browsers are; "the major cloud platforms" names none (vague)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    """
    # 2. Compatibility
    2.6 Supported platforms. The self-hosted edition is supported on AWS, Azure and Google Cloud, with PostgreSQL or MySQL as its database.
    """,
    """
    # C. Installation
    Step-by-step installation guides are given for each supported platform: GitHub, GitLab, Bitbucket and Azure DevOps.
    """,
])
def test_named_clouds_databases_and_code_hosts_are_met(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("compatibility")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_the_major_cloud_platforms_name_none(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Compatibility
        2.6 Supported platforms. The self-hosted edition is supported on the major cloud platforms.
        """).finding("compatibility")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
