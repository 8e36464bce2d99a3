"""The relevance layer: the learned model of what a clause is about, and how the judge uses it.

The model file is the versioned one the product ships
(`reviewer/analysis/models/relevance.json`); the contracts are real DOCX files
read through the whole pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.analysis.judge import _off_topic
from reviewer.analysis.matching import build_views, find_candidates, score_clause
from reviewer.analysis.relevance import MAX_TEXT, MODEL_PATH, RelevanceModel, features, load_model
from reviewer.evaluation.split import split_of
from reviewer.pipeline import read_contract, resolve_checklist, split_clauses
from reviewer.review import Status
from tests.analysis.conftest import MakeContract, ReviewContract

REAL = Path(__file__).resolve().parents[1] / "corpus_real"

# (item, a clause about it, a clause that uses its words in another sense)
PAIRS = [
    ("response-times", "Provider shall respond to Severity 1 incidents within 30 minutes, 24x7.",
     "Provider's total liability shall not exceed the fees paid in the twelve months preceding the claim."),
    ("version-support-window", "Each major SDK version is supported for 18 months after the release of "
     "its successor.", "This Agreement supersedes all prior versions of it."),
    ("support-channels", "Customers may open tickets through the support portal, by e-mail or by phone.",
     "Each party shall pay its own costs of any dispute."),
    ("data-residency", "Customer Data is stored only in data centres in the European Union.",
     "Each party shall comply with the export control laws of the United States."),
    ("response-times", "乙方应在接到一级故障报告后15分钟内响应。", "甲方应在收到发票后30日内付款。"),
    ("data-residency", "甲方数据仅存储于中国境内的数据中心。", "本合同适用中华人民共和国法律。"),
]


@pytest.fixture(scope="module")
def model() -> RelevanceModel:
    loaded = load_model()
    assert loaded is not None, f"the relevance model is missing: {MODEL_PATH}"
    return loaded


@pytest.mark.parametrize(("item", "about", "other"), PAIRS)
def test_clauses_about_the_item_score_higher(model: RelevanceModel, item: str, about: str,
                                              other: str) -> None:
    p_about = model.probability(item, features(about))
    p_other = model.probability(item, features(other))
    assert p_about is not None and p_other is not None
    assert p_about >= 0.5 > p_other, (p_about, p_other)


def test_model_is_deterministic_and_bounded(model: RelevanceModel) -> None:
    text = "Provider shall respond within 30 minutes. " * 2000
    feats = features(text, "Support / Response Times")
    assert feats == features(text, "Support / Response Times")
    # Only the beginning of a long clause is read: the cost stays bounded.
    assert feats == features(text[: MAX_TEXT + 50], "Support / Response Times")
    assert model.probability("response-times", feats) == model.probability("response-times", feats)
    assert model.probability("no-such-item", feats) is None


def test_model_never_saw_a_test_vendor() -> None:
    """Documents of test-split vendors are measured, never trained on."""
    trained_on = set(json.loads(MODEL_PATH.read_text(encoding="utf-8"))["trained_on"])
    for label in REAL.glob("*.expected.json"):
        data = json.loads(label.read_text(encoding="utf-8"))
        if split_of(data["vendor"]) == "test":
            assert label.name.removesuffix(".expected.json") not in trained_on, label.name


def test_words_in_another_sense_do_not_address_items(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 1. Fees
        1.1 Customer shall pay each invoice within 30 days of receipt. Late payments bear interest of 1% per month.
        # 2. Liability
        2.1 Each party's total liability shall not exceed the fees paid in the twelve months preceding the claim.
        # 3. General
        3.1 The latest version of this Agreement is published at https://example.com/terms.
        3.2 Each party shall comply with the export control laws of the United States and of China.
    """)
    for item in ("response-times", "resolution-times", "encryption", "data-residency"):
        assert review.finding(item).status is Status.MISSING, review.finding(item).reasons


def test_every_finding_has_a_confidence(reviewed: ReviewContract) -> None:
    review = reviewed("""
        # 1. Support
        1.1 Provider shall respond to Severity 1 incidents within 30 minutes, 24x7.
        1.2 Provider will work diligently until the incident is resolved.
    """)
    for finding in review.findings:
        assert finding.confidence is not None and 0.0 <= finding.confidence <= 1.0
    # A binding number in a clause about the item is surer than hedged wording.
    met, vague = review.finding("response-times"), review.finding("resolution-times")
    assert met.status is Status.MET and vague.status is Status.VAGUE
    assert met.confidence is not None and vague.confidence is not None
    assert met.confidence > vague.confidence


@pytest.mark.parametrize(("item_id", "language", "body", "denial"), [
    ("availability", "zh", "# 第一条 服务\n"
     "1. 本系统部署于甲方机房，乙方不对本系统的可用率作出承诺。\n"
     "2. 乙方应在系统可用性下降时协助甲方排查。\n"
     "3. 因不可抗力导致服务中断的，乙方不承担赔偿责任。\n", "可用率作出承诺"),
    ("response-times", "zh", "# 第一条 技术支持\n"
     "1. 基础版用户可通过工单提交问题，乙方不对基础级支持的响应时间作出承诺。\n"
     "2. 乙方可在响应时间内安排人员处理甲方的付款咨询。\n", "响应时间作出承诺"),
    ("response-times", "en", "# 1. Support\n"
     "1.1 Basic plan tickets are handled in order of receipt; Provider makes no commitment as to "
     "response times for the Basic plan.\n"
     "1.2 Customer shall pay invoices within 30 days; the response time for billing questions is "
     "set out on the invoice.\n", "makes no commitment"),
    ("quality-metrics", "zh", "# 第二条 服务说明\n"
     "2.1 平台提供直播推流与播放服务，实测端到端延迟约为500毫秒，该数值不构成乙方对实际延迟的承诺。\n"
     "2.2 甲方应按时支付服务费用，延迟付款的按日计收滞纳金。\n", "不构成乙方对实际延迟的承诺"),
    ("availability", "en", "# 5. Add-on Tools\n"
     "5.1 Driftpage has no obligation to provide any particular level of uptime for the add-on tools.\n"
     "5.2 Uptime reports for the core platform are sent to the billing contact each month.\n",
     "no obligation to provide"),
    # The denial also names things the item excludes (credits, 减免, 赔偿): a
    # clause denying the item in its words is about the item all the same.
    ("availability", "zh", "# 第五条 服务说明\n"
     "5.1 本平台不提供服务可用性百分比承诺，亦不提供服务费减免或赔偿。\n"
     "5.2 甲方可在控制台查看服务可用状态与账单明细。\n", "不提供服务可用性百分比承诺"),
    ("availability", "en", "# 5. Control Panel\n"
     "5.1 Tidewell does not commit to any availability level for the control panel, and no service "
     "credits or refunds apply to it.\n"
     "5.2 The control panel shows the availability of each region on its status page.\n",
     "does not commit to any availability"),
    ("quality-metrics", "zh", "# 第三条 直播服务\n"
     "3.1 乙方提供直播推流与分发服务，亦不保证直播画面的清晰度、流畅度及延迟。\n"
     "3.2 甲方逾期付款的，每延迟一日按未付金额的万分之五支付违约金。\n", "不保证直播画面"),
    ("availability", "en", "# 2. Service Levels\n"
     "2.1 We do not offer a service level commitment for the Starter plan and its uptime.\n"
     "2.2 Uptime of your own servers is your responsibility.\n", "do not offer a service level"),
    ("service-reports", "zh", "# 第九条 服务支持\n"
     "9.1 乙方不另行提供书面服务报告，甲方可在控制台自行查看调用统计。\n"
     "9.2 甲方应在收到发票后30日内付款。\n", "不另行提供书面服务报告"),
], ids=["item-negation-zh", "denial-grammar-zh", "denial-grammar-en", "not-a-commitment-zh",
        "no-obligation-en", "not-provided-despite-exclusions-zh", "denial-despite-exclusions-en",
        "no-guarantee-zh", "not-offered-en", "not-provided-zh"])
def test_a_denial_naming_the_item_addresses_it_whatever_the_model_says(
        contract: MakeContract, item_id: str, language: str, body: str, denial: str) -> None:
    """Denials are rare in the training data, so a model that has not seen one
    scores it low; a denial containing the item's own keyword still makes the
    clause address it (vague), while the item's word in a clause that denies
    nothing stays dropped. The model here knows nothing about the item: it
    scores every clause 0.25 %."""
    views = build_views(split_clauses(read_contract(str(contract(body, language=language)))))
    item = next(i for i in resolve_checklist(None).items if i.id == item_id)
    blind = RelevanceModel([item_id], [-6.0], [], [([], [])])
    found = find_candidates(item, views, model=blind)
    # Kept as a denial, or by the item's own wording for addressing it where that
    # wording covers the same sentence ("该数值不构成…承诺" is quality-metrics'
    # figures offered for reference): either way the clause addresses the item.
    assert [(denial in c.view.text, c.denies or c.addressed) for c in found] == [(True, True)]
    assert not _off_topic(found, item_id)


def test_the_warranty_boilerplate_denies_no_item(contract: MakeContract) -> None:
    """"不保证服务不中断、无延迟或无错误" disclaims a warranty; it is no denial of
    latency metrics, so a model that scores it low still drops it."""
    body = ("# 第十一条 免责\n"
            "11.1 乙方不保证云信服务在任何情况下均不中断、无延迟或无错误。\n")
    views = build_views(split_clauses(read_contract(str(contract(body, language="zh")))))
    item = next(i for i in resolve_checklist(None).items if i.id == "quality-metrics")
    assert any("无延迟" in v.text and score_clause(item, v) is not None for v in views)
    blind = RelevanceModel([item.id], [-6.0], [], [([], [])])
    assert find_candidates(item, views, model=blind) == []


def test_arranging_an_engineer_as_soon_as_possible_is_a_hedged_response(contract: MakeContract) -> None:
    """"乙方将尽快安排技术人员进行排查处理" names no 响应 but is the vendor's response
    to a problem, hedged: the rules find it (the judge then reads 尽快), while
    the payment clause beside it stays out."""
    path = contract("# 三、问题处理\n1. 甲方在使用过程中遇到问题的，乙方将尽快安排技术人员进行排查处理。\n"
                    "2. 甲方应在收到发票后30日内付款。\n", language="zh")
    views = build_views(split_clauses(read_contract(str(path))))
    item = next(i for i in resolve_checklist(None).items if i.id == "response-times")
    found = [v.text for v in views if score_clause(item, v) is not None]
    assert found == ["甲方在使用过程中遇到问题的，乙方将尽快安排技术人员进行排查处理。"], found
