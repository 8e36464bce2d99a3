"""credits-not-sole-remedy: the customer's other rights kept in longer words meet the item:
"without limiting Customer's right to Service Credits above or any other right or remedy",
"客户依本协议获得赔偿，不影响客户依据主协议或法律规定就云境违约行为享有的其他权利和救济" (who claims and on
what basis between 不影响 and 其他); the vendor's own rights kept ("may suspend ... without
limiting any of its rights and remedies") do not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", "# 5. Service Credits\n"
           "5.1 If the Monthly Uptime falls below 99.9%, Acme will issue Service Credits of 10% of the monthly fee.\n"
           "5.2 Acme acknowledges that missing a Service Level harms Customer; without limiting Customer's right to"
           " Service Credits above or any other right or remedy, Customer may terminate the affected Order.\n"),
    ("zh", """
        # 五、服务赔偿
        5.1 月度可用性低于99.9%的，云境按当月服务费的10%向客户赔偿。
        5.4 客户依本协议获得赔偿，不影响客户依据主协议或法律规定就云境违约行为享有的其他权利和救济。
        """),
])
def test_other_remedies_kept_meet_the_item(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("credits-not-sole-remedy")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_the_vendors_own_rights_kept_do_not(reviewed: ReviewContract) -> None:
    body = ("# 5. Service Credits\n"
            "5.1 Service Credits are Customer's sole and exclusive remedy for any failure to meet the Service Levels.\n"
            "5.2 Acme may suspend the Service immediately for non-payment, without limiting any of its rights and"
            " remedies.\n")
    f = reviewed(body).finding("credits-not-sole-remedy")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
