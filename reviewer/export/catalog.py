"""Every export, described once: what the GUI's File > Export menu lists.

Each `ExportKind` names the export in both UI languages, its file suffix and
save-dialog filter, a default file name next to the contract, and one `write`
call with the same signature for all kinds, so the menu needs no per-export
code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.annotations import Annotations
from reviewer.checklist.model import Checklist
from reviewer.review import Review, Text


@dataclass(frozen=True)
class ExportKind:
    key: str
    title: Text  # menu entry
    suffix: str  # ".xlsx"; for the commented copy the contract's own suffix
    name_suffix: str  # added to the contract's stem for the default file name
    _write: Callable[..., Any]

    def suffix_for(self, contract: str | Path) -> str:
        return self.suffix or Path(contract).suffix.lower()

    def filter(self, contract: str | Path, lang: str = "en") -> str:
        """A Qt-style save-dialog filter, e.g. "Report (PDF) (*.pdf)"."""
        return f"{self.title.get(lang)} (*{self.suffix_for(contract)})"

    def default_path(self, contract: str | Path) -> Path:
        p = Path(contract)
        return p.with_name(f"{p.stem}{self.name_suffix}{self.suffix_for(p)}")

    def write(
        self, review: Review, path: str | Path, *, lang: str = "en",
        annotations: Annotations | None = None, checklist: Checklist | None = None,
        **options: Any,
    ) -> Path:
        """Write the export; ``options`` are kind-specific (``paper``, ``vendor``...)."""
        result = self._write(review, path, lang=lang, annotations=annotations,
                             checklist=checklist, **options)
        return Path(getattr(result, "path", result))


def _kinds() -> tuple[ExportKind, ...]:
    from reviewer.export import (
        write_annotated_copy,
        write_checklist_csv,
        write_checklist_xlsx,
        write_docx_report,
        write_json,
        write_pdf_report,
    )

    return (
        ExportKind("xlsx", Text("Checklist for the vendor (Excel)", "供应商检查清单（Excel）"),
                   ".xlsx", "-checklist", write_checklist_xlsx),
        ExportKind("annotated", Text("Contract with comments", "带批注的合同"),
                   "", "-reviewed", write_annotated_copy),
        ExportKind("docx_report", Text("Report (Word)", "审核报告（Word）"),
                   ".docx", "-report", write_docx_report),
        ExportKind("pdf_report", Text("Report (PDF)", "审核报告（PDF）"),
                   ".pdf", "-report", write_pdf_report),
        ExportKind("csv", Text("Checklist (CSV)", "检查清单（CSV）"),
                   ".csv", "-checklist", write_checklist_csv),
        ExportKind("json", Text("Review data (JSON)", "审核数据（JSON）"),
                   ".json", "-review-export", write_json),
    )


def export_kinds() -> tuple[ExportKind, ...]:
    """All exports in menu order."""
    return _kinds()


def export_kind(key: str) -> ExportKind:
    for kind in _kinds():
        if kind.key == key:
            return kind
    raise KeyError(key)
