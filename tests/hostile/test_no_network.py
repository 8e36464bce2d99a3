"""No network, ever: review, every export, responses import and a batch under a socket guard."""

from __future__ import annotations

import socket

import pytest

from reviewer.api import review
from reviewer.batch.runner import run_batch
from reviewer.export import (
    write_annotated_copy,
    write_checklist_csv,
    write_checklist_xlsx,
    write_docx_report,
    write_json,
    write_pdf_report,
)
from reviewer.session.responses import import_vendor_responses
from tests.hostile.docx_cases import good_docx

_real_socket = socket.socket
_opened: list[int] = []


class _Guarded(_real_socket):  # type: ignore[misc]
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            _opened.append(family)
            raise AssertionError(f"an inet socket was opened (family {family})")
        super().__init__(family, *args, **kwargs)


@pytest.fixture
def no_network(monkeypatch):
    _opened.clear()
    monkeypatch.setattr(socket, "socket", _Guarded)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: _Guarded(socket.AF_INET))
    yield
    assert not _opened


def test_review_exports_import_and_batch_open_no_inet_socket(tmp_path, no_network):
    contract = good_docx(tmp_path)
    result = review(contract)
    write_checklist_xlsx(result, tmp_path / "c.xlsx")
    write_checklist_csv(result, tmp_path / "c.csv")
    write_json(result, tmp_path / "c.json")
    write_docx_report(result, tmp_path / "r.docx")
    write_pdf_report(result, tmp_path / "r.pdf")
    write_annotated_copy(result)
    import_vendor_responses(result, None, tmp_path / "c.xlsx")
    out = run_batch(tmp_path, tmp_path / "batch-out", xlsx=True)
    assert out.failed == 0
