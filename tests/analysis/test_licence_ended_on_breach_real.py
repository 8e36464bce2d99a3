"""A licence ended at once on a breach addresses suspension-limits (vague).

"您违反本协议任一条款的，本授权协议将自动终止", "您未能遵守本协议条款的，您的授权将被终止",
"this Licence will terminate automatically if you fail to comply": the customer is cut
off with no notice or cure, which LABELLING.md treats like suspension without notice;
licence agreements say it in passing and the relevance model scores it low
(`addressed_by`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "您违反本协议任一条款的，本授权协议将自动终止，我们保留通过法律手段追究责任的权利。",
    "您未能遵守本协议条款的，您的授权将被终止，被许可的权利将被收回，并须承担相应的法律责任。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_licence_ended_on_breach_is_vague_in_chinese(reviewed: ReviewContract, clause: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、授权范围
        1.1 本软件的著作权归本公司所有，您可以在遵守本协议的前提下将本软件用于非商业用途。
        # 二、协议终止
        2.1 {clause}
        """, language="zh", fmt=fmt, title="软件授权协议").finding("suspension-limits")
    assert f.status is Status.VAGUE, (clause, f.reasons)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_licence_ended_on_breach_is_vague_in_english(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 1. Licence
        1.1 Acme grants you a non-exclusive licence to install and use the Software on your own computers.
        # 2. Termination
        2.1 This Licence will terminate automatically if you fail to comply with any of its terms.
        """, fmt=fmt, title="End User Licence Agreement").finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons
