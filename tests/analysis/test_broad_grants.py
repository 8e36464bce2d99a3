"""A broad grant of rights in one clause outweighs a limit in another (`overridden_by`).

Vendors limit data use in one clause ("only to provide the Services") and
grant themselves more in another ("to develop and improve its products"); a
reviewer must see the grant, so the item is vague and cites it. A negated
grant ("does not use Customer Content to train models") is a limit.
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_grant_elsewhere_outweighs_a_limit(reviewed: ReviewContract, fmt: str) -> None:
    f = reviewed("""
        # 6. Customer Data
        6.1 Supplier will use Customer Data only to provide the Services to Customer.
        # 9. Supplier as Controller
        9.2 Supplier may process Customer Data as an independent controller to detect fraud and to develop and improve its products.
        """, fmt=fmt).finding("data-use")
    assert f.status is Status.VAGUE, f.reasons
    text = " ".join(r.en for r in f.reasons)
    assert "develop and improve" in text and "9.2" in text
    assert [e.text for e in f.evidence][:1] and "develop and improve" in f.evidence[0].text


def test_a_grant_in_the_next_sentence_of_the_limit_counts_in_chinese(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 七、数据
        7.1 乙方不得将甲方数据用于本合同以外的目的。
        7.4 乙方仅为向甲方提供服务之目的访问甲方数据。乙方可以对运行过程中产生的数据进行去标识化处理，用于行业分析、产品研发及改进。
        """, language="zh").finding("data-use")
    assert f.status is Status.VAGUE, f.reasons
    assert "行业分析" in " ".join(r.zh for r in f.reasons)


@pytest.mark.parametrize(("clause", "status"), [
    # The customer's own data put to improving the vendor's services outweighs a deletion promise ...
    ("Supplier may use transaction data to provide, maintain and improve its services and to detect fraud across its network.", Status.VAGUE),
    ("Supplier may use Customer Data to provide, bill and improve the Services.", Status.VAGUE),
    # ... but not usage statistics, nor a use limited to that, nor a refusal.
    ("Supplier may use aggregated statistics derived from Customer Data to improve the Services.", Status.MET),
    ("Supplier will use Customer Data only to provide and improve the Services for Customer.", Status.MET),
    ("Supplier will not use Customer Data to improve its services.", Status.MET),
])
def test_the_customers_data_put_to_improving_the_service_outweighs_a_deletion(reviewed: ReviewContract, clause: str, status: Status) -> None:
    f = reviewed(f"""
        # 8. Customer Data
        8.1 {clause}
        8.2 Within thirty (30) days after termination Supplier will delete all Customer Data.
        """).finding("data-use")
    assert f.status is status, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    # A prohibition refuses the grant like a "not" ...
    ("en", """
        # 6. Customer Data
        6.1 Supplier will use Customer Data only to provide, maintain and support the Service for Customer.
        6.3 When enabled, the assistant sends Customer's prompts to a third-party model provider. Supplier's agreement with that provider prohibits it from using such data to train its models.
        """),
    # ... and a Chinese grant does not reach back across a comma into the limit before it.
    ("zh", """
        # 六、数据
        6.2 客户提交的合成文本仅用于向客户提供本服务，乙方不将其用于模型训练或其他目的；合成文本在合成完成后24小时内从乙方服务器删除。
        """),
])
def test_a_refused_training_grant_is_a_limit(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("data-use")
    assert f.status is Status.MET, f.reasons


def test_a_negated_grant_is_a_limit(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Customer Content
        5.1 Supplier will use Customer Content only to provide the Services to Customer.
        5.4 No Model Training. Supplier does not use Customer Content to train artificial intelligence or machine learning models.
        """).finding("data-use")
    assert f.status is Status.MET, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("en", """
        # 5. Data Location
        5.1 Customer Data is stored in Supplier's data centers in the European Union.
        # 8. Transfers
        8.2 Supplier may transfer Customer Personal Data to any place where Supplier or its sub-processors maintain facilities.
        """),
    ("zh", """
        # 四、数据存储
        4.1 我们在中华人民共和国境内收集和产生的个人信息存储在境内。
        4.2 您的音视频数据在传输过程中可能经过其他国家或地区的网络节点。
        """),
])
def test_a_transfer_anywhere_outweighs_a_storage_region(reviewed: ReviewContract, language: str, body: str) -> None:
    f = reviewed(body, language=language).finding("data-residency")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("clause", [
    # "... and to other countries", not only "and other countries".
    "Supplier and its Sub-processors may transfer Customer Personal Data to the United States and to other countries in which they operate.",
    # Data centres "around the world" name no region.
    "The Service is hosted on Google Cloud Platform in data centres around the world.",
])
def test_transfers_to_other_countries_outweigh_a_storage_region(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 7. Data Location
        7.1 Customer Personal Data is hosted in data centres in the European Union (Ireland).
        7.2 {clause}
        """).finding("data-residency")
    assert f.status is Status.VAGUE, f.reasons



@pytest.mark.parametrize(("language", "clause", "status"), [
    ("en", "Supplier never stores any audio, video or screen-sharing data that passes through the Service.", Status.MET),
    ("en", "Supplier does not use customer data, including transcripts, for any purpose other than providing the Service.", Status.MET),
    ("zh", "乙方默认不存储和维护甲方应用的用户信息数据。", Status.MET),
    ("en", "Supplier may store recordings of calls for 30 days to improve its services.", Status.VAGUE),
])
def test_data_not_kept_or_not_used_is_a_limit(reviewed: ReviewContract, language: str, clause: str,
                                              status: Status) -> None:
    f = reviewed(f"""
        # 6. Data
        6.1 {clause}
        """, language=language).finding("data-use")
    assert f.status is status, f.reasons


@pytest.mark.parametrize("clause", [
    "乙方承诺仅为处理甲方提出的技术支持请求之目的使用上述数据，不得将其用于其他任何目的。",
    "乙方仅为提供服务、维护服务的安全与稳定之目的处理客户个人数据，不得为其自身目的处理客户个人数据。",
    "用户在本服务中创建的资源，未经用户同意，乙方不会访问或向第三方披露。",
])
def test_chinese_purpose_limits_are_met(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"""
        # 第九条 数据
        9.1 {clause}
        """, language="zh").finding("data-use")
    assert f.status is Status.MET, f.reasons


def test_a_de_identified_grant_undoes_a_chinese_purpose_limit(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 第九条 商家数据
        9.1 乙方仅为向甲方提供本服务之目的使用商家数据。
        9.2 乙方可以在对商家数据进行去标识化处理后，将其用于统计分析、产品优化及行业研究。
        """, language="zh").finding("data-use")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("grant", [
    "to develop, train and improve the Services and the AI Features",
    "to train the AI features of the Services",
])
def test_training_and_improvement_grants_as_vendors_list_them(reviewed: ReviewContract, grant: str) -> None:
    f = reviewed(f"""
        # 7. Customer Data
        7.1 Within sixty (60) days after termination Supplier will delete Customer Data.
        7.3 Supplier may use Customer Data, including conversation content, {grant}.
        """).finding("data-use")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "body"), [
    ("zh", """
        # 四、接口变更
        4.1 接口调整将提前7日在开放平台公告。
        4.2 涉及安全风险的接口变更，平台可不经提前公告直接调整接口。
        """),
    ("en", """
        # 4. API Changes
        4.1 Norvale announces breaking API changes at least thirty (30) days in advance.
        4.2 Norvale may modify or remove API features at any time and without prior notice where it considers this necessary.
        """),
])
def test_a_right_to_change_without_notice_undoes_the_notice_period(reviewed: ReviewContract, language: str,
                                                                    body: str) -> None:
    f = reviewed(body, language=language).finding("update-policy")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize(("language", "clause"), [
    ("en", "7.3 Vantrail may compile aggregated data derived from Customer Data and may use that data to improve and develop its products and services."),
    ("zh", "7.3 乙方可使用甲方数据改进和优化平台的产品与服务。"),
])
def test_improving_and_developing_products_outweighs_a_deletion_period(reviewed: ReviewContract, language: str,
                                                                       clause: str) -> None:
    deletion = ("7.4 On termination, Vantrail will delete Customer Data within thirty (30) days." if language == "en"
                else "7.4 合同终止后，乙方将在30日内删除甲方数据。")
    heading = "# 7. Customer Data" if language == "en" else "# 七、甲方数据"
    f = reviewed(f"{heading}\n{clause}\n{deletion}", language=language).finding("data-use")
    assert f.status is Status.VAGUE, f.reasons


@pytest.mark.parametrize("body", [
    # The region chosen in one clause, traffic anywhere in another ...
    """
        # 3. Data Location
        3.1 Log Storage Region. Customer Logs are stored in the log storage region Customer selects when its tenant is provisioned: the United States, the European Union or the United Kingdom.
        3.2 Traffic Processing. Customer's traffic is processed in the data centre nearest to the user, which may be in any country where Supplier operates data centres.
        """,
    # ... or in the same clause.
    """
        # 6. Location
        6.3 Customer Data is hosted in the cloud region Customer selects when its account is provisioned: the United States or the European Union. Metadata and support data may be processed in the United States and in any other country where Supplier or its sub-processors operate.
        """,
])
def test_a_region_the_customer_chooses_outweighs_processing_anywhere(reviewed: ReviewContract, body: str) -> None:
    f = reviewed(body).finding("data-residency")
    assert f.status is Status.MET, f.reasons


def test_without_a_choice_processing_anywhere_still_outweighs_a_region(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Data Location
        3.1 Customer Logs are stored in the United States.
        3.2 Customer's traffic may be processed in any country where Supplier operates data centres.
        """).finding("data-residency")
    assert f.status is Status.VAGUE, f.reasons
