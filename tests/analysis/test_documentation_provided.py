"""documentation-training: training the vendor commits to give is met; documentation alone is not.

The real-world corpus's convention (tests/corpus_real/LABELLING.md): documentation
provided with nothing on keeping it current is vague, however concretely it is
named ("在开发者中心提供快速入门、集成指南及API参考手册", "access to the developer
documentation and sample applications"); training or onboarding the vendor
commits to give, or documentation kept current, meets the item. A definition of
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
def test_training_offered_is_met(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 5. Developer Support
        5.1 Customer receives access to the developer documentation and sample applications. Supplier provides one integration review by a solutions engineer before launch.
        """, fmt=fmt).finding("documentation-training")
    assert f.status is Status.MET, f.reasons


def test_training_offered_in_the_passive_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 4. Help
        4.1 Help articles and API documentation are available in the knowledge base. Onboarding calls are offered to customers on the Premium plan.
        """).finding("documentation-training")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_documentation_named_but_not_kept_current_is_vague(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 5. Developer Support
        5.1 Customer receives access to the developer documentation, the API reference and sample applications.
        """, fmt=fmt).finding("documentation-training")
    assert f.status is Status.VAGUE, f.reasons


def test_a_definition_alone_is_not_provision(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Definitions
        1.4 "Documentation" means the user guides and API reference published by Supplier.
        # 5. Support
        5.1 Supplier will respond to Priority 1 incidents within one hour.
        """).finding("documentation-training")
    assert f.status is not Status.MET, f.reasons


@pytest.mark.parametrize(("body", "met"), [
    ("乙方在开发者中心提供快速入门、集成指南、SDK API参考手册及示例工程。", False),
    # Kept current, or training given.
    ("乙方在开发者中心提供开发文档及示例代码，并随接口更新同步修订。", True),
    ("乙方为甲方提供最新的产品说明文档。", True),
    ("帮助中心提供产品使用手册和常见问题解答，新用户可以预约在线培训。", True),
    ("乙方负责对甲方的系统管理员进行操作培训，培训不少于五（5）个工作日。", True),
    ("乙方在开发者中心发布集成文档，并在监管要求更新时修订相关指南。", True),
    ("乙方应编制并维护运维手册，在每次变更完成后5个工作日内更新相关文档。", True),
    ("SDK安装包内附接入文档；乙方在常见问题页面持续补充各平台的问题及解决方法。", True),
    ("乙方开放技术文档中心的下载权限。甲方需要培训的，可报名参加乙方认证培训课程。", True),
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
