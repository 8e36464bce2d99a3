"""Red flags. suspension-limits: stated causes with notice, a grace period or a cure step are met; a
branch that suspends at once or without notice undoes them (the red flag wins).
unilateral-amendment: changes that need both parties' signature are met."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Finding, Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "clause", "status"), [
    ("en", "Supplier may suspend the Services if any amount remains unpaid ten (10) days after Supplier notifies Customer in writing, or if Customer does not remedy a material breach within five (5) business days of notice.", Status.MET),
    ("en", "Supplier may suspend Customer's access (a) if any undisputed amount is more than thirty (30) days overdue and Customer has not paid within ten (10) days after Supplier's written reminder, or (b) immediately, where Supplier reasonably determines that Customer's use poses a security risk.", Status.VAGUE),
    ("zh", "甲方逾期付款，经乙方书面催告后15日内仍未支付的，乙方有权暂停提供技术支持服务。", Status.MET),
    ("zh", "甲方违反本协议的，乙方有权暂停服务；情节严重的，乙方可以立即暂停甲方的全部服务。", Status.VAGUE),
    # A notice or a window in other words: a number in words with its digits, a payment window
    # counted from the notice, a period to stop the breach, a reminder (催告) without 经.
    ("en", "If You do not pay the Support Fee when due, Supplier may suspend Premium Support services after giving You fifteen (15) days' written notice of the overdue amount.", Status.MET),
    ("en", "If payment fails, we will notify you by email and may suspend your account if payment is not received within 15 days of that notice.", Status.MET),
    ("en", "Supplier may temporarily block Customer's access if Customer breaches section 8.2. Supplier will first notify Customer in text form and set a period of at least five (5) Business Days to stop the breach.", Status.MET),
    ("zh", "甲方逾期付款超过30日，且在乙方书面催告后15日内仍未支付的，乙方有权暂停提供本协议项下的服务。", Status.MET),
    # No suspension at all.
    ("zh", "乙方不得以费用结算争议或任何其他理由单方面中断、暂停政务云服务。", Status.MET),
    # An overdue period that sets a late fee is no grace period before a suspension.
    ("zh", "甲方逾期付款的，乙方有权暂停甲方的短信发送服务，直至甲方付清全部欠款；逾期超过30日的，甲方还应按每日万分之五向乙方支付逾期违约金。", Status.VAGUE),
    ("zh", "甲方逾期超过30日仍未付款的，乙方有权暂停服务。", Status.MET),
])
def test_suspension(reviewed: ReviewContract, language: str, clause: str, status: Status) -> None:
    f = reviewed(f"""
        # 9. Suspension
        9.1 {clause}
        """, language=language).finding("suspension-limits")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("clause", "status"), [
    ("本附录的任何修改，须经双方以书面形式签署方可生效。", Status.MET),
    ("乙方发布新版服务规则的，该更新不当然变更本协议。", Status.MET),
    ("乙方有权随时修改本协议，修改后的协议公布即生效。", Status.VAGUE),
])
def test_chinese_amendment_by_both_parties(reviewed: ReviewContract, clause: str, status: Status) -> None:
    f = reviewed(f"""
        # 十一、变更
        11.1 {clause}
        """, language="zh").finding("unilateral-amendment")
    assert f.status is status, f.reasons


SEVERITY_TABLE = """
    # 2. Priority Levels
    | Priority Level | Description |
    | 1 | The Service has failed and Customer cannot reach any business resources. |
    | 2 | The Service is degraded and Customer can reach some but not all business resources. |
    | 3 | Small impact on the Service; Customer can reach nearly all business resources. |
    """


def test_numbered_levels_with_descriptions_are_criteria(reviewed: ReviewContract) -> None:
    f = reviewed(SEVERITY_TABLE).finding("severity-definitions")
    assert f.status is Status.MET, f.reasons


def test_regrading_at_the_vendors_discretion_undoes_the_criteria(reviewed: ReviewContract) -> None:
    f = reviewed(SEVERITY_TABLE + """
    2.2 Supplier may move a case down to a lower Priority Level at its discretion.
    """).finding("severity-definitions")
    assert f.status is Status.VAGUE, f.reasons
    assert "discretion" in " ".join(r.en for r in f.reasons)


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "Your SLA terms stay fixed for the initial subscription term; on renewal, the SLA version current at that time governs the renewal term."),
    ("zh", "在服务期限内，服务等级条款保持不变；续期时适用届时有效的版本。"),
])
def test_terms_fixed_for_the_term(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 2. Term
        2.1 {clause}
        """, language=language).finding("unilateral-amendment")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "clause", "status"), [
    ("en", "Cobaltline measures latency across all traffic sent through the Service in each calendar month.", Status.VAGUE),
    ("en", "Customer measures availability with its own monitoring, and Customer may dispute Supplier's availability calculation.", Status.MET),
    ("zh", "服务可用性由乙方统计，按自然月计算。", Status.VAGUE),
])
def test_the_vendor_as_the_one_who_measures(reviewed: ReviewContract, language: str, clause: str,
                                            status: Status) -> None:
    f = reviewed(f"""
        # 4. Measurement
        4.1 {clause}
        """, language=language).finding("independent-measurement")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "clauses", "status"), [
    # The version in effect when the term began keeps applying: protected.
    ("en", ["Norvale may update these Support Terms by publishing a new version. An updated version applies from the start of your next Subscription Term; during the current Subscription Term the version in effect at its start continues to apply."], Status.MET),
    ("en", ["This Addendum may be amended only by a written document signed by authorised representatives of both Parties."], Status.MET),
    ("zh", ["对本协议任何条款的修改、修订或放弃，须以书面形式作出并经被主张一方签署后方才生效。"], Status.MET),
    # The protection hedged, or policies the vendor revises as it likes.
    ("en", ["Norvale may update these support plans at any time at its sole discretion. No update will, however, materially reduce the features of the plan you subscribe to."], Status.VAGUE),
    ("zh", ["我们可能适时修订本政策。修订后的政策将在官网发布。"], Status.VAGUE),
    ("zh", ["本说明可由云帆根据产品发展不时更新，更新后的版本在文档中心发布。"], Status.VAGUE),
    # A signed-amendment clause undone by rules that take effect on publication.
    ("zh", ["本合同的变更须经双方协商一致并签订书面补充协议。", "附件三在必要时由云帆修改，网站发布后立即生效。"], Status.VAGUE),
    ("zh", ["本合同的变更须经双方协商一致并签订书面补充协议。", "云帆有权在必要时修改平台服务规则，修改后的规则在平台相关页面公布七日后自动生效。"], Status.VAGUE),
    # A right to change at any time elsewhere undoes the signed-amendment clause.
    ("en", ["Any amendment of this Agreement must be in a written instrument signed by authorised representatives of both Parties.",
            "Norvale reserves the right to update this Data Processing Addendum at any time."], Status.VAGUE),
    # ... and so do rules that bind from their posting or by continued use.
    ("en", ["This Agreement may be amended only by a written document signed by both Parties. Norvale may, however, "
            "update the Program Guide from time to time by posting it; the updated versions apply from the date of posting."],
     Status.VAGUE),
    ("zh", ["本协议的变更或补充，须经双方协商一致并签署书面协议。",
            "乙方可根据业务发展调整附件二《服务等级说明》，调整后于乙方官网公布，甲方继续使用系统的，视为接受调整。"], Status.VAGUE),
    # A standing right to update the support terms from time to time undoes it too, unless
    # the same clause answers it (changes bind only on renewal; no update lowers the levels)
    # without "materially", which leaves the vendor to judge.
    ("en", ["Any amendment of this Agreement must be in writing and signed by both Parties.",
            "Norvale may update the Services, the Support Policy and the SLA from time to time, provided that no such update will materially decrease the level of support."], Status.VAGUE),
    ("en", ["Norvale may update these General Terms from time to time. The version in effect on the date of an Order applies to that Order for its Term; "
            "changes apply to an Order only on its renewal. Any other amendment must be in writing and signed by both parties."], Status.MET),
    ("zh", ["对本协议的任何修改，须以书面形式作出并经双方授权代表签署方为有效。",
            "乙方可以不时更新本政策，但更新不会在客户已付费的订阅期限内实质性降低客户所享有的支持服务。"], Status.VAGUE),
    ("zh", ["乙方可以根据需要修订本协议，修订后的版本自在乙方官网公布之日起生效；但在客户已购买的服务期内，修订不会降低本协议第三条约定的可用性标准。"], Status.MET),
])
def test_who_may_change_the_terms(reviewed: ReviewContract, language: str, clauses: list[str],
                                  status: Status) -> None:
    body = "\n".join(f"        8.{n} {c}" for n, c in enumerate(clauses, 1))
    f = reviewed(f"""
        # 8. Changes
{body}
        """, language=language).finding("unilateral-amendment")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "clause", "status"), [
    # The vendor named as the one who measures or decides.
    ("en", "The Platform will be available 99.9% of the time, as measured by Norvale over each calendar quarter.", Status.VAGUE),
    ("en", '"Uptime Percentage" means the share of minutes in a month, calculated by Norvale by subtracting the Downtime from 100%.', Status.VAGUE),
    ("en", "Norvale will check the request against its system records; credits are applied to the next invoice.", Status.VAGUE),
    ("en", "Norvale will verify each claim against its Probe records and apply the credit to the next invoice.", Status.VAGUE),
    ("en", "Norvale will review the claim against its monitoring and sync logs, which are final for the purposes of this SLA.", Status.VAGUE),
    ("zh", "不可用时长以云帆监控系统的记录为准。", Status.VAGUE),
    ("zh", "不可用时间依据云帆运维监控系统的记录统计。", Status.VAGUE),
    ("zh", "不可用分钟数依照云帆监控系统的记录计算。", Status.VAGUE),
    # Both parties check or sign the times: not the vendor's records alone.
    ("zh", "云帆应提供其自身的监测记录，双方应共同核对并确认当月服务可用性。", Status.MET),
    ("zh", "响应及处理时间以双方在服务单上签字确认的时间为准。", Status.MET),
    ("zh", "服务可用率以双方共同确认的运维月报为准。", Status.MET),
    # Reconciling a bill together measures nothing.
    ("zh", "超量费用按月结算，乙方于次月5日前提供对账单，甲方应在收到对账单后15日内核对并支付；有异议的部分，双方核对确认后再行支付。",
     Status.MISSING),
    # The customer's own logs or failed attempts count: protected ...
    ("en", "A minute is unavailable if repeated attempts by Customer to connect to the Service within that minute fail.", Status.MET),
    ("en", "The claim must include Customer's request logs or other records showing the failed requests.", Status.MET),
    # ... unless the vendor's records decide all the same (the red flag wins).
    ("en", "The claim must include Customer's request logs showing the errors. Norvale will review the claim, and its records will determine whether a credit is due.", Status.VAGUE),
])
def test_whose_records_measure_the_service(reviewed: ReviewContract, language: str, clause: str,
                                           status: Status) -> None:
    f = reviewed(f"""
        # 4. Service Credits
        4.1 {clause}
        """, language=language).finding("independent-measurement")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "Supplier may modify this SLA from time to time, but no modification will reduce the Target Availability or the Service Credits during the Term."),
    ("zh", "乙方可根据业务需要调整本SLA，但任何调整不得降低本合同期内的服务等级。"),
])
def test_a_change_that_may_not_reduce_the_service_is_protected(reviewed: ReviewContract, language: str,
                                                                clause: str) -> None:
    f = reviewed(f"""
        # 8. Changes
        8.1 {clause}
        """, language=language).finding("unilateral-amendment")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "Norvale may suspend Customer's access only if undisputed fees are more than thirty (30) days overdue, "
           "and only after giving Customer written notice describing the cause and five (5) business days to cure it."),
    ("en", "Before any suspension we will send a final e-mail notice at least forty-eight (48) hours in advance, stating the cause."),
    ("zh", "甲方违反本条约定的，乙方有权书面通知甲方改正；甲方在收到通知后15日内仍不改正的，乙方有权停止提供技术支持服务。"),
])
def test_suspension_after_notice_and_a_grace_period(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"""
        # 8. Suspension
        8.1 {clause}
        """, language=language).finding("suspension-limits")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("clause", "status"), [
    ("云帆因服务未达标而承担的责任以SLA约定的赔偿为限。", Status.VAGUE),
    ("前述服务期顺延为云帆就服务不可用向您承担的全部责任。", Status.VAGUE),
    ("本条约定的服务费扣减不影响甲方依据本合同及法律规定要求乙方承担其他违约责任的权利。", Status.MET),
    # 违约金 is how Chinese SLAs pay; the customer keeps its other remedies.
    ("前款违约金不影响甲方依本合同及法律规定享有的其他权利和救济。", Status.MET),
    ("前款违约金不足以弥补甲方实际损失的，甲方有权就不足部分继续向乙方追偿。", Status.MET),
])
def test_credits_as_the_whole_liability_in_chinese(reviewed: ReviewContract, clause: str, status: Status) -> None:
    f = reviewed(f"""
        # 第六条 服务等级
        6.1 服务可用性低于99.9%的，云帆按月服务费的10%向甲方提供赔偿。
        6.2 {clause}
        """, language="zh").finding("credits-not-sole-remedy")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "clause", "status"), [
    ("en", "Availability is the share of minutes in which the Service responds, as confirmed by Norvale's monitoring systems.", Status.VAGUE),
    ("en", "Availability is the share of minutes in a month in which the Service is up, as monitored by Norvale.", Status.VAGUE),
    # A claim the vendor confirms without saying against what is not about it.
    ("en", "If the uptime claimed is confirmed by us and is less than the commitment, we will issue the credit.", Status.MISSING),
    ("zh", "可用性按云帆监控系统统计的接口成功响应比例计算。", Status.VAGUE),
    ("zh", "服务可用率依据乙方网管系统的监测数据计算。", Status.VAGUE),
    ("zh", "不可用时长均以云帆日志系统的统计数据为准。", Status.VAGUE),
    ("zh", "乙方按月记录服务时长；甲方对记录有异议的，双方以电话记录、服务群消息等核对确认。", Status.MET),
    # The vendor's own tools or checks, in more words.
    ("en", "Unavailability is detected using Norvale's server monitoring software.", Status.VAGUE),
    ("en", "Uptime is calculated with Norvale's service availability monitoring.", Status.VAGUE),
    ("en", "Norvale checks the claim against the system metrics it has recorded and issues the credit.", Status.VAGUE),
    ("zh", "首次响应时间以乙方支持门户记录的工单提交时间及工程师首次回复时间为准。", Status.VAGUE),
    ("zh", "云帆根据其监控系统记录审核甲方的赔偿申请。", Status.VAGUE),
    # Billing figures are no measurement of the service.
    ("zh", "平台的发送记录、状态报告及计费数据以乙方平台统计为准。您对计费数据有异议的，应在对应月份结束后7日内提出，逾期视为认可。", Status.MISSING),
])
def test_whose_records_measure_the_service_more_forms(reviewed: ReviewContract, language: str, clause: str,
                                                      status: Status) -> None:
    f = reviewed(f"""
        # 4. Service Level
        4.1 {clause}
        """, language=language).finding("independent-measurement")
    assert f.status is status, f.reasons


@pytest.mark.parametrize("clause", [
    # The 不 of the condition does not negate the right after its comma.
    "甲方发送的短信内容不符合规定的，乙方有权立即暂停甲方的账号或相关通道，无需事先通知甲方。",
    "开发者违反本协议的，平台有权不经通知随时暂停或终止其应用的全部或部分接口权限。",
    "发现异常调用的，云帆有权立即冻结账号。",
])
def test_suspension_at_once_in_chinese(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第八条 暂停服务
        8.1 {clause}
        """, language="zh").finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


def test_a_condition_with_not_does_not_negate_the_right_after_its_comma(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第八条 暂停服务
        8.1 甲方逾期付款超过30日的，乙方可在书面通知后暂停服务。
        8.2 甲方发送的短信内容不符合规定的，乙方有权立即暂停甲方的相关通道。
        """, language="zh").finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "clause", "status"), [
    ("en", "Norvale may update these General Terms from time to time by posting them on its website.", Status.VAGUE),
    ("en", "Norvale may update these Support Services and Service Levels on notice.", Status.VAGUE),
    ("zh", "云帆可修订本协议，但修订不会降低本协议第三条约定的可用性标准。", Status.MET),
    # A change of the terms named with a change of price is still a change of the terms;
    # a change of price alone is not one.
    ("zh", "乙方需要调整服务价格或服务标准的，应提前30日书面通知甲方。", Status.VAGUE),
    ("zh", "乙方可以根据法律法规变化及业务需要调整本协议条款及接口价格，调整后的条款在开放平台公布。", Status.VAGUE),
    ("zh", "乙方可以根据市场情况调整接口价格，价格调整将提前30日公布。", Status.MISSING),
    ("en", "Rheinklang may change these GTC and the service description; changes are announced to the customer by e-mail.", Status.VAGUE),
])
def test_who_may_change_the_terms_more_forms(reviewed: ReviewContract, language: str, clause: str,
                                             status: Status) -> None:
    f = reviewed(f"""
        # 9. Changes
        9.1 {clause}
        """, language=language).finding("unilateral-amendment")
    assert f.status is status, f.reasons


@pytest.mark.parametrize("clause", [
    "乙方有权对恶意账户中止服务，并无需特别通知。",
    "企业用户存在危害本服务安全运行的行为的，织联有权立即暂停向企业用户提供全部或部分服务，无需事先通知。",
])
def test_suspension_without_notice_undoes_the_notice_the_other_causes_get(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第六条 暂停服务
        6.1 甲方逾期付款超过45日的，乙方有权在提前5个工作日书面通知后暂停服务。
        6.2 {clause}
        """, language="zh").finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


def test_the_power_to_suspend_whatever_it_suspends(reviewed: ReviewContract) -> None:
    # "可以立即暂停相关集群，无需事先通知" names no 服务/账号, yet it is the
    # vendor's power to suspend without notice: the red flag wins over 5.1.
    f = reviewed("""
        # 第五条 暂停服务
        5.1 客户逾期付款超过15日的，天池可以在书面通知客户后暂停相关云服务。
        5.2 客户的行为对其他客户构成安全威胁的，天池可以立即暂停相关集群，无需事先通知。
        """, language="zh").finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


def test_with_or_without_notice_is_no_negation(reviewed: ReviewContract) -> None:
    # "with or without cause and with or without notice": the first "without"
    # does not negate the second; the suspension needs no notice.
    f = reviewed("""
        # 4. Fees
        4.4 If an invoice remains unpaid for fifteen (15) days after its due date, Provider may suspend your access to the paid features until payment is received.
        # 5. Term
        5.2 Provider may suspend or terminate your account at any time, with or without cause and with or without notice.
        """).finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    "服务不可用时长以鹰眸后台监控统计数据为准。",
    "直播课中断时长以启航网校系统记录为准。",
])
def test_the_vendors_system_named_by_its_name_measures(reviewed: ReviewContract, clause: str) -> None:
    # The vendor's own system decides the outage, named by the vendor's name
    # rather than 乙方: the red flag (vague), not "not addressed".
    f = reviewed(f"""
        # 第三条 服务可用性
        3.1 乙方保证服务月度可用性不低于99.9%。
        3.2 {clause}
        3.3 甲方的账单以乙方官网公布的价格为准。
        """, language="zh").finding("independent-measurement")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("clause", "status"), [
    ("6.4 本条约定的服务费减免为乙方就服务可用性未达标向甲方承担的唯一赔偿责任。", Status.VAGUE),
    ("6.4 上述减免不影响甲方依据本合同或法律规定要求乙方赔偿损失的权利。", Status.MET),
    ("6.4 前款违约金为甲方就可用性未达标可获得的唯一补偿。", Status.VAGUE),
    ("6.4 本条约定的赠送短信条数为乙方就可用性未达标向甲方承担的全部违约责任。", Status.VAGUE),
    # The customer keeps the right to hold the vendor liable, without 其他 or 损失.
    ("6.4 服务费减免不影响甲方依据本协议及法律规定要求乙方承担违约责任的权利。", Status.MET),
    ("6.4 本条的扣款不影响甲方依照本合同约定追究乙方违约责任。", Status.MET),
])
def test_chinese_fee_reductions_as_the_only_remedy_or_not(reviewed: ReviewContract, clause: str,
                                                          status: Status) -> None:
    f = reviewed(f"""
        # 第六条 服务可用性
        6.1 乙方保证服务月度可用性不低于99.9%。
        6.2 月度可用性低于99.9%的，每低0.1个百分点，减免当月服务费的2%。
        {clause}
        """, language="zh").finding("credits-not-sole-remedy")
    assert f.status is status, f.reasons


@pytest.mark.parametrize("clause", [
    "Provider may change these procedures at any time by publishing a new version on its website.",
    "Provider may amend these Conditions from time to time by publishing the amended Conditions.",
])
def test_procedures_and_conditions_are_amendable_terms(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 9. General
        9.1 {clause}
        """).finding("unilateral-amendment")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "clause", "status"), [
    # The vendor applying objective levels to the developer's description: met (LABELLING.md, settled
    # 7 December 2026, fifteenth audit); its own or final say is vague.
    ("zh", "问题等级由鹰眸根据开发者描述进行判定。", Status.MET),
    ("zh", "问题等级由鹰眸自行判定，鹰眸的判定为最终判定。", Status.VAGUE),
    ("zh", "工单等级由织联根据企业用户提交的描述初步确定。双方对等级有异议的，按较高等级先行处理。", Status.MET),
    ("en", "Provider's decision on the priority is final.", Status.VAGUE),
])
def test_who_decides_the_severity(reviewed: ReviewContract, language: str, clause: str, status: Status) -> None:
    levels_zh = ("2.1 紧急：生产环境整体不可用，影响全部用户。\n        2.2 一般：单个功能异常，存在临时解决办法。")
    levels_en = ("2.1 Priority 1: the production service is down for all users.\n"
                 "        2.2 Priority 2: a single feature fails and a workaround exists.")
    f = reviewed(f"""
        # 2. Severity
        {levels_zh if language == "zh" else levels_en}
        2.3 {clause}
        """, language=language).finding("severity-definitions")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 4. Uptime Commitment
        4.1 Larchmont will make the Services available 99.9% of each calendar month.
        4.2 Downtime does not include:
        (a) scheduled maintenance announced five days in advance;
        (b) suspension of the Services by Larchmont in accordance with the Agreement;
        (c) problems of Customer's own network.
        """),
    ("en", """
        # 5. Exclusions
        5.1 Customer's breach of the Agreement or use of the Service other than as documented.
        5.2 Any period during which the Service is suspended under the Agreement.
        """),
    ("zh", """
        # 三、免责情形
        1. 因客户违反主协议被暂停服务的期间；
        2. 因不可抗力导致的服务中断。
        """),
    ("zh", """
        # 七、其他
        7.1 乙方有权根据业务调整修改本协议，并提前30日在官网公告；您不同意修改后的条款的，有权停止使用本服务。
        """),
])
def test_a_suspension_listed_among_exclusions_is_no_right_to_suspend(reviewed: ReviewContract, language: str,
                                                                    body: str) -> None:
    """Under "Downtime does not include:" or a heading "Exclusions" (免责情形),
    a suspension is an SLA exclusion; the customer's choice to stop using the
    service (有权停止使用) is no suspension either."""
    f = reviewed(body, language=language).finding("suspension-limits")
    assert f.status is Status.MISSING, f.reasons


def test_a_suspension_right_under_another_heading_still_counts(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 9. Suspension and Downtime
        9.1 Supplier may suspend the Services immediately at its discretion.
        """).finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("clause", "status"), [
    ("9.2 Service Credits are Customer's sole and exclusive remedy for any failure to meet the Availability "
     "commitment.", Status.VAGUE),
    ("9.2 Quillmark warrants that the Service will perform materially in accordance with the documentation. "
     "Your exclusive remedy for breach of this warranty is that Quillmark will correct the non-conformity.",
     Status.MISSING),
    ("9.2 We may modify these Terms at any time; if you do not agree, your only remedy is to stop using the "
     "Services.", Status.MISSING),
])
def test_a_sole_remedy_for_something_else_is_no_credits_remedy(reviewed: ReviewContract, clause: str,
                                                                status: Status) -> None:
    """Only a sole remedy that speaks of the service levels (credits, availability,
    downtime) limits the credits; one for a warranty breach or for disagreeing
    with modified terms is about something else."""
    f = reviewed(f"""
        # 9. General
        {clause}
        """).finding("credits-not-sole-remedy")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("clause", "status"), [
    ("5.4 不可用分钟数以乙方监控系统记录为依据。甲方对统计结果有异议的，可在收到服务报告后10个工作日内"
     "提供其自身的访问日志或截图，双方共同核对确认。", Status.MET),
    ("5.4 不可用分钟数以乙方监控系统记录为依据，乙方的统计结果为最终结果。", Status.VAGUE),
], ids=["customer-may-dispute", "vendor-decides"])
def test_the_customers_dispute_answers_the_vendors_records(reviewed: ReviewContract, clause: str,
                                                           status: Status) -> None:
    """The vendor's records as the basis, then the customer's right to dispute them
    with its own logs in the same clause: the records are a default, not the last word."""
    f = reviewed(f"""
        # 第五条 服务等级
        5.1 乙方保证服务月度可用性不低于99.9%。
        {clause}
        """, language="zh").finding("independent-measurement")
    assert f.status is status, f.reasons


def _one_clause(reviewed: ReviewContract, item: str, language: str, clause: str) -> Finding:
    """The finding for `item` in a contract of one numbered clause."""
    return reviewed(f"""
        # 8. Terms
        8.1 {clause}
        """, language=language).finding(item)


@pytest.mark.parametrize(("item", "language", "clause", "status"), [
    # A power to cut the service short of the word "suspend" is a suspension too.
    ("suspension-limits", "en",
     "The Provider may temporarily restrict usage at its sole discretion if it detects abnormal traffic.", Status.VAGUE),
    ("suspension-limits", "en",
     "Corvane may block connections to destinations it considers fraudulent, without prior notice.", Status.VAGUE),
    ("suspension-limits", "zh", "甲方逾期付款超过30日的，乙方有权在书面通知甲方后暂停新终端的激活。", Status.MET),
    ("suspension-limits", "zh", "表单内容违法的，乙方有权立即停止该表单的数据收集并限制访问，无需事先通知客户。",
     Status.VAGUE),
    # Measured by the customer, by both parties or by a third party: protected.
    ("independent-measurement", "en",
     "Availability is measured by third-party synthetic monitoring probes every minute from five regions.", Status.MET),
    ("independent-measurement", "zh",
     "不可用时间以甲方运维监控系统的记录为准；乙方有异议的，双方应在5个工作日内共同核实确认。", Status.MET),
    ("independent-measurement", "zh", "服务不可用时长以经双方核实的数据为准。", Status.MET),
    # The vendor's own monitoring in other words: the red flag.
    ("independent-measurement", "en",
     "Downtime means the time during which any of the Included Services listed below is not capable of fulfilling "
     "its primary purpose or of being accessed or used by the Customer, as monitored by Cratehold.", Status.VAGUE),
    ("independent-measurement", "en",
     "Vistaro calculates unavailability using its server monitoring software, which measures the error rate.",
     Status.VAGUE),
    ("independent-measurement", "zh", "服务不可用时间以栖风服务器日志记录为准。", Status.VAGUE),
    # The right to interpret listed with the vendor's other rights.
    ("no-final-interpretation", "zh", "本协议的解释、修改及更新权均属于北京青垄信息技术有限公司。", Status.VAGUE),
])
def test_red_flag_wordings_vendors_use(reviewed: ReviewContract, item: str, language: str, clause: str,
                                       status: Status) -> None:
    f = _one_clause(reviewed, item, language, clause)
    assert f.status is status, f.reasons


@pytest.mark.parametrize("clause", [
    "11.2 Corvane may amend this Guide from time to time.",
    "11.2 Lanterhill will update this guide from time to time; the current version is on its website.",
    "11.2 We may update this Security Program from time to time, but no update will materially diminish the overall security of the Services.",
])
def test_the_vendor_updating_its_guide_or_program_is_a_unilateral_amendment(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"# 11. General\n{clause}").finding("unilateral-amendment")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("item_id", "language", "clause"), [
    # Credits that leave the customer's other claims open.
    ("credits-not-sole-remedy", "en", "5.6 Further statutory claims of Customer, in particular claims for damages, remain unaffected by the fee reduction."),
    ("credits-not-sole-remedy", "zh", "5.6 服务费减免不影响甲方依据本合同或法律规定主张其他权利和救济。"),
    ("credits-not-sole-remedy", "zh", "5.6 上述扣减不免除乙方依本合同应承担的其他违约责任。"),
    ("credits-not-sole-remedy", "zh", "5.6 违约金不足以弥补甲方损失的，甲方有权就差额部分继续向乙方追偿。"),
    # Measurement both parties confirm, or the customer's own records.
    ("independent-measurement", "en", "5.6 \"Downtime\" means time during which Customer cannot log in because of a failure of the Service, as confirmed by both Customer and Quarrystone."),
    ("independent-measurement", "en", "5.6 A credit request must include your own request logs or notification records that document the errors."),
    ("independent-measurement", "zh", "5.6 中断时长由双方依据甲方监控平台记录及故障工单共同确认。"),
    ("independent-measurement", "zh", "5.6 拨测数据由双方共同保存，每月由双方共同确认。"),
])
def test_protections_in_other_words(reviewed: ReviewContract, item_id: str, language: str, clause: str) -> None:
    heading = "# 5. Service Levels" if language == "en" else "# 五、服务等级"
    f = reviewed(f"{heading}\n{clause}", language=language).finding(item_id)
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "9.3 We may terminate your access to the Service at any time, with or without cause, with or without notice, effective immediately."),
    ("zh", "9.3 智盾有权随时中断或终止向您提供本服务条款项下的网络服务。"),
])
def test_access_cut_off_at_will_is_an_unlimited_suspension(reviewed: ReviewContract, language: str, clause: str) -> None:
    f = reviewed(f"# 9. Termination\n{clause}" if language == "en" else f"# 九、服务终止\n{clause}",
                 language=language).finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


def test_the_vendor_adjusting_its_service_policy_is_a_unilateral_amendment(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 十二、其他
        12.1 乙方可根据业务发展调整服务政策，调整后的服务政策在乙方官网公布之日起适用于本合同。
        """, language="zh").finding("unilateral-amendment")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "heading", "notice", "branch"), [
    ("zh", "九、暂停服务", "9.1 甲方逾期付款超过30日，经乙方书面催告后15日内仍未支付的，乙方有权暂停订阅服务。",
     "9.2 甲方违反本协议第五条的，乙方有权在不通知甲方的情况下暂停甲方的接口调用权限。"),
    ("zh", "九、暂停服务", "9.1 甲方逾期付款超过30日，经乙方书面催告后15日内仍未支付的，乙方有权暂停订阅服务。",
     "9.2 甲方违反法律法规的，乙方有权立即停止提供订阅服务。"),
    ("zh", "九、暂停服务", "9.1 甲方逾期付款超过30日，经乙方书面催告后15日内仍未支付的，乙方有权暂停订阅服务。",
     "9.2 用户违反使用规范的，乙方有权视情节采取限制外链分享、暂停账号使用等措施。"),
    ("en", "9. Suspension", "9.1 Supplier may suspend Customer's access if (a) any undisputed amount is more than thirty (30) days overdue and Customer has not paid within ten (10) days of Supplier's written notice, or (b) Customer's use threatens the security of the Services, in which case Supplier may act immediately.",
     "9.2 Supplier will restore access once the cause of the suspension is removed."),
])
def test_a_branch_that_suspends_at_once_outweighs_one_with_notice(reviewed: ReviewContract, language: str,
                                                                  heading: str, notice: str, branch: str) -> None:
    """Non-payment with a written reminder is a stated cause with notice; a
    second clause suspending "without notifying", "立即停止", "视情节" or "may act
    immediately" undoes it (the red flag wins across clauses too)."""
    f = reviewed(f"""
        # {heading}
        {notice}
        {branch}
        """, language=language).finding("suspension-limits")
    assert f.status is Status.VAGUE, f.reasons


# Red flags in other words, each case under its own heading: (item, language, clause markup, status).
_AMENDMENT = "# 11. Changes\n11.1 "
_REMEDY = "# 8. Remedies\n8.1 "
_SUSPENSION = "# 9. Service\n9.1 "
_RECORDS_ZH = "# 三、服务可用性\n3.1 乙方保证服务月度可用性不低于99.9%。\n3.2 "
_RECORDS_EN = "# 3. Service Levels\n3.1 Supplier will make the Service available 99.9% of each calendar month.\n3.2 "
_FLAG_CASES = [
    # Changes that need both parties' agreement, in other word orders, and changes that bind only
    # from the customer's next term or leave earlier orders on their terms, are met; a change
    # right effective on posting with nothing answering it is still the red flag.
    ("unilateral-amendment", "en", _AMENDMENT + "No alteration or variation of this Agreement applies unless agreed in writing by both Parties.", Status.MET),
    ("unilateral-amendment", "zh", _AMENDMENT + "对本合同内容的任何修改和变更须采用书面形式，并经双方签字盖章后生效。", Status.MET),
    ("unilateral-amendment", "en", _AMENDMENT + "Supplier may update these Terms by posting a new version and notifying Customer by e-mail. An updated version applies from the start of the next Subscription Period; during the current Subscription Period the version Customer accepted continues to apply.", Status.MET),
    ("unilateral-amendment", "en", _AMENDMENT + "Supplier may update this Policy by posting a new version on its website. The updated Policy applies from the date of posting; however, no update will reduce the service levels of Customer's plan during the current term.", Status.MET),
    ("unilateral-amendment", "zh", _AMENDMENT + "乙方有权根据业务需要修改本合同条款，修改后的条款在本网站公布即生效；修改前已完成支付的订单，适用下单时的合同条款。", Status.MET),
    ("unilateral-amendment", "en", _AMENDMENT + "Supplier may update this Policy by posting a new version on its website. The updated Policy applies from the date of posting.", Status.VAGUE),
    # A fee named elsewhere in the clause does not make a change right a price change ...
    ("unilateral-amendment", "en", _AMENDMENT + "The Support Services are subject to Customer's payment of the licence fees. Supplier reserves the right to revise this Support Agreement at any time by posting the revised version on the support portal.", Status.VAGUE),
    ("unilateral-amendment", "zh", _AMENDMENT + "磐石软件可根据业务发展对本说明进行调整，调整后的说明在官网公布。", Status.VAGUE),
    # ... while a change of the prices alone is not a change of the terms.
    ("unilateral-amendment", "en", _AMENDMENT + "Supplier may change its prices for renewal terms by giving Customer sixty (60) days' written notice.", Status.MISSING),
    ("unilateral-amendment", "zh", _AMENDMENT + "乙方可根据市场情况调整服务价格，并提前30日通知甲方。", Status.MISSING),
    # A suspension made under another clause, named as a cause or a consequence, or the suspension
    # of an instruction or a data transfer, is no right to suspend; a suspension right still is.
    ("suspension-limits", "en", _SUSPENSION + "Unavailability does not include: (a) scheduled maintenance; (b) problems of the Customer's network; and (c) suspension of the Service under the Agreement.", Status.MISSING),
    ("suspension-limits", "en", _SUSPENSION + "If the Client's account is suspended under the Agreement, Premium Support Services are suspended for the same period.", Status.MISSING),
    ("suspension-limits", "zh", _SUSPENSION + "客户违反法律法规或服务协议，被乙方依法依约暂停或终止服务引起的不可用，不计入服务不可用时间。", Status.MISSING),
    ("suspension-limits", "zh", _SUSPENSION + "乙方认为甲方指示违反法律法规的，应立即告知甲方，并有权暂停执行该指示。", Status.MISSING),
    ("suspension-limits", "en", _SUSPENSION + "Supplier may suspend the Services without notice if Customer's use threatens the security of the Services.", Status.VAGUE),
    # The vendor's records as the basis, answered in the same sentence by the customer's right to
    # dispute them with its own, or by figures both parties check, are not its records alone ...
    ("independent-measurement", "zh", _RECORDS_ZH + "不可用时长以乙方运维系统记录为准，客户可以其自身的访问记录及截图提出异议，双方据实核对。", Status.MET),
    ("independent-measurement", "zh", _RECORDS_ZH + "服务不可用时间依据乙方监控系统的探测记录计算；客户可以提交其应用侧的监控日志作为补充，双方有争议的，以双方共同核对确认的数据为准。", Status.MET),
    ("independent-measurement", "zh", _RECORDS_ZH + "服务不可用时长以乙方运维系统记录为准。", Status.VAGUE),
    # ... while the vendor's own system or word as the record, in other words, is.
    ("independent-measurement", "en", _RECORDS_EN + "Response times are measured from the time the case is opened, as recorded in Supplier's case management system.", Status.VAGUE),
    ("independent-measurement", "en", _RECORDS_EN + "Downtime means any period in which the Service is unavailable, as confirmed by Supplier.", Status.VAGUE),
    # A sole remedy for a breached warranty, or for objecting to a new sub-processor, is not the
    # remedy for a missed service level; credits as the sole remedy for the SLA still are the flag,
    # also in other words (compensation for interruptions, a refund as the whole liability).
    ("credits-not-sole-remedy", "en", _REMEDY + "Supplier warrants that the Services will perform materially in accordance with the Documentation. Customer's exclusive remedy for breach of this warranty is for Supplier to correct the non-conformity or, failing that, to refund the prepaid fees.", Status.MISSING),
    ("credits-not-sole-remedy", "zh", _REMEDY + "乙方保证软件自交付之日起90日内与文档实质相符。乙方无法修复的，甲方可以终止订单并获得退款。前述措施为甲方就违反本条保证的唯一救济。", Status.MISSING),
    ("credits-not-sole-remedy", "en", _REMEDY + "If Customer objects to a new sub-processor and the parties cannot agree, Customer may terminate the affected Services as its sole and exclusive remedy.", Status.MISSING),
    ("credits-not-sole-remedy", "en", _REMEDY + "Service credits are Customer's sole and exclusive remedy for any failure to meet the Service Levels.", Status.VAGUE),
    ("credits-not-sole-remedy", "en", _REMEDY + "The compensation described above is the Customer's sole remedy, and the Company's entire liability, for interruptions or other failures of the Services.", Status.VAGUE),
    ("credits-not-sole-remedy", "zh", _REMEDY + "直播课因平台原因中断的，乙方安排补课或退还课时费；上述补课或退还课时费为乙方就直播课中断承担的全部责任。", Status.VAGUE),
]


@pytest.mark.parametrize(("item_id", "language", "body", "status"), _FLAG_CASES)
def test_red_flags_in_other_words(reviewed: ReviewContract, item_id: str, language: str, body: str,
                                  status: Status) -> None:
    f = reviewed(body, language=language).finding(item_id)
    assert f.status is status, f.reasons
