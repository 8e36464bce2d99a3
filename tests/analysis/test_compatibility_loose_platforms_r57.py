"""Platforms named loosely ("major platforms", "most devices": the item's own vague wording)
address compatibility, vaguely: the keywords find the clause, as 主流终端 and 各平台 do in
Chinese, where before only the relevance model could propose it (the bundled sample
vague-cloud-terms.pdf went from vague to missing when a retrained model scored its clause
0.55, under `matching.ADD_ABOVE`). A model sure the clause is about something else still
drops it, as any keyword clause."""

from __future__ import annotations

import pytest

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


@pytest.mark.parametrize("sentence", [
    "4.2 Brightwave supports recent versions of the SDKs on major platforms.",
    "4.2 The SDK runs on most devices sold in the last three years.",
])
def test_platforms_named_loosely_are_a_vague_compatibility_commitment(
        reviewed: ReviewContract, sentence: str) -> None:
    f = reviewed(f"""
        # 4. SDK
        {sentence}
        """).finding("compatibility")
    assert f.status is Status.VAGUE, f.reasons
    assert any(e.text.startswith("4.2") for e in f.evidence)


def test_a_platform_that_is_no_device_or_os_is_no_compatibility(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Marketplace
        2.1 Partners may list their apps on the marketplace, one of the leading commerce sites.
        """).finding("compatibility")
    assert f.status is Status.MISSING, f.reasons
