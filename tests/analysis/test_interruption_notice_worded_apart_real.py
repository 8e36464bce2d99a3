"""Notice of an interruption or maintenance, worded further apart, addresses proactive-notice.

"我们会提前通过短信、电子邮件或其他方式，就服务的变更或中断通知您", "由于系统维护而暂停某一单项
服务……向您发出与服务有关的通知": notice of an interruption with no period (`vague`), which no
keyword named (提前 and 通知 too far apart) or the model scored low in a privacy policy's list
of notices (`addressed_by`).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("body", [
    "# 三、服务变更\n        3.1 我们有权自行决定变更或暂停本服务的部分功能。在非紧急情况下，我们会提前通过站内信或电子邮件等方式，就服务的调整或中断通知您。",
    "# 六、通知\n        6.1 向您发送通知：我们可能在必要时（例如由于例行维护而暂停某项服务时）向您发送与服务有关的通知。",
])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_interruption_notice_worded_apart_is_vague(reviewed: ReviewContract, body: str, fmt: str) -> None:
    f = reviewed(f"""
        {body}
        """, language="zh", fmt=fmt).finding("proactive-notice")
    assert f.status is Status.VAGUE, (body, f.reasons)


def test_maintaining_a_service_is_not_maintenance_notice(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、共享
        4.1 我们可能与服务提供商共享您的信息，以维护和改善我们的服务，例如代表我们发送电子邮件或推送通知的通讯服务提供商。
        """, language="zh").finding("proactive-notice")
    assert f.status is Status.MISSING, f.reasons
