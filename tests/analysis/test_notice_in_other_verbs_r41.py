"""proactive-notice: notice of maintenance, fixes and vulnerabilities given in other verbs is addressed.

"we will endeavour to tell you about maintenance that we expect to affect you", "As important
fixes ... are released, X will let your Support Contacts know", "will email the technical
contacts about any vulnerability rated critical or high", "服务如有变更或中断，我们会事先以短信、
电子邮件或其他方式告知您": the keywords knew notify/inform/advise and a short gap before 告知.
Without a period of notice these are vague; the fixes and vulnerability forms are addressed
however low the relevance model scores them (rare in training), so also with a model that
doubts every clause.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "As critical fixes and improvements to the Globex Software are released, Globex will let your named Support Contacts know.",
    "Globex will email the Customer's technical contacts about any vulnerability in the Software rated critical or high, stating the release that fixes it.",
])
def test_fixes_and_vulnerabilities_told_are_addressed(reviewed: ReviewContract, clause: str, model: str) -> None:
    f = reviewed(f"""
        # 6. Support Services
        6.1 {clause}
        """).finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("clause", "language"), [
    ("Maintenance of the Service may take place from time to time, and we will try to tell you about maintenance that is likely to affect you.", "en"),
    ("非紧急情况下，服务如需中断进行维护，我们会事先以短信、电子邮件或其他方式告知您。", "zh"),
])
def test_maintenance_told_without_a_period_is_vague(reviewed: ReviewContract, clause: str, language: str) -> None:
    head = "# 6. Service" if language == "en" else "# 第六条 服务"
    f = reviewed(f"""
        {head}
        6.1 {clause}
        """, language=language).finding("proactive-notice")
    assert f.status is Status.VAGUE, f.reasons
