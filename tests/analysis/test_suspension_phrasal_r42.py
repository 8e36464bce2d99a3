"""suspension-limits: the vendor's power to cut the service short in phrasal verbs is found, as
'may restrict' or 'may block' already were: 'may cut off Customer's access to the Products for a
time', 'may switch off access to them whenever it chooses', and an anti-DDoS address put into a
black hole ('高防IP会自动被置入黑洞状态': the customer's traffic dropped, no notice). Met with a
stated cause and a grace period after a reminder, vague with none; without the power there is
nothing to judge (missing)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body", "status"), [
    ("en", "# 6. Suspension\n6.2 Fernhill may cut off Customer's access to the Products for a time where an invoice is overdue and remains unpaid five (5) days after Fernhill has sent a written reminder.\n", Status.MET),
    ("en", "# 6. Suspension\n6.2 Fernhill may switch off access to the beta features whenever it chooses.\n", Status.VAGUE),
    ("zh", "# 三、防护说明\n3.1 攻击一旦超出弹性防护设定的最大防护带宽上限，高防IP会自动被置入黑洞状态。\n", Status.VAGUE),
])
def test_cut_off_in_phrasal_verbs(reviewed: ReviewContract, language: str, body: str, status: Status) -> None:
    f = reviewed(body, language=language).finding("suspension-limits")
    assert f.status is status, (f.status, f.reasons)


def test_shut_down_idle_agents_is_no_suspension(reviewed: ReviewContract) -> None:
    body = "# 3. Agents\n3.3 Idle agents not connected to a session incur no charge, but may be shut down after a period without activity and restarted when required.\n"
    f = reviewed(body).finding("suspension-limits")
    assert f.status is Status.MISSING, (f.status, f.reasons)
