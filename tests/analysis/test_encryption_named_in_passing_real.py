"""Something the vendor encrypts, named with no standard, addresses encryption.

"对用户密码进行加密存储", "以不可逆加密方式保存密码摘要", "并采取加密等保护措施": a passing
line of an account or confidentiality clause, which the relevance model scores as
about something else, so the item read missing. It is addressed with no standard:
`vague` (`addressed_by`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("sentence", [
    "本站对会员的支付密码采用加密方式保存，任何员工无法查看。",
    "为防止数据泄露，乙方对备份磁带采取加密措施并异地保管。",
    "客户端与服务器之间的通讯全程加密。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_encryption_named_in_an_account_clause_is_vague(reviewed: ReviewContract, sentence: str, fmt: str) -> None:
    f = reviewed(f"""
        # 一、服务内容
        1.1 本站向会员提供虚拟主机租用服务。
        # 二、会员注册
        2.1 会员应妥善保管账号，不得转让或出借。{sentence}
        # 三、费用
        3.1 会员应在服务到期前续费。
        """, language="zh", fmt=fmt).finding("encryption")
    assert f.status is Status.VAGUE, (sentence, f.reasons)


def test_passwords_stored_encrypted_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Services
        1.1 We provide website hosting to members.
        # 2. Accounts
        2.1 Members must keep their login details safe. Member passwords are stored encrypted.
        # 3. Fees
        3.1 Fees are payable in advance.
        """).finding("encryption")
    assert f.status is Status.VAGUE, f.reasons


def test_an_encryption_dongle_is_not_about_it(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 一、交付
        1.1 乙方随软件交付加密狗一只，甲方应妥善保管。
        """, language="zh").finding("encryption")
    assert f.status is not Status.MET, f.reasons
