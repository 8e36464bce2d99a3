"""encryption: every request or call of the vendor's own over HTTPS is a standard the vendor
binds itself to (LABELLING.md, settled 5 December 2026: "所有请求均使用HTTPS" is met), often a
passing line of a requirements clause the model scores low: found whatever the model says."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("body", "language"), [
    ("""
    # 附件八 技术要求
    二、系统要求。乙方iOS点播及观看端SDK要求iOS 11或更高版本；网页观看端可在Edge以及Chrome、Firefox的主流版本中使用。乙方SDK发出的全部请求都采用HTTPS协议。
    """, "zh"),
    ("""
    # Schedule E Technical Requirements
    E.2 The player runs on iOS 14 or later and Android 9 or later. Every API call and upload from the SDK uses HTTPS.
    """, "en"),
])
def test_every_request_over_https_meets_encryption(
        reviewed: ReviewContract, doubting: RelevanceModel, body: str, language: str) -> None:
    f = reviewed(body, language=language).finding("encryption")
    assert f.status is Status.MET, f.reasons
