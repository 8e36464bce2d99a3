"""Red flags in more of the words vendors use. unilateral-amendment: the vendor
updating its own policies or a document it names by an acronym, a Chinese
document named with 本 (本隐私政策, 本须知), its usage or platform rules, or a
version that applies once published outweighs a clause needing both parties'
signature; a change made by a signed supplement is the protection."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

_SIGNED_EN = "14.1 This Agreement may be amended only by a written instrument signed by both parties."
_SIGNED_ZH = "14.1 本合同的任何变更均须经双方协商一致并签署书面补充协议。"


@pytest.mark.parametrize(("language", "clause", "status"), [
    # The vendor's own policies, or a document named by its acronym, changed at will.
    ("en", "14.2 Brightmoor may update its support policies from time to time.", Status.VAGUE),
    ("en", "14.2 Brightmoor may update this MSA and its Schedules from time to time by posting the new version on its website.", Status.VAGUE),
    # The updated version applies from its publication.
    ("zh", "14.2 附件二由乙方根据产品规划更新，更新后的版本在乙方官网发布之日起适用于本合同。", Status.VAGUE),
    ("zh", "14.2 乙方有权根据需要修改平台规则，修改后的规则经公告即生效。", Status.VAGUE),
])
def test_a_change_right_outweighs_the_signed_amendment(reviewed: ReviewContract, language: str, clause: str,
                                                        status: Status) -> None:
    heading = "# 14. General" if language == "en" else "# 十四、其他"
    signed = _SIGNED_EN if language == "en" else _SIGNED_ZH
    f = reviewed(f"{heading}\n{signed}\n{clause}", language=language).finding("unilateral-amendment")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "clause", "status"), [
    # A change needs both signatures in other words.
    ("en", "14.1 Any change to a Statement of Work, or to this Agreement as it applies to an existing Statement of Work, must be in writing and signed by both parties.", Status.MET),
    ("zh", "14.1 如有变更事项，经双方协商确定后签订补充协议，新协议具有同等法律效力。", Status.MET),
    # A Chinese document named with 本, or the service's usage rules, changed by the vendor.
    ("zh", "14.1 我们可能适时对本用户须知进行修订。", Status.VAGUE),
    ("zh", "14.1 我们有权制定并修改服务的使用规则。", Status.VAGUE),
    ("zh", "14.1 本责任书如有修订，乙方将在官网公布；用户逾期未提出异议的，视为同意并遵守新修订的责任书。", Status.VAGUE),
])
def test_amendment_wordings_alone(reviewed: ReviewContract, language: str, clause: str, status: Status) -> None:
    heading = "# 14. General" if language == "en" else "# 十四、其他"
    f = reviewed(f"{heading}\n{clause}", language=language).finding("unilateral-amendment")
    assert f.status is status, f.reasons
