"""service-reports, compatibility and other items of the support and versions sections: wordings of the real-world corpus."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "body"), [
    # The achieved availability published every month is a periodic report with its metric.
    ("en", """
        # 7. Service Levels
        7.4 Harwick will post the uptime figure reached by each region for every calendar month in the admin console.
        """),
    ("en", """
        # 7. Service Levels
        7.4 The availability measured by Harwick is posted to the admin console on a monthly basis.
        """),
    ("en", """
        # 7. Service Levels
        7.4 Harwick records the monthly uptime of each region and publishes it monthly in the admin console.
        """),
    # A periodic report or summary under another name.
    ("zh", """
        # 七、其他
        7.1 乙方每季度向甲方提交一次运维记录汇总，列明本季度请求次数及遗留问题。
        """),
])
def test_a_periodic_report_under_another_name_is_met(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("service-reports")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # The technical data a privacy notice collects names browsers and operating systems,
    # but says nothing about which platforms the product supports.
    ("en", """
        # 3. Information We Collect
        3.2 Technical information, such as IP address, browser type, operating system, device identifiers and meeting logs shown in the developer portal.
        """),
    ("zh", """
        # 三、我们收集的信息
        3.2 设备信息：包括设备标识、IP地址、浏览器类型及操作系统版本，用于排查连接问题。
        """),
])
def test_technical_data_collected_is_not_a_platform_list(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("compatibility")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("body", [
    # Processor architectures written against Chinese text, where no word boundary falls.
    """
    # 五、运行环境
    5.1 本软件支持x86_64、AArch64、LoongArch64及MIPS64架构的服务器。
    """,
    """
    # 五、部署
    5.1 乙方软件支持在x86_64及aarch64架构的Linux服务器上部署。
    """,
])
def test_architectures_named_in_chinese_text_are_platforms(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("compatibility")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("body", [
    # A right to rework the product's functions or pages, in other words than 变更功能.
    """
    # 四、平台服务
    4.1 乙方可以根据业务需要对系统的功能和页面进行改版。
    """,
    """
    # 四、平台服务
    4.1 乙方将根据监管要求对在售版本的产品功能进行更新扩展。
    """,
])
def test_a_right_to_rework_functions_addresses_the_update_policy(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("update-policy")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # How long an AI model's earlier versions stay available is the version support window.
    ("en", """
        # 9. Models
        9.2 When Nimbus replaces a model version, the replaced model version can still be called for nine (9) months.
        """),
    ("en", """
        # 9. Models
        9.2 A model snapshot stays callable for twelve (12) months after its successor ships.
        """),
    ("zh", """
        # 九、模型
        9.2 乙方上线新模型后，原模型版本继续开放调用不少于6个月。
        """),
])
def test_how_long_a_model_version_stays_available_is_the_support_window(
        reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("version-support-window")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("body", [
    # A support or case review addresses service reports; without a period it is vague.
    """
    # 4. Premium Plan
    4.2 Support review: twice a year, Glimmer walks through the customer's cases with the administrators.
    """,
    """
    # 4. Premium Plan
    4.2 Glimmer holds a support review with the customer's administrators when the customer asks for one.
    """,
])
def test_a_support_review_without_a_period_is_vague(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("service-reports")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    # Operating systems in the plural, with what is supported said of them, and system requirements.
    """
    # 6. Support Conditions
    6.1 To keep receiving Priority Support, you must meet the technical requirements we specify, including using modern and up-to-date operating systems and support software.
    """,
    """
    # 6. Support Conditions
    6.1 Customer shall use current operating systems and the latest version of the Nimbus client to receive support.
    """,
    """
    # 6. Support Conditions
    6.1 Each Nimbus product page lists its system requirements.
    """,
])
def test_supported_operating_systems_in_other_words_address_compatibility(
        reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("compatibility")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    # Reports for billing are not reports on the service.
    """
    # 10. Settlement
    10.1 Pellam makes daily settlement reports and monthly invoice reports available in the Customer Area. The Merchant must review them and raise any discrepancy within 30 days.
    """,
    """
    # 6. Fees
    6.6 Usage verification. We may check your use against the capacity purchased, using the monthly usage reports generated by the Hosted Service.
    """,
])
def test_billing_reports_are_not_service_reports(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("service-reports")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize("body", [
    # Maintenance named only as an SLA exclusion tells the customer nothing; "Agreement" in the
    # document's title is not the customer agreeing to a maintenance time.
    """
    # Lumo Service Level Agreement
    ## 4. SLA Exclusions
    4.1 The Service Commitment does not apply to any unavailability or other performance issue:
    (a) caused by factors outside our reasonable control;
    (b) during scheduled maintenance or emergency maintenance.
    """,
    """
    # Lumo Hosting Service Level Agreement
    ## Restrictions
    No credit will be issued where the unavailability is caused by:
    (a) scheduled maintenance;
    (b) the customer's own scripts.
    """,
])
def test_maintenance_named_only_as_an_sla_exclusion_gives_no_notice(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="en").finding("proactive-notice")
    assert f.status is Status.MISSING, f.reasons


@pytest.mark.parametrize(("body", "status"), [
    # The languages an SDK is offered for are its platforms ("Objective-C" is no target word,
    # also where a Chinese character follows it); sample code in some languages is not an SDK.
    ("4.1 乙方提供Python、Java及Go语言的SDK，SDK随接口版本同步更新。", Status.MET),
    ("4.1 乙方提供PHP、Java、Objective-C及Android四种语言的SDK开发包。", Status.MET),
    ("4.1 乙方官网提供PHP、Java、Python三种语言的示例代码。", Status.MISSING),
])
def test_the_languages_an_sdk_is_offered_for_are_platforms(
        reviewed: ReviewContract, body: str, status: Status) -> None:
    f = reviewed(f"""
        # 四、开发工具
        {body}
        """, language="zh").finding("compatibility")
    assert f.status is status, f.reasons


# (A public status page's uptime history is no report at all since 7 December 2026:
# test_status_page_uptime_no_report_r63.py.)
@pytest.mark.parametrize("clause", [
    "7.2 Provider keeps an uptime history for each instance.",
])
def test_an_uptime_history_or_record_is_a_vague_service_report(
        reviewed: ReviewContract, clause: str) -> None:
    # An uptime record kept or published: addressed (the model scores it low), no committed report.
    body = "# 7. Service Credits\n7.1 Provider hosts the Platform in two data centres.\n" + clause
    f = reviewed(body).finding("service-reports")
    assert f.status is Status.VAGUE, f.reasons
