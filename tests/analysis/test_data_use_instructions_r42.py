"""data-use: the vendor as the customer's processor addresses the item, however low the model
scores such lines: the customer controls its data ('Customer controls all data in a Customer
Tenant', '会议信息由企业用户控制'), the vendor processes it on the customer's instructions
('我们依据企业用户的指示处理该等信息', 'processes Customer Data in accordance with Customer's
documented instructions') or on its behalf ('受甲方委托处理甲方数据'). A role, not a limit on use:
vague; 'only on Customer's documented instructions' limits it (met, as 'only in accordance with'
already did)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body", "status"), [
    ("en", "# 7. Tenants\n7.2 Customer can export its data whenever it wishes, using the export extension or the Management API. Customer controls all data in a Customer Tenant. Fernhill does not move data between Tenants.\n", Status.VAGUE),
    ("en", "# 7. Processing\n7.2 Fernhill processes Customer Personal Data in accordance with Customer's documented instructions, as this Addendum describes.\n", Status.VAGUE),
    ("en", "# 7. Processing\n7.2 Fernhill processes Customer Personal Data only in accordance with Customer's documented instructions.\n", Status.MET),
    ("zh", "# 二、角色\n2.1 您以最终用户身份使用服务时，您在企业组织中产生的会议信息由企业用户控制，我们依据企业用户的指示处理该等信息。\n", Status.VAGUE),
    ("zh", "# 五、数据处理\n5.1 乙方受甲方委托处理甲方数据，处理的范围以本合同附件所列为准。\n", Status.VAGUE),
])
def test_processor_role_addresses_data_use(reviewed: ReviewContract, language: str, body: str, status: Status) -> None:
    f = reviewed(body, language=language).finding("data-use")
    assert f.status is status, (f.status, f.reasons)
