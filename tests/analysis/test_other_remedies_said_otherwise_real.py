"""credits-not-sole-remedy: the customer's other rights kept, said the other way round or
in other verbs, find the clause and meet the item: the right first and "不受/不因……影响"
after ("甲方追究违约责任的权利，不受上述扣减的影响"), "不妨碍" ("上述扣减并不妨碍甲方追究
乙方的其他违约责任"), and a claim still open after the credit ("甲方获得扣减后，仍可要求
乙方承担其他违约责任"). A credit clause that keeps nothing stays short of met."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

CREDIT = "5.1 月度可用性低于99.9%的，乙方按当月服务费的10%予以扣减。\n"


@pytest.mark.parametrize("kept", [
    "5.2 甲方依据本合同及法律规定追究乙方违约责任的权利，不受上述扣减的影响。",
    "5.2 上述扣减并不妨碍甲方依法追究乙方的其他违约责任。",
    "5.2 甲方获得上述扣减后，仍可依据本合同要求乙方赔偿由此造成的损失。",
], ids=["right-not-affected", "does-not-hinder", "still-may-claim"])
def test_other_rights_kept_in_other_words_meet_the_item(reviewed: ReviewContract, kept: str) -> None:
    f = reviewed(f"# 五、服务赔偿\n{CREDIT}{kept}\n", language="zh").finding("credits-not-sole-remedy")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_a_credit_that_keeps_nothing_is_not_met(reviewed: ReviewContract) -> None:
    body = f"# 五、服务赔偿\n{CREDIT}5.2 扣减金额在下一账期的服务费中抵扣。\n"
    f = reviewed(body, language="zh").finding("credits-not-sole-remedy")
    assert f.status is not Status.MET, (f.status, f.reasons)
