"""Which clauses a finding cites first (round 45).

- A clause the decision rests on but the relevance model finds unlikely about the item
  (under `outcome.WEAK_BELOW`: the definition of the percentage a credit table's bands use)
  is cited after the candidates the model finds likely: the claim procedure beside the table.
- The candidates the decision does not rest on are cited in an order where the model's
  probability weighs more than in judging (`outcome.CITE_BY_RELEVANCE`).
"""

from __future__ import annotations

import pytest

from reviewer.review import Status
from tests.analysis.conftest import ReviewContract

_CREDITS = """
    # 1. Definitions
    1.1 "Monthly Uptime Percentage" means 100% less the percentage of minutes in the monthly billing cycle {DURING}
    1.2 "Downtime" means a period of five consecutive minutes in which the Service returns errors for all requests.
    # 2. Service Credits
    2.1 A Service Credit is a percentage of the fees the Customer paid for the monthly billing cycle {SHORT}
    | Monthly Uptime Percentage | Service Credit Percentage |
    | Less than 99.9% but at least 99.0% | 10% |
    | Less than 99.0% but at least 95.0% | 25% |
    | Less than 95.0% | 100% |
    2.2 To claim a Service Credit, the Customer must open a case in the Corvane Support Center {CLAIM}
""".format(DURING="during which the Service was unavailable.", SHORT="in which uptime fell short:",
           CLAIM="no later than the end of the second billing cycle after the incident.")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_definition_the_decision_read_is_cited_after_the_claim_procedure(reviewed: ReviewContract, fmt: str) -> None:
    finding = reviewed(_CREDITS, fmt=fmt, title="Service Level Agreement").finding("service-credits")
    assert finding.status is Status.MET
    texts = [e.text for e in finding.evidence]
    assert any(t.startswith("2.2 To claim a Service Credit") for t in texts[:3]), texts
    # Still cited: a met finding cites every clause it rests on.
    assert any(t.startswith('1.1 "Monthly Uptime Percentage" means') for t in texts[3:]), texts


def test_the_model_weighs_more_in_which_candidate_is_cited(reviewed: ReviewContract) -> None:
    finding = reviewed("""
        # 二、软件功能
        2.1 本软件为企业终端提供病毒查杀、漏洞修复和终端管理功能。
        2.2 根据产品运营的需要，我们可能增加、调整或削减上述功能，具体以本软件实际提供的功能为准。
        # 四、软件更新
        4.1 为了改进用户体验、充实服务内容，我们会持续开发新的服务，并不定期向您提供软件更新{UPDATES}
        4.2 为确保本软件及服务安全、功能一致，我们有权不经向您特别通知而对软件进行更新，{LIMIT}
        4.3 本软件发布新版本后，旧版本可能无法继续使用。{OLD}
        # 十二、其他
        12.1 本协议未尽事宜由双方协商解决。
    """.format(UPDATES="（包括病毒库更新、程序版本升级和功能调整）。终端联网时，病毒库会自动更新。",
               LIMIT="或者改变、限制软件部分功能的效果。",
               OLD="对于旧版本软件能否继续使用以及相应的客户服务，我们不作保证，请您随时查看并下载最新版本。"),
        language="zh").finding("update-policy")
    assert finding.status is Status.VAGUE
    texts = [e.text for e in finding.evidence]
    # The right to update without notice, which the model finds likelier about the item,
    # before the clause that names old versions twice.
    right = [i for i, t in enumerate(texts) if t.startswith("4.2 为确保本软件及服务安全")]
    old = [i for i, t in enumerate(texts) if t.startswith("4.3 本软件发布新版本后")]
    assert right and right[0] < 3, texts
    assert not old or right[0] < old[0], texts
