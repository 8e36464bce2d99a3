"""Keywords in another sense: a clause about something else does not address the item.

A privacy contact is no support channel, a territory in an export-control
clause is no data region, a penetration test's scope is no platform list, a
hosting provider's certificate is not the vendor's.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis.matching import build_views, score_clause
from reviewer.pipeline import read_contract, resolve_checklist, split_clauses
from reviewer.review import Review, Status
from tests.analysis.conftest import MakeContract

ReviewContract = Callable[..., Review]


def found_by_rules(contract: MakeContract, body: str, language: str, item_id: str) -> list[str]:
    """The clauses of a rendered contract that the item's keywords find, each as its number and
    text (the rules alone: the relevance model, which has seen clauses like these, plays no part)."""
    views = build_views(split_clauses(read_contract(str(contract(body, language=language)))))
    item = next(i for i in resolve_checklist(None).items if i.id == item_id)
    return [f"{v.clause.number or ''} {v.text}" for v in views if score_clause(item, v) is not None]


def test_a_privacy_contact_is_no_support_channel(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 十、联系我们
        10.1 如您对本政策或您的个人信息权利有任何疑问，可通过邮件privacy@example.com或热线400-800-1234联系我们的个人信息保护负责人。
        """, language="zh").finding("support-channels")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
        # 六、您的权利
        6.4 您可以通过本指引末尾的联系方式向我们提出查阅、更正、删除等请求，我们将在15个工作日内答复。
        """),
    ("en", """
        # 12. Your Privacy Rights
        12.3 Residents of certain states have the right to know, delete and correct Personal Data. We respond to verified requests within forty-five (45) days.
        """),
])
def test_a_privacy_rights_request_answered_in_days_is_no_response_time(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("response-times")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("clause", [
    "5.1 You can contact Northwind support through the web portal or by e-mail. Northwind will handle support requests in accordance with the support package agreed in the Order Form.",
    "5.1 Support for the products above is provided as described in the Northwind Support Policy for the edition purchased.",
])
def test_support_by_reference_only_addresses_response_times(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 5. Support
        {clause}
        """).finding("response-times")
    assert f.status is Status.VAGUE, f.reasons


def test_a_country_in_an_export_control_clause_is_no_data_region(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第十五条 出口管制
        一、 双方均应遵守适用的出口管制及经济制裁相关法律法规。许可软件仅供甲方在中华人民共和国境内（为本合同之目的，不含香港特别行政区）使用，未经乙方书面同意，甲方不得将许可软件转移至境外。
        """, language="zh").finding("data-residency")
    assert f.status is Status.MISSING, f.reasons


def test_a_penetration_tests_scope_is_no_platform_list(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 6. Security Testing
        6.3 Supplier runs a penetration test each year; the scope covers Windows Server 2019 and Ubuntu 22.04 hosts.
        """).finding("compatibility")
    assert f.status is Status.MISSING, f.reasons


def test_a_hosts_certificate_is_not_the_vendors(reviewed: ReviewContract) -> None:
    hosts = reviewed("""
        # 7. Security
        7.1 Supplier's data centres, operated by its hosting provider, are certified to ISO/IEC 27001.
        """).finding("security-certifications")
    own = reviewed("""
        # 7. Security
        7.1 Supplier's data centres and Services are certified to ISO/IEC 27001 and audited annually.
        """).finding("security-certifications")
    assert hosts.status is Status.VAGUE, hosts.reasons
    assert own.status is Status.MET, own.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_no_workaround_in_a_level_definition_is_no_resolution_time(reviewed: ReviewContract, fmt: str) -> None:
    r = reviewed("""
        # 3. Support
        3.1 Supplier responds to tickets within the times below.
        | Priority | Description | Response time |
        | Priority 1 | The service is down for most users; no workaround available. | 1 hour |
        | Priority 2 | A core feature fails and a workaround exists. | 4 hours |
        """, fmt=fmt)
    assert r.finding("response-times").status is Status.MET
    assert r.finding("resolution-times").status is Status.MISSING, r.finding("resolution-times").reasons


def test_a_workaround_promised_in_time_is_still_a_resolution_time(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Support
        3.1 For a Priority 1 incident for which no workaround exists, Supplier shall provide a workaround or fix within four (4) hours.
        """).finding("resolution-times")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_contact_for_something_else_is_no_support_channel(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # Your Choices
        If you would like your account deleted, contact us through the live chat button at the bottom of this page or by e-mail at help@supplier.example.
        # Changes
        We may change this Policy from time to time and will notify you by e-mail before the changes take effect.
        """, fmt=fmt, title="Privacy Policy").finding("support-channels")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("clause", [
    "Phone, e-mail and in-app chat support is included with the Professional and Enterprise editions.",
    "Customers may seek assistance through the Supplier Developer Forum and by e-mail to the developer support team.",
])
def test_channels_named_for_support(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 3. Support
        3.1 {clause}
        """).finding("support-channels")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "工单在甲方确认解决后关闭。",
    "乙方提供解决方案后，经甲方确认问题已解决的，该服务请求方可关闭。",
    "工单处理完毕后，经报障的使用单位确认方可关闭。",
    "维护完成后，由甲方联系人在服务确认单上签字，该服务请求方可关闭。",
])
def test_a_ticket_closed_on_the_customers_confirmation_in_chinese(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 三、技术支持
        3.1 {clause}
        """, language="zh").finding("ticket-closure")
    assert f.status is Status.MET, f.reasons


def test_a_change_of_the_services_functions_with_notice_is_an_update_policy(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 四、服务变更
        4.1 乙方因业务调整需变更服务功能的，将提前30天在官网公告。
        """, language="zh").finding("update-policy")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("zh", "乙方技术支持服务时间为每日8:30至21:30（含法定节假日）。"),
    ("en", "Support is available 24 hours a day, 365 days a year, through the web support portal and by telephone."),
    ("en", "Supplier maintenance and support are available 24x5, from Monday through Friday."),
])
def test_coverage_stated_as_days_and_hours(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 1. Support
        1.1 {clause}
        """, language=language).finding("support-hours")
    assert f.status is Status.MET, f.reasons



def test_a_tariff_change_notice_is_no_update_policy(contract: MakeContract) -> None:
    """"资费…提前30日书面通知" is a price change, not a product update with
    notice: the rules drop it whatever the relevance model scores."""
    path = contract("""
        # 附件二 通话资费
        1. 外呼按每分钟0.08元计费，不足1分钟的按1分钟计费。资费如因运营商调整而变动的，乙方应提前30日书面通知甲方，经甲方书面确认后执行。
        """, language="zh")
    views = build_views(split_clauses(read_contract(str(path))))
    item = next(i for i in resolve_checklist(None).items if i.id == "update-policy")
    assert [v for v in views if "资费" in v.text]
    assert all(score_clause(item, v) is None for v in views)


@pytest.mark.parametrize(("language", "clause", "status"), [
    ("en", "Customer Success. A dedicated customer success manager, and two (2) executive business reviews per subscription year covering adoption.", Status.VAGUE),
    ("en", "Enterprise customers receive quarterly operational reviews with their technical account manager.", Status.MET),
    ("en", "Each month Customer receives the Uptime Percentage report for the previous month by e-mail.", Status.MET),
    ("zh", "甲方书面要求的，乙方可以提供其工单的处理情况汇总。", Status.VAGUE),
])
def test_reviews_and_summaries_of_the_service_are_service_reports(reviewed: ReviewContract, contract: MakeContract,
                                                                   language: str, clause: str, status: Status) -> None:
    heading = "# 6. Customer Success" if language == "en" else "# 六、客户成功"
    f = reviewed(f"{heading}\n6.1 {clause}", language=language).finding("service-reports")
    assert f.status is status, f.reasons
    # The rules find it, not only the relevance model (which has seen such clauses).
    assert found_by_rules(contract, f"{heading}\n6.1 {clause}", language, "service-reports")


# Each item's wordings outside its older keyword lists, as the rules alone must find
# them: (item, language, heading, clause). The clause's number marks it among the views.
_OTHER_WORDS = [
    # Notice before maintenance, hedged.
    ("proactive-notice", "zh", "八、服务通知", "8.3 因系统维护或线路调整需要暂停服务的，千程云应尽可能事先进行通告。"),
    ("proactive-notice", "zh", "八、服务通知", "8.3 因平台维护需要中断服务的，乙方将尽量提前在控制台公告。"),
    ("proactive-notice", "en", "8. Service Notices", "8.3 For major platform upgrades we announce the upgrade window in advance by email."),
    # Requests ranked without named levels.
    ("severity-definitions", "en", "3. Support", "3.2 We prioritise tickets at our sole discretion according to their impact on Customer's websites."),
    ("severity-definitions", "en", "3. Support", "3.2 Support requests are handled in the order of their impact on production use."),
    ("severity-definitions", "zh", "三、技术支持", "3.2 乙方根据问题的紧急程度安排处理顺序。"),
    ("severity-definitions", "zh", "三、技术支持", "3.2 乙方将甲方提交的问题分为紧急问题与一般问题两类，紧急问题优先处理。"),
    # New versions and changes of the service.
    ("update-policy", "en", "4. General", "4.1 Arclight may release new versions of the SDKs at any time."),
    ("update-policy", "en", "4. General", "4.1 Harrowline may change the Services, including by adding or removing features."),
    ("update-policy", "en", "4. General", "4.1 The subscription includes firmware upgrades, ongoing feature releases and bug fixes."),
    ("update-policy", "zh", "四、一般条款", "4.1 乙方每季度向甲方提供平台的补丁包，经甲方审批后实施。"),
    # Data use, support scope and service reports.
    ("data-use", "zh", "五、约定", "5.1 乙方仅将上述日志资料用于问题诊断，并在问题单关闭后30日内删除。"),
    ("data-use", "en", "5. Terms", "5.1 Support engineers access Customer's workspace only as needed to investigate and resolve that ticket."),
    ("support-scope", "zh", "五、约定", "5.1 应用程序、代码和业务逻辑的开发、配置与维护，由您自行负责。"),
    ("support-scope", "en", "5. Terms", "5.1 We cannot write or debug code for your own website or app."),
    ("service-reports", "zh", "五、约定", "5.1 乙方每月5日前通过邮件向甲方发送上月话务报表。"),
]


@pytest.mark.parametrize(("item_id", "language", "heading", "clause"), _OTHER_WORDS)
def test_commitments_in_other_words_are_found_by_the_rules(contract: MakeContract, item_id: str, language: str,
                                                           heading: str, clause: str) -> None:
    number = clause.split()[0]
    assert any(number in text for text in found_by_rules(contract, f"# {heading}\n{clause}", language, item_id))


def test_notice_of_an_incompatible_upgrade_is_not_a_maintenance_notice(contract: MakeContract) -> None:
    found = found_by_rules(contract, "# 七、接口升级\n7.2 乙方进行不兼容升级的，应至少提前60日以电子邮件及平台公告通知甲方。",
                           "zh", "proactive-notice")
    assert not any("不兼容" in text for text in found)


@pytest.mark.parametrize(("clause", "status"), [
    ("6.2 技术支持人员将视问题的复杂程度，将工单转交二线技术团队或研发团队处理。", Status.VAGUE),
    ("6.2 一线工程师2小时内无法解决的，将问题提交区域技术支持中心处理，并由技术支持中心经理（电话：400-800-1234）负责跟进。", None),
])
def test_a_ticket_handed_to_a_higher_line_is_an_escalation(reviewed: ReviewContract, contract: MakeContract, clause: str,
                                                           status: Status | None) -> None:
    body = f"# 六、问题升级\n{clause}"
    assert any("6.2" in text for text in found_by_rules(contract, body, "zh", "escalation-path"))
    if status is not None:  # at the support team's discretion: vague
        f = reviewed(body, language="zh").finding("escalation-path")
        assert f.status is status, f.reasons


def test_a_latency_target_that_says_it_is_no_availability_measure_is_a_quality_metric(contract: MakeContract) -> None:
    path = contract("""
        # 三、服务可用性
        3.1 流式语音合成的首包时延目标为300毫秒以内。首包时延未达到目标的，不视为服务不可用。
        3.2 在线会话中消息的时延一般不超过1秒；该指标不作为服务可用性考核指标。
        """, language="zh")
    views = build_views(split_clauses(read_contract(str(path))))
    item = next(i for i in resolve_checklist(None).items if i.id == "quality-metrics")
    found = [v for v in views if "时延" in v.text and score_clause(item, v) is not None]
    assert len(found) == 2


# The versions of the document itself, when the vendor amends it, are no version-support
# window; a clause on how long old software versions are maintained still is.
@pytest.mark.parametrize(("language", "clause"), [
    ("en", "9.1 Quarrybase may update this Support Policy from time to time by posting the updated version on its website."),
    ("en", "9.1 Ninefold may update these Support Services and Service Levels from time to time by posting the updated version."),
    ("en", "9.1 Earlier versions of these Terms remain available on our website; the current version of this Agreement applies."),
    ("zh", "9.1 乙方有权更新本协议并在官网发布，本协议的最新版本自发布之日起生效，旧版本同时失效。"),
])
def test_the_documents_own_versions_are_no_support_window(contract: MakeContract, language: str, clause: str) -> None:
    assert not found_by_rules(contract, f"# 9. General\n{clause}", language, "version-support-window")


@pytest.mark.parametrize(("language", "body"), [
    ("en", "9.1 We maintain the previous major version of the SDK for twelve (12) months after a new major version is released.\n"
           "9.2 We may update this Support Policy from time to time by posting the updated version."),
    ("zh", "9.1 乙方对SDK的上一个主版本自新版本发布之日起继续维护12个月。\n9.2 乙方有权修改本协议，本协议的最新版本自发布之日起生效。"),
])
def test_a_support_window_beside_them_is_still_found(contract: MakeContract, language: str, body: str) -> None:
    found = found_by_rules(contract, f"# 9. Versions\n{body}", language, "version-support-window")
    assert any("9.1" in text for text in found) and not any("9.2" in text for text in found), found


# Judged whole: (item, language, clause markup, status).
_JUDGED = [
    # Maintenance named with nothing told to the customer gives no notice: the item is missing
    # there, while a notice in other words (转告, submitting a plan) still counts.
    ("proactive-notice", "en", "# 4. Service\n4.1 Supplier will use commercially reasonable efforts to make the Services available 24 hours a day, 7 days a week, except for planned maintenance and events beyond its reasonable control.", Status.MISSING),
    ("proactive-notice", "en", "# 4. Service\n4.1 Supplier carries out maintenance work as far as possible at times of low traffic, normally at night.", Status.MISSING),
    ("proactive-notice", "zh", "# 4. Service\n4.1 乙方可以对系统进行维护升级，并将尽量安排在非工作时间进行。", Status.MISSING),
    ("proactive-notice", "zh", "# 4. Service\n4.1 乙方获知云厂商的计划内维护将影响甲方资源的，将及时转告甲方。", Status.VAGUE),
    ("proactive-notice", "zh", "# 4. Service\n4.1 乙方对系统进行计划内维护升级的，应提前10个工作日向甲方提交书面升级方案。", Status.MET),
    # Restoring a suspended service or deleted data is no fault's resolution.
    ("resolution-times", "zh", "# 10. Service\n10.1 甲方逾期付款超过30日的，乙方可暂停服务，并应提前3日通知暂停的时间。甲方付清欠款后，乙方应在1个工作日内恢复服务。", Status.MISSING),
    ("resolution-times", "en", "# 10. Service\n10.1 Meeting rooms remain available until some time after their end date, after which they are deleted automatically. Deleted rooms cannot be restored.", Status.MISSING),
    ("resolution-times", "zh", "# 10. Service\n10.1 对于一级故障，乙方应在4小时内恢复服务；二级故障应在1个工作日内恢复服务。", Status.MET),
    # Questions or complaints about the agreement itself, answered in so many days, are no
    # support request's response time.
    ("response-times", "zh", "# 12. General\n12.5 联系方式：您对本协议有任何疑问、意见或投诉的，可以通过客服邮箱联系我们，我们将在15个工作日内予以响应处理。", Status.MISSING),
    ("response-times", "en", "# 12. General\n12.5 If you have any questions about these Terms, you can contact us by e-mail and we will respond within thirty (30) days.", Status.MISSING),
    # Two channels named do not outweigh what they are for when that is named too: an
    # exclude term takes one keyword's weight off (a mailbox and its address for questions
    # about the guide itself, or for data-protection matters only).
    ("support-channels", "zh", "# 1. 计费说明\n1.1 本指引说明平台的充值与计费规则。\n1.2 请注意，本指引限制了平台方的责任。对本指引条款有疑问的，您可通过客服渠道（电子邮箱：api@example.com）询问，平台方将向您解释条款内容。", Status.MISSING),
    ("support-channels", "zh", "# 11. 其他\n11.5 客户应将签署后的本附录发送至数据保护联络邮箱：dpo@example.com。该邮箱仅用于数据保护事务的联络，不受理技术支持请求。", Status.MISSING),
    ("support-channels", "zh", "# 5. 技术支持\n5.1 甲方可通过客服热线或工单系统提交技术支持请求。", Status.MET),
]


@pytest.mark.parametrize(("item_id", "language", "body", "status"), _JUDGED)
def test_keywords_in_another_sense_judged(reviewed: ReviewContract, item_id: str, language: str, body: str,
                                          status: Status) -> None:
    f = reviewed(body, language=language).finding(item_id)
    assert f.status is status, f.reasons


@pytest.mark.parametrize("sentence", [
    "Failures of the infrastructure are dealt with around the clock; all other requests are handled during business hours.",
    "Our network operations centre is staffed round-the-clock.",
])
def test_around_the_clock_is_no_response_clock(contract: MakeContract, sentence: str) -> None:
    # "around the clock" is 24/7 coverage, not when a response time starts or stops.
    assert found_by_rules(contract, f"# 5. Support\n5.4 {sentence}\n", "en", "response-clock") == []


def test_the_clock_itself_still_counts(contract: MakeContract) -> None:
    found = found_by_rules(contract, "# 5. Support\n5.4 The clock starts when the ticket is logged.\n", "en",
                           "response-clock")
    assert len(found) == 1


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "Our cloud infrastructure and CDN providers maintain ISO/IEC 27001 and SOC 2 certifications for their data centers."),
    ("en", "The Service is hosted with a public cloud provider whose data centers hold ISO/IEC 27001 and SOC 2 Type II attestations."),
    ("en", "The Hosted Services are operated in data centres in Germany that are certified to ISO/IEC 27001."),
    ("en", "The data centers used by Supplier are SOC 2 Type II audited facilities."),
    ("zh", "乙方使用的云基础设施服务商的数据中心已通过ISO/IEC 27001认证。"),
    ("zh", "本服务所部署的公有云数据中心已通过ISO/IEC 27001信息安全管理体系认证。"),
])
def test_the_data_centres_certificate_is_not_the_vendors(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 6. Security
        6.2 {clause}
        """, language=language).finding("security-certifications")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("sentence", [
    "The Support Team must be able to reproduce an error in order to resolve it; Customer will cooperate in reproducing errors.",
    "The severity level may be changed in consultation with Supplier while the Incident is being resolved.",
    "Supplier may reduce the video resolution automatically under poor network conditions.",
])
def test_resolving_as_a_process_is_no_resolution_time(contract: MakeContract, sentence: str) -> None:
    # "in order to resolve", "while … being resolved", a picture's resolution: no time to resolve in.
    assert found_by_rules(contract, f"# 5. Support\n5.4 {sentence}\n", "en", "resolution-times") == []
