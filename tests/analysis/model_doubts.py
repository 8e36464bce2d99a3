"""Analysis cases the shipped relevance model gets wrong, kept as strict expected failures.

The relevance model retrained on 5 December 2026 on the corpus as the
paraphrase audit left it (``tools/train_relevance.py``; out of fold on the
development side 92.54 -> 92.78 %, evidence 90.0 -> 91.5 %) judges these
one-clause contracts otherwise than the model trained before the audit did.
Their expected statuses are right, and the rules' part of each is tested
elsewhere; what changed is the model's probability for one short clause:

- a veto: the model scores the clause below ``DROP_BELOW`` / ``VETO_BELOW``
  (0.2), so the keyword hit does not count and the item is missing;
- no veto: the model no longer scores a clause about something else below
  0.2, and its keyword hit makes the item vague;
- less sure: the model scores the clause below ``WHOLE_CLAUSE_ABOVE`` (0.8),
  where the wording was met only as a clause the model was sure of.

The model retrained on round 35's documents (5 December 2026, evening) gets three of
them right again and three more wrong (marked "model of round 35"); the one retrained
on round 36's (the next session) two more wrong (marked "model of round 36"); the one
retrained on rounds 37-40 (5 December 2026, late evening) four of them right again and two more wrong
(marked "model of rounds 37-40"); the one retrained on rounds 41-42, with the red flags
(6 December 2026), three of them right again and three more wrong (marked "model of rounds 41-42"); the one
retrained on rounds 43-44 (the next session) six of them right again and four more wrong (marked "model of
rounds 43-44"); the one retrained on rounds 45-46 (the session after) two of them right again and four more
wrong (marked "model of rounds 45-46"); the one retrained on rounds 47-49 (the session after) five of them
right again and five more wrong (marked "model of rounds 47-49"); the one retrained on rounds 50-52
(the session after) three of them right again and three more wrong (marked "model of rounds 50-52"); the
one retrained on rounds 53-55 (the session after) four of them right again and nine more wrong (marked
"model of rounds 53-55"), one more through security-incident's own veto threshold and one of them
through version-support-window's; the one retrained on round 56 (the session after) two of them
right again and two more wrong (marked "model of round 56"); the one retrained on round 57 (the session
after) two of them right again, two more through the per-item proposal bars of data residency and
resolution times (``matching.ADD_ABOVE_BY_ITEM``), and four more wrong (marked "model of round 57"); the
one retrained on round 58 (the session after) two of them right again and five more wrong (marked "model
of round 58"); the one retrained on round 59 (the session after) three of them right again and three more
wrong (marked "model of round 59"); the one retrained on round 60 (the session after) one of them right
again and four more wrong (marked "model of round 60"); the one retrained on round 61 (the session
after) three of them right again and one more wrong (marked "model of round 61"); the one retrained on
round 62 with the labels of five settled splits (the session after) three of them right again and five
more wrong (marked "model of round 62"); the one retrained on round 63 with the labels of nine more settled
classes (the session after) two of them right again and three more wrong (marked "model of round 63"); the
one retrained on rounds 64-65 with the labels of eighteen blind audits (the session after) three of them right
again and three more wrong (marked "model of rounds 64-65"), and two more right again through a rule (a
privacy-rights request is never a support time); the one retrained on round 66 (the session after) one
of them right again and four more wrong (marked "model of round 66").

Strict: when a later model or rule gets one right, the suite fails and the
entry is removed (``docs/architecture.md``, the relevance model).
"""

from __future__ import annotations

# (test file, test function, start of the parameter id as pytest writes it, non-ASCII
# escaped): why the shipped model fails it.
MODEL_DOUBTS: dict[tuple[str, str, str], str] = {
    ("test_document_amendment_not_update_real.py", "test_support_plans_amended_is_missing", ""):
        "vague, not missing: 'may update these support plans at any time' (changes to the policy, not to "
        "the software) is no longer dropped as update policy: 0.54 -> 0.69 read alone (model of rounds 41-42)",
    ("test_credits_in_other_words_real.py", "test_a_remedy_in_other_words_is_met", r"zh-\n        # \u5341\u4e94"):
        "missing, not met: the credit clause under the breach-liability heading is dropped",
    ("test_met_in_other_words.py", "test_wording_real_vendors_use", "quality-metrics-missing-en-2. Severity Levels-"):
        "vague, not missing: a severity level defined by call setup time is no longer vetoed",
    ("test_evidence_ranking_r45.py", "test_the_model_weighs_more_in_which_candidate_is_cited", ""):
        "the clause naming old versions twice is cited before the right to update without notice: "
        "0.48 -> 0.68 read alone, against 0.87 -> 0.84 (model of rounds 45-46)",
    ("test_data_use_only_to_supply_r41.py", "test_only_to_supply_meets", "Acme handles Customer Data solely"):
        "vague, not met: 'handles Customer Data solely to deliver and support the Services' is read as "
        "addressing data use without a limit the model is sure of (0.72 -> 0.64 read alone; model of "
        "rounds 50-52)",
    ("test_evidence_cited_r43.py", "test_a_met_item_cites_its_next_candidates_as_a_vague_one_does", ""):
        "two clauses cited, not three: the downtime exclusion and the credit clause fall further below the "
        "model's floor as availability (0.18 -> 0.14 and 0.16 -> 0.09 under their headings; model of "
        "rounds 50-52)",
    ("test_data_improvement_grants_other_words_zh_r41.py", "test_grant_outweighs_limit_zh",
     r"9.2 \u7532\u65b9\u540c\u610f"):
        "met, not vague: the customer's voice data put to improving recognition (用来改进) is dropped as "
        "data use (0.23 -> 0.20 under its heading; model of rounds 53-55)",
    ("test_data_improvement_grants_zh_real.py",
     "test_the_customers_data_put_to_improving_outweighs_a_deletion_in_chinese",
     r"pdf-\u4e59\u65b9\u6709\u6743\u5c06\u4ece"):
        "met, not vague: attack samples put to improving the vendor's engine, read from the PDF, are "
        "dropped as data use (0.21 -> 0.14 under its heading; model of rounds 53-55)",
    ("test_met_in_other_words.py", "test_wording_real_vendors_use",
     r"resolution-times-vague-zh-5. Maintenance-"):
        "missing, not vague: 'will try to clear platform faults' (尽力消除故障) is vetoed as resolution times "
        "(0.22 -> 0.16 under its heading; model of rounds 53-55)",
    ("test_support_hours_real.py", "test_a_reply_within_business_days_is_no_support_hours", ""):
        "vague, not missing: 'try to answer within one business day' is read as addressing support hours "
        "(0.59 -> 0.61 under its heading; model of rounds 53-55)",
    ("test_met_in_other_words.py", "test_wording_real_vendors_use", "support-channels-met-en-3. Support-Severity 1"):
        "missing, not met: 'Severity 1 cases are accepted 24 hours a day by telephone' is dropped as support "
        "channels (0.22 -> 0.18 under its heading; model of round 56)",
    ("test_documentation_cited_in_passing_r40.py", "test_documentation_cited_in_passing_is_missing",
     "period-stated-in-documentation"):
        "vague, not missing: logs retained 'for the period stated in the Documentation' is proposed as "
        "documentation (0.59 -> 0.64 under its heading, above ADD_ABOVE 0.6; model of round 57)",
    ("test_evidence_ranking_r45.py", "test_a_definition_the_decision_read_is_cited_after_the_claim_procedure",
     "docx"):
        "the uptime definition a credit table's bands use is cited among the first three: the model finds it "
        "less unlikely about service credits (0.05 -> 0.15, above outcome.WEAK_BELOW 0.1; model of round 57)",
    ("test_evidence_ranking_r45.py", "test_a_definition_the_decision_read_is_cited_after_the_claim_procedure",
     "pdf"):
        "the same from the PDF (0.05 -> 0.15; model of round 57)",
    ("test_customer_duties_not_data_limits_real.py", "test_customer_duties_do_not_meet_data_use",
     r"pdf-# \u56db\u3001\u4fb5\u6743\u5904\u7406"):
        "missing, not vague: read from the PDF, the vendor's use of personal information to improve its products "
        "is no longer found as data use beside the customer's duty to delete infringing content (model of "
        "round 58)",
    ("test_data_improvement_grants_zh_real.py",
     "test_the_customers_data_put_to_improving_outweighs_a_deletion_in_chinese",
     r"pdf-\u7532\u65b9\u540c\u610f"):
        "met, not vague: read from the PDF, the customer's audio data put to improving recognition is dropped "
        "as data use (0.08 -> 0.07 under its heading) and the deletion within 30 days meets it (model of round 58)",
    ("test_documentation_cited_in_passing_r40.py", "test_documentation_cited_in_passing_is_missing",
     "employee-training"):
        "vague, not missing: security training for the vendor's own employees is read as addressing "
        "documentation and training (0.13 -> 0.18 under its heading; model of round 58)",
    ("test_reports_and_updates_real.py", "test_supported_operating_systems_in_other_words_address_compatibility",
     r"\n    # 6. Support Conditions\n    6.1 Each Nimbus"):
        "missing, not vague: 'each product page lists its system requirements' is dropped as about something "
        "else (0.22 -> 0.20 under its heading, below matching.DROP_BELOW; model of round 59)",
    ("test_reports_and_updates_real.py", "test_a_periodic_report_under_another_name_is_met", "en-body2"):
        "missing, not met: a periodic report under another name is now dropped as service reports, both "
        "models retrained (model of round 62)",
    ("test_incident_notice_owed_to_the_vendor_real.py", "test_the_customers_promise_to_report_is_not_about_it", ""):
        "vague, not missing: the customer's own promise to report incidents to the vendor is no longer "
        "vetoed as security-incident (model of round 62)",
    ("test_reports_and_updates_real.py", "test_a_periodic_report_under_another_name_is_met", "en-body1"):
        "missing, not met: 'the availability measured ... is posted to the admin console on a monthly basis' is "
        "now dropped as service reports, both models retrained (model of round 63)",
    ("test_support_scope_addressed.py", "test_chinese_support_without_boundary_is_vague", r"\u56e0\u672c\u8f6f\u4ef6"):
        "met, not vague: '不对第三方软件或技术提供客服支持' is met as the support boundary on the word of the "
        "commitment model (0.60), both models retrained (model of round 63)",
    ("test_broad_grants.py", "test_training_and_improvement_grants_as_vendors_list_them",
     "to train the AI features of the Services"):
        "met, not vague: the grant to train the AI features is no longer read as data use beside the 60-day "
        "deletion, both models retrained (model of rounds 64-65)",
    ("test_red_flags_rules.py", "test_who_decides_the_severity",
     r"zh-\u95ee\u9898\u7b49\u7ea7\u7531\u9e70\u7738\u81ea"):
        "met, not vague: the vendor's own final say on the level, in a clause after two levels, is no longer "
        "found for the item, both models retrained (model of rounds 64-65)",
    ("test_channels_not_the_vendors_r40.py", "test_channels_not_the_vendors_support_with_the_shipped_model",
     r"zh-# \u4e8c\u3001\u6211\u4eec\u5982\u4f55\u6536\u96c6"):
        "vague, not missing: the online customer service and its mailbox, named in a privacy policy's account "
        "of what is recorded, are no longer dropped as support channels, both models retrained (model of "
        "round 66)",
    ("test_commitment_model.py", "test_the_shipped_model_meets_a_boundary_in_words_no_rule_lists",
     r"\n     # \u6280\u672f\u652f\u6301\n     5.1"):
        "vague, not met: the boundary between the platform's faults and the customer's own application is "
        "no longer met on the word of the commitment model alone, both models retrained (model of round 66)",
    ("test_reports_and_updates_real.py", "test_architectures_named_in_chinese_text_are_platforms",
     r"\n    # \u4e94\u3001\u8fd0\u884c\u73af\u5883"):
        "vague, not met: four server architectures named in Chinese text are no longer met as platforms on "
        "the commitment model's word, both models retrained (model of round 66)",
    ("test_support_hours_real.py", "test_the_service_up_around_the_clock_is_no_support_hours", ""):
        "vague, not missing: the service available '24 hours a day, 7 days a week' under planned downtime is "
        "no longer dropped as support hours, both models retrained (model of round 66)",
}


def doubt_for(path: str, function: str, param_id: str) -> str | None:
    """Why the shipped model fails this test case, or None when it is not listed."""
    name = path.rsplit("/", 1)[-1]
    for (file, func, start), why in MODEL_DOUBTS.items():
        if file == name and func == function and param_id.startswith(start):
            return why
    return None
