"""Times with no severity, each under a label of its own: the labels are the levels.

"常规支持：工作日内，我们会在24小时之内答复客户。" / "紧急支持：遇到严重影响业务运行的问题，我们承诺4小时之内
响应。": two kinds of support, each with its time. Before, two different times with no level
gave no facts at all (neither "all" nor per level). A clause cut mid-sentence by a PDF's line
break ("…我们承" / "诺 4 小时之内响应。") takes the label of the clause it goes on from.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_labelled_kinds_of_support(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 售后服务
        1. 常规支持：工作日内，我们会在24小时之内答复客户。
        2. 紧急支持：遇到严重影响业务运行的问题，我们承诺4小时之内响应。
        """, fmt=fmt, language="zh").finding("response-times")
    assert f.facts["levels"] == [{"level": "常规支持", "minutes": 1440}, {"level": "紧急支持", "minutes": 240}]


def test_one_label_missing_gives_no_levels(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # Support
        1.1 Standard requests: we reply within one business day.
        1.2 We answer urgent calls within 2 hours.
        """).finding("response-times")
    # The second time has no label of its own: no label is a level.
    assert all(lv["level"] != "Standard requests" for lv in f.facts.get("levels", []))
