"""availability: a refusal to guarantee the service's reliability ("我们不能保证本服务无故障、
绝对安全可靠", "不能保证提供安全、可靠、完善和稳定的平台服务") addresses the item as the
"不保证服务不中断" disclaimer does: vague. Licensed software's "本软件运行无故障" is not the
item. Wordings of the real-world corpus."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_a_service_reliability_disclaimer_is_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第七条 免责声明
        7.1 本服务按照现有技术水平提供，我们不能保证本服务始终无故障、稳定或能够满足您的全部需求。
        7.2 您应自行备份重要数据。
        """, language="zh", title="云存储服务协议").finding("availability")
    assert f.status is Status.VAGUE, f.reasons


def test_licensed_software_without_faults_is_not_the_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第五条 许可软件
        5.1 本软件仅按“现状”提供，许可方不保证本软件运行完全无故障、无漏洞。
        5.2 用户应自行安装本软件。
        """, language="zh", title="软件许可协议").finding("availability")
    assert f.status is Status.MISSING, f.reasons
