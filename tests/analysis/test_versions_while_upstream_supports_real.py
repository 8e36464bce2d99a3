"""version-support-window: versions supported only as long as their publisher,
community or upstream supports them.

Found by the out-of-fold error analysis of the development side (hosting,
cloud and managed-platform terms of four vendors, labelled vague): "We support
operating system versions only while they are supported by their publisher",
"supports each Drupal major version until the date on which the Drupal
community ends security support for it", "数据库社区版本停止维护（EOL）后……",
"操作系统版本停止上游官方维护的，……不再保证其安全补丁及技术支持" say how long a
version is supported only by reference to someone else's end of life: they
address the item (vague), where operating-system words had excluded them or
the model scored them low, and a notice period elsewhere in the clause ("will
announce the removal of a PHP version at least 6 months before") does not
make them met. A period the vendor itself commits to after the upstream end
("MySQL官方停止维护某一大版本的，……继续为存量实例提供12个月的维护") still does.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from reviewer.analysis.matching import _addressed_over, build_views, score_clause
from reviewer.checklist import default_checklist
from reviewer.ingest import read_document
from reviewer.review import Status
from reviewer.segment import segment
from tests.analysis.conftest import MakeContract, ReviewContract


@pytest.mark.parametrize(("clause", "language"), [
    ("The provider supports operating system versions only while they are supported by their publisher.", "en"),
    ("The provider supports each Drupal major version until the date on which the Drupal community ends security support for it.", "en"),
    ("服务商支持的数据库社区版本停止维护（EOL）后，将提前通知您升级。", "zh"),
    ("服务商的公共镜像所含操作系统版本停止上游官方维护的，对已停止维护版本上运行的实例不再保证其安全补丁及技术支持。", "zh"),
])
def test_upstream_window_is_addressed(contract: MakeContract, clause: str, language: str) -> None:
    """Kept by its own wording (`find.addressed_by`), whatever the model scores,
    and not excluded by its operating-system words."""
    views = build_views(segment(read_document(contract(f"""
        # 3.
        3.1 {clause}
        """, language=language))))
    item = default_checklist().item("version-support-window")
    (view,) = [v for v in views if v.text.startswith(("The provider", "服务商"))]
    candidate = score_clause(item, view, excluding=True)
    assert candidate is not None and _addressed_over(item, view.text, candidate.keyword_hits), view.text


@pytest.mark.parametrize(("clause", "language"), [
    ("We may update the operating system and other software we manage to keep the Hosted System secure. We support operating system versions only while they are supported by their publisher.", "en"),
    ("Lanterhill supports each Drupal major version until the date on which the Drupal community ends security support for it. Lanterhill will announce the removal of a PHP version from the Platform at least 6 months before the removal date.", "en"),
    ("乙方支持的数据库大版本以控制台展示为准。数据库社区版本停止维护（EOL）后，乙方将提前通知甲方升级，并在通知中说明该版本的停止支持日期。", "zh"),
    ("公共镜像所含操作系统版本停止上游官方维护的，乙方可以下线该镜像，对已停止维护版本上运行的实例不再保证其安全补丁及技术支持。", "zh"),
])
def test_window_by_upstream_is_vague(reviewed: ReviewContract, clause: str, language: str) -> None:
    body = {"en": f"""
        # 5. Platform
        5.1 Customer shall pay the fees when due.
        5.2 {clause}
        """, "zh": f"""
        # 五、平台
        5.1 甲方应按期支付服务费用。
        5.2 {clause}
        """}[language]
    f = reviewed(body, language=language, title="Service Agreement" if language == "en" else "服务协议").finding("version-support-window")
    assert f.status is Status.VAGUE, f.reasons


def test_own_period_after_upstream_end_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 五、版本
        5.1 MySQL官方停止维护某一大版本的，乙方将至少提前6个月公告该大版本停止新建；公告后乙方继续为存量实例提供12个月的维护和安全补丁，期满后不再提供。
        """, language="zh", title="服务协议").finding("version-support-window")
    assert f.status is Status.MET, f.reasons
    assert f.facts.get("months") == 12, f.facts
