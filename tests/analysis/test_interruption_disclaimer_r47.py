"""sla-measurement: a disclaimer of liability for interruptions whose causes are named in
passing, with nothing to measure in the clause ("由于不可抗力、黑客攻击等原因造成服务中断的，
乙方不承担责任"), is the service's refusal to promise availability, not an SLA exclusion list:
it does not address how the SLA is measured, however sure the model is. An exclusion list still
does (vague, LABELLING.md): causes enumerated under 下列/以下, or excepted from a promise (…除外).
The same in English: "we do not guarantee that they will be available at all times", "gives no
guarantee of uninterrupted availability"; "except for scheduled maintenance" still addresses it."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.relevance import RelevanceModel
from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]
InstallModel = Callable[[float], RelevanceModel]

# A model sure that every clause is about every item (it proposes each of them).
SURE = 0.9


@pytest.mark.parametrize("body", [
    """
    # 第七条 免责
    7.2 由于不可抗力、黑客攻击、计算机病毒、政府管制等原因造成服务中断的，乙方不承担责任。
    """,
    """
    # 第五条 服务
    三、服务因系统维护或升级、第三方网络或云服务故障、黑客攻击、不可抗力等原因中断的，乙方不负责任。
    """,
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_disclaimer_of_interruptions_does_not_address_the_measurement(
        reviewed: ReviewContract, relevance_at: InstallModel, body: str, fmt: str) -> None:
    relevance_at(SURE)
    f = reviewed(body, fmt=fmt, language="zh").finding("sla-measurement")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 第九条 免责
    9.1 本服务因下列原因中断或不能正常使用的，乙方不负责任：（一）不可抗力；（二）电信运营商线路故障；（三）黑客攻击。
    """,
    """
    # 第四条 服务
    4.1 乙方保证平台每天24小时可用，但因系统维护、不可抗力等原因造成服务中断的除外，乙方对此不承担责任。
    """,
])
def test_an_exclusion_list_still_addresses_the_measurement(
        reviewed: ReviewContract, relevance_at: InstallModel, body: str) -> None:
    relevance_at(SURE)
    f = reviewed(body, language="zh").finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    """
    # 9. Availability
    9.2 We make every effort to keep the Services running, but we do not guarantee that they will be available at all times or that they will be free of errors.
    """,
    """
    # 5. Service
    5.1 The Supplier shall make reasonable efforts to keep the Service available at all times, but gives no guarantee of uninterrupted availability.
    """,
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_english_disclaimer_does_not_address_the_measurement(
        reviewed: ReviewContract, relevance_at: InstallModel, body: str, fmt: str) -> None:
    relevance_at(SURE)
    f = reviewed(body, fmt=fmt).finding("sla-measurement")
    assert f.status is Status.MISSING, f.reasons


def test_an_english_exception_still_addresses_the_measurement(
        reviewed: ReviewContract, relevance_at: InstallModel) -> None:
    relevance_at(SURE)
    f = reviewed("""
    # 8. Service Availability
    8.1 Relaymint will use commercially reasonable efforts to make the Service available, except for scheduled maintenance, emergency maintenance and events outside its reasonable control. Relaymint does not promise that the Service will run without interruption.
    """).finding("sla-measurement")
    assert f.status is Status.VAGUE, f.reasons
