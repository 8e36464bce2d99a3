"""Wording classes of the security and data items (encryption, data-use ...) seen at several vendors.

Each test builds a small contract and reviews it through the whole pipeline.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.analysis import matching
from reviewer.analysis.matching import build_views, score_clause
from reviewer.pipeline import read_contract, resolve_checklist, split_clauses
from reviewer.review import Review, Status
from tests.analysis.conftest import MakeContract

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize(("language", "clause"), [
    ("zh", "4.4 用户须通过HTTPS协议调用接口，本平台不接受HTTP明文请求。用户应妥善保管接口密钥，因密钥泄露造成的损失由用户自行承担。"),
    ("zh", "4.4 接口均通过HTTPS协议调用，不支持HTTP明文访问。apikey是调用接口的唯一凭证，请妥善保管。"),
    ("en", "4.4 The API accepts requests only over HTTPS. Requests sent over unencrypted connections are rejected."),
])
def test_https_with_plain_http_refused_is_encryption(reviewed: ReviewContract, contract: MakeContract,
                                                     language: str, clause: str) -> None:
    # An API rule, which a relevance model may read as about API access; refusing plain
    # HTTP is a second keyword beside HTTPS, so the rules' evidence holds on its own.
    heading = "# 四、服务接入方式" if language == "zh" else "# 4. API Access"
    body = f"{heading}\n{clause}"
    f = reviewed(body, language=language).finding("encryption")
    assert f.status is Status.MET, f.reasons
    views = build_views(split_clauses(read_contract(str(contract(body, language=language)))))
    item = next(i for i in resolve_checklist(None).items if i.id == "encryption")
    (cand,) = [c for v in views if v.clause.number == "4.4" and (c := score_clause(item, v)) is not None]
    assert matching._strong(cand), [h.text for h in cand.keyword_hits]


@pytest.mark.parametrize(("language", "clause", "status"), [
    # A certification held, beside another standard followed: the certificate meets the item ...
    ("en", "Supplier's platform is certified to ISO/IEC 27001 and is operated in accordance with the Payment Card Industry Data Security Standard where card data is processed.", Status.MET),
    ("zh", "乙方数据中心已通过ISO/IEC 27001信息安全管理体系认证及ISO 9001质量管理体系认证，机房按照GB 50174《数据中心设计规范》A级标准建设。", Status.MET),
    # ... but a standard only followed is still no certificate.
    ("en", "Supplier's platform is operated in accordance with ISO/IEC 27001.", Status.VAGUE),
    ("zh", "乙方按照ISO/IEC 27001的要求建立信息安全管理体系。", Status.VAGUE),
])
def test_a_certification_held_outweighs_a_standard_followed(reviewed: ReviewContract, language: str, clause: str, status: Status) -> None:
    heading = "# 8. Security" if language == "en" else "# 八、安全"
    f = reviewed(f"{heading}\n8.2 {clause}", language=language).finding("security-certifications")
    assert f.status is status, f.reasons


def test_the_customers_use_of_the_service_is_no_limit_on_the_vendors_use_of_data(reviewed: ReviewContract) -> None:
    # "only for its internal business purposes, in accordance with ..." restricts the customer.
    f = reviewed("""
        # 5. Use of the Products
        5.1 Customer will use the Products only for its internal business purposes, in accordance with the Documentation.
        5.2 Supplier may collect and use telemetry and information on the use of the Products, including in aggregated form, to operate and secure them.
        """).finding("data-use")
    assert f.status is not Status.MET, f.reasons


def test_marketing_as_a_products_name_is_no_marketing_use(reviewed: ReviewContract) -> None:
    # "营销云" names the product; the data is used only to perform the contract.
    f = reviewed("""
        # 七、数据
        7.1 甲方在营销云中产生的线索数据、客户数据及营销素材归甲方所有。乙方仅为履行本合同之目的处理甲方数据，不得用于其他目的，不得向任何第三方提供。
        7.6 本合同终止后15日内，乙方应将甲方数据以通用格式返还甲方，并在返还后删除全部副本。
        """, language="zh").finding("data-use")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "开发者仅可在用户授权的范围内、为向用户提供应用功能之目的使用用户数据，不得将用户数据出售、提供给第三方或用于用户画像。",
    "开发者通过开放服务获取的设备数据，仅可在最终用户授权的范围内用于向该最终用户提供服务，不得出售、转让或用于其他目的。",
    "企业卸载应用或撤回授权后，开发者应在30日内删除其保存的该企业数据。",
])
def test_the_developers_duties_toward_its_users_data_are_no_limit_on_the_vendor(reviewed: ReviewContract, clause: str) -> None:
    # An open platform's rules for developers: the vendor itself promises nothing about the data.
    f = reviewed(f"""
        # 六、数据与隐私
        6.1 {clause}
        6.4 平台可以收集和使用开发者应用调用开放能力产生的日志及统计数据，用于平台运营。
        """, language="zh").finding("data-use")
    assert f.status is not Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "乙方仅为向甲方提供服务之目的处理甲方数据，不得将甲方数据用于其他目的。",
    "您的数据不得被用于向您提供服务以外的目的。",
    "本协议终止后，乙方应在30日内删除甲方数据。",
])
def test_the_vendors_own_limit_still_meets_data_use(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 六、数据
        6.1 {clause}
        """, language="zh").finding("data-use")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize("clause", [
    "Supplier will use the logs, diagnostic files and other information Customer provides for Support only to provide Support and to correct Errors in the Software.",
    "Where Customer gives Supplier access to logs or other data in the course of a support ticket, Supplier will use that data only to resolve the ticket and will delete it when the ticket is closed.",
])
def test_support_material_used_only_for_its_case_limits_data_use(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 7. Support Data
        7.2 The Software may send Supplier anonymous usage and telemetry data. Supplier may use such data to operate and support its products.
        7.3 {clause}
        """).finding("data-use")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body", "status"), [
    # Not handing data to third parties limits sharing, not the vendor's own use.
    ("zh", "# 九、数据\n9.7 未经您同意，衡验不会向第三方披露您的账号信息及业务数据，但法律法规另有规定的除外。\n9.8 客户在软件中录入的业务数据归客户所有，乙方不得将客户的业务数据提供给任何第三方。", Status.VAGUE),
    # ... while a use limit beside it still meets the item,
    ("zh", "# 九、数据\n9.7 乙方不会将甲方数据用于其他目的，也不会向第三方提供甲方数据。", Status.MET),
    # ... and so does a limit worded "仅将……用于".
    ("zh", "# 四、数据\n4.1 乙方对用户提交的身份信息负有保密义务，不得向第三方提供，并仅将上述信息用于提供电子认证服务。", Status.MET),
])
def test_no_third_party_disclosure_alone_is_no_use_limit(reviewed: ReviewContract, language: str, body: str, status: Status) -> None:
    f = reviewed(body, language=language).finding("data-use")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "clause", "status"), [
    # A deletion the vendor may make after N days binds nothing ...
    ("en", "6.4 Upon any termination, Acme will make the Customer Data available to Customer for electronic retrieval for a period of thirty (30) days, but thereafter Acme may, but is not obligated to, delete stored Customer Data.", Status.VAGUE),
    ("zh", "6.4 用户未继续付费达到6个月后，乙方有权将用户数据从平台上删除，而无需向用户承担任何赔偿责任。", Status.VAGUE),
    # ... one it will make does.
    ("en", "6.4 Acme will delete Customer Data within thirty (30) days after termination.", Status.MET),
    ("zh", "6.4 本协议终止后30日内，乙方应删除其保存的甲方数据。", Status.MET),
])
def test_a_deletion_the_vendor_may_make_is_no_deletion_commitment(reviewed: ReviewContract, language: str, clause: str, status: Status) -> None:
    heading = "# 6. Customer Data" if language == "en" else "# 六、客户数据"
    f = reviewed(f"{heading}\n{clause}", language=language).finding("data-use")
    assert f.status is status, f.reasons


def test_a_research_right_outweighs_a_deletion_commitment(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Customer Content
        5.2 Acme may collect and use data about the operation of the Offering, and Customer Content in de-identified form, to maintain its products and for research.
        5.4 Acme will delete Customer Content within ninety (90) days after the end of the Term.
    """).finding("data-use")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    # HTTPS offered beside plain HTTP ("HTTP/HTTPS接口"), or only advised to the customer,
    # leaves plain HTTP open: addressed, not met.
    ("zh", "3.3 乙方向甲方提供HTTP/HTTPS接口，乙方建议甲方采用HTTPS方式调用。"),
    ("zh", "3.3 使用RESTful API的开发者，请通过乙方提供的HTTPS域名发起请求。"),
    ("en", "3.3 The API is reachable over HTTP/HTTPS. We recommend that Customer use HTTPS for all requests."),
])
def test_https_offered_or_advised_is_no_encryption_commitment(reviewed: ReviewContract, language: str, clause: str) -> None:
    heading = "# 3. API Access" if language == "en" else "# 三、接口安全"
    f = reviewed(f"{heading}\n{clause}", language=language).finding("encryption")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    # Where data may go, named only as "outside your country or region" ...
    "# 八、个人信息\n8.1 我们对您的个人信息的处理，受《隐私政策》的约束。您的信息可能在您所在国家或地区以外的地方进行处理和存储，包括在新加坡及我们或我们的服务提供商开展业务的其他国家或地区。",
    # ... or kept on the customer's own servers, with no region: addressed, vague.
    "# 五、私有化部署\n5.1 企业版用户选择私有化部署的，加密服务在您自有的服务器上运行，您的APK不上传至乙方的服务器。",
])
def test_data_outside_your_country_or_on_your_own_servers_addresses_residency(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body, language="zh").finding("data-residency")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    # An evaluation passed, or a national security standard met, with no certificate named: vague.
    "6.1 本软件已通过国家相关部门的安全测评。",
    "6.1 乙方提供的数据库软件满足GB/T 20273《信息安全技术 数据库管理系统安全技术要求》的相关要求。",
])
def test_a_security_evaluation_or_national_standard_addresses_certifications(reviewed: ReviewContract, contract: MakeContract,
                                                                             clause: str) -> None:
    body = f"# 六、产品质量\n{clause}"
    f = reviewed(body, language="zh").finding("security-certifications")
    assert f.status is Status.VAGUE, f.reasons
    # Found by its keywords, not only by a relevance model's proposal.
    views = build_views(split_clauses(read_contract(str(contract(body, language="zh")))))
    item = next(i for i in resolve_checklist(None).items if i.id == "security-certifications")
    assert [c for v in views if v.clause.number == "6.1" and (c := score_clause(item, v)) is not None]


@pytest.mark.parametrize(("language", "body", "status"), [
    # A use limit worded "not for purposes outside this contract" meets the item ...
    ("zh", "# 八、保密\n8.3 乙方应对在服务过程中知悉的甲方网络拓扑、配置及账号密码等信息保密，不得用于本合同以外的目的。", Status.MET),
    ("en", "# 7. Customer Content\n7.2 Acme does not access or use the content of Cloud Servers and volumes, except where this is needed to remedy a fault at the Customer's request.", Status.MET),
    # ... and the customer's data put to improving the platform addresses it, vaguely.
    ("zh", "# 九、数据\n9.5 乙方可对平台上的发票数据进行统计分析，用于改进平台服务及向用户提供增值服务。", Status.VAGUE),
])
def test_use_limits_and_grants_in_other_words_address_data_use(reviewed: ReviewContract, contract: MakeContract,
                                                               language: str, body: str, status: Status) -> None:
    f = reviewed(body, language=language).finding("data-use")
    assert f.status is status, f.reasons
    # Found by its keywords, not only by a relevance model's proposal.
    views = build_views(split_clauses(read_contract(str(contract(body, language=language)))))
    item = next(i for i in resolve_checklist(None).items if i.id == "data-use")
    assert [c for v in views if v.clause.number in ("8.3", "7.2", "9.5") and (c := score_clause(item, v)) is not None]


@pytest.mark.parametrize(("clause", "status"), [
    # 不会 about something other than the data's use ("日志不会呈现个人信息") limits nothing ...
    ("2.5 除非法律法规要求，乙方不会向任何第三方提供用户的全部数据、访问记录及行为日志。除乙方对产品运行状况进行统计分析外，用户的行为日志不会呈现用户的个人信息数据。", Status.VAGUE),
    # ... while 不会 before a use of the data does.
    ("2.5 乙方不会将用户数据用于本协议约定以外的任何目的。", Status.MET),
])
def test_wont_meets_data_use_only_about_the_datas_use(reviewed: ReviewContract, clause: str, status: Status) -> None:
    f = reviewed(f"# 二、用户数据\n{clause}", language="zh").finding("data-use")
    assert f.status is status, f.reasons
