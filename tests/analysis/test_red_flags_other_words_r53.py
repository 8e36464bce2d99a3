"""Red flags in other words, found on the study half of the development vendors (round 53).

Each rule was kept because the check half lost nothing (development run: the red flags are
decided by the rules alone, so it is out of fold for them): study +4, check +0.

- suspension-limits: notice left open ("whether or not it gives notice") undoes the notice a
  stated cause would give; access ended or suspended "for any reason" (出于任何原因终止或暂停您
  访问我们平台) is the vendor's discretion.
- credits-not-sole-remedy: "your only remedy is to stop using the service" is a user's, not a
  credit's (LABELLING.md), in Chinese as in English.
- unilateral-amendment: a document named by its Latin abbreviation (更新本AUP) and a change in
  effect from its publication with no 即 (更新内容自发布于……之时起生效).
"""

from __future__ import annotations

import pytest

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_notice_left_open_is_no_notice(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # Fees
        2.2 Provider may suspend your access, whether or not it gives notice, if fees are more than 30 days overdue.
        """, fmt=fmt).finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


def test_notice_given_still_meets(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Fees
        2.2 Provider may suspend Customer's access only if fees remain unpaid 30 days after its written notice.
        """).finding("suspension-limits")
    assert f.status is Status.MET, f.reasons


def test_access_ended_for_any_reason_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第四条 平台访问
        E. 拒绝。我们保留出于任何原因终止或暂停您（或特定人员）访问我们平台的权利。
        """, language="zh").finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


def test_stop_using_is_no_credit_remedy_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第十条 免责
        10.8 本服务按“现状”提供。如您对本服务有任何不满，您唯一的救济是停止使用本服务。
        """, language="zh").finding("credits-not-sole-remedy")
    assert f.status is Status.MISSING, f.reasons


def test_sole_remedy_of_credits_still_vague_zh(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第五条 服务赔偿
        5.3 服务可用性未达到承诺的，本协议约定的代金券赔偿为您的唯一救济。
        """, language="zh").finding("credits-not-sole-remedy")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_policy_named_in_latin_letters_zh(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 第五部分 可接受使用政策
        我们可能不时更新本AUP，更新内容自发布于 example.com/aup 之时起生效。
        """, fmt=fmt, language="zh").finding("unilateral-amendment")
    assert f.status is Status.VAGUE, f.reasons
