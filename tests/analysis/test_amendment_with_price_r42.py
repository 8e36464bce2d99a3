"""unilateral-amendment: the vendor's right to change the terms is found though its clause names
a price beside them. The price exclusions (a change of price is no change of the terms) dropped
"may change these GTC, the service description and the charges where there is a valid reason, in
particular a change in law, regulation, purchase prices or technology" and "乙方可根据法律法规的变
化和业务需要，对本协议条款和接口价格作出调整"; the right in the item's own words (addressed_by) now
keeps the clause: vague. A change of price alone stays excluded (missing)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    ("en", "# 14. Changes\n14.1 Fernhill may change these GTC, the service description and the charges where there is a valid reason, in particular a change in law, regulation, purchase prices or technology. Changes are announced to the customer by e-mail at least 6 weeks before they take effect.\n"),
    ("zh", "# 九、协议变更\n9.1 乙方可根据法律法规的变化和业务需要，对本协议条款和接口价格作出调整，并在开放平台上公告；甲方如不同意，可停止使用并申请退还尚未使用的余额。\n"),
])
def test_terms_changed_with_price_found(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("unilateral-amendment")
    assert f.status is Status.VAGUE, (f.status, f.reasons)


def test_price_change_alone_excluded(reviewed: ReviewContract) -> None:
    body = "# 5. Fees\n5.3 Fernhill may change its prices for the next renewal term on 30 days' notice.\n"
    f = reviewed(body).finding("unilateral-amendment")
    assert f.status is Status.MISSING, (f.status, f.reasons)
