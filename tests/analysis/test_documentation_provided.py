"""documentation-training: concrete resources the vendor commits to provide are met.

The real-world corpus's convention (tests/corpus_real/LABELLING.md): named
documentation or training the vendor provides meets the item; a definition of
"Documentation" alone, a pointer to the website "for details", provision "as
you need" and documents revised irregularly (不定期修订) are vague.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_named_resources_provided_are_met(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 5. Developer Support
        5.1 Customer receives access to the developer documentation, the API reference and sample applications, and one integration review by a solutions engineer before launch.
        """, fmt=fmt).finding("documentation-training")
    assert f.status is Status.MET, f.reasons


def test_a_definition_alone_is_not_provision(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Definitions
        1.4 "Documentation" means the user guides and API reference published by Supplier.
        # 5. Support
        5.1 Supplier will respond to Priority 1 incidents within one hour.
        """).finding("documentation-training")
    assert f.status is not Status.MET, f.reasons


@pytest.mark.parametrize(("body", "met"), [
    ("乙方在开发者中心提供快速入门、集成指南、SDK API参考手册及示例工程。", True),
    ("产品全部功能详见乙方官网提供的说明文档和帮助文档。", False),
    ("乙方将根据甲方需要，提供相关技术文档和操作培训。", False),
    ("乙方在开发者中心提供产品文档与示例代码。文档会根据产品更新不定期修订。", False),
])
def test_chinese_provision(reviewed: ReviewContract, body: str, met: bool) -> None:
    f = reviewed(f"""
        # 六、文档与培训
        6.1 {body}
        """, language="zh").finding("documentation-training")
    assert (f.status is Status.MET) is met, f.reasons


@pytest.mark.parametrize("sentence", [
    "Provider publishes its user guides online and updates them when features change.",
    "The Documentation is updated as Software Releases are published.",
])
def test_documentation_kept_current_when_the_product_changes(reviewed: ReviewContract, sentence: str) -> None:
    f = reviewed(f"""
        # 4. Documentation
        4.1 {sentence}
        """).finding("documentation-training")
    assert f.status is Status.MET, f.reasons
