"""Re-running a changed contract keeps the reviewer's work (`reviewer.api.rerun`)."""

from __future__ import annotations

from pathlib import Path

from reviewer import api
from reviewer.annotations import Annotations
from reviewer.document import Document
from reviewer.fingerprint import file_sha256
from reviewer.review import Status
from tests.fixtures import pdf_factory as pf


def test_rerun_keeps_annotations_and_follows_the_new_file(tmp_path: Path) -> None:
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    first = api.review(contract)
    item = first.findings[2].item_id
    saved = api.new_saved_review(first, contract, Annotations().with_item(
        item, note="ask legal", status_override=Status.MISSING))
    api.save_review_file(tmp_path / "acme.review.json", saved)

    pf.long_table_pdf(contract)  # the vendor sent a new version under the same name
    reopened = api.load_review_file(tmp_path / "acme.review.json")
    assert api.contract_state(reopened, contract) is api.ContractState.CHANGED

    documents: list[Document] = []
    fractions: list[float] = []
    fresh = api.rerun(reopened, contract, progress=lambda f, m: fractions.append(f),
                      on_document=documents.append)
    assert fresh.annotations == reopened.annotations
    assert fresh.annotations.item(item).note == "ask legal"
    assert fresh.review != first
    assert fresh.review.checklist_id == first.checklist_id  # the review's own checklist
    assert fresh.contract_sha256 == file_sha256(contract)
    assert api.contract_state(fresh, contract) is api.ContractState.SAME
    assert len(documents) == 1 and documents[0].sha256 == fresh.contract_sha256
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_rerun_with_another_checklist(tmp_path: Path) -> None:
    contract = pf.support_terms_pdf(tmp_path / "acme.pdf")
    saved = api.new_saved_review(api.review(contract), contract)
    checklist = api.resolve_checklist("vendor-support")
    fresh = api.rerun(saved, contract, checklist=checklist)
    assert fresh.review == saved.review  # same file, same rules: same results
