"""Screenshots of the windows beside the review, for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_windows.py [--lang en|zh]

Builds real contracts (tests/corpus sources), runs the real core in each
window (Import Vendor Answers, Compare Vendors, Compare Versions, Portfolio)
and saves each at 1280x800 and 1920x1080 as
docs/screenshots/<window>-<lang>-<size>.png. Without --lang it runs itself
once per language (a translator is installed once per process).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1280, 800), (1920, 1080))


def wait(app: Any, signal: Any) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(180_000, loop.quit)
    loop.exec()


def settle(app: Any) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()


def grab(app: Any, widget: Any, name: str, lang: str) -> None:
    for w, h in SIZES:
        widget.resize(w, h)
        settle(app)
        path = OUT / f"{name}-{lang}-{w}x{h}.png"
        widget.grab().save(str(path))
        print("wrote", path.relative_to(ROOT))


def returned_workbook(window: Any, out: Path) -> Path:
    import openpyxl

    from reviewer import api

    sent = api.write_checklist_xlsx(window.state.review, out.with_name("sent.xlsx"),
                                    checklist=window.state.checklist,
                                    lang=window.state.ui_lang)
    wb = openpyxl.load_workbook(sent)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    resp = header.index(next(h for h in header if h in ("Vendor response", "供应商答复"))) + 1
    pos = resp - 1
    status = header.index(next(h for h in header if h in ("Status", "结论"))) + 1
    zh = window.state.ui_lang == "zh"
    answers = ["P1 15 分钟内响应，7x24 小时。" if zh else "P1: 15 minutes, 24x7.",
               "每月 99.95%，由第三方监测。" if zh else "99.95% monthly, measured externally.",
               "数据仅存储在新加坡。" if zh else "Data stays in Singapore only."]
    for r, text in zip(range(2, 5), answers, strict=True):
        ws.cell(r, resp, text)
        ws.cell(r, pos, "同意" if zh else "Agreed")
    ws.cell(5, status, "已满足" if zh else "Covered by our SLA")
    ws.cell(ws.max_row + 1, resp, "以我方标准条款为准。" if zh else "Our standard terms prevail.")
    wb.save(out)
    return out


def run(lang: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["REVIEWER_DATA_DIR"] = tempfile.mkdtemp(prefix="shots-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt

    from reviewer.gui.app import application, create_window
    from tests.fixtures import pdf_factory as pf
    from tests.gui import corpus_file

    app = application()
    window, _ = create_window(lang)
    window.resize(1280, 800)
    window.show()
    tmp = Path(tempfile.mkdtemp(prefix="shots-files-"))
    names = (["veloxa-enterprise-sla-en", "pebble-chat-support-en", "streamly-targets-en"]
             if lang == "en" else ["hengtong-msa-zh", "kuaixin-terms-zh", "mingdu-annual-zh"])
    three = [corpus_file(n, "pdf", tmp) for n in names]
    # Import vendor answers, over a review in the main window
    window.controller.open_path(three[0])
    wait(app, window.controller.reviewReady)
    dialog = window.tools.import_answers(returned_workbook(window, tmp / "returned.xlsx"))
    if dialog.preview is None:
        wait(app, dialog.previewReady)
    grab(app, dialog, "import-answers", lang)
    dialog.reject()
    # Compare vendors
    cw = window.tools.compare_vendors(three)
    wait(app, cw.comparisonReady)
    cw.matrix.setCurrentCell(2, 1)
    grab(app, cw, "compare-vendors", lang)
    cw.tabs.setCurrentIndex(1)
    grab(app, cw, "compare-vendors-chart", lang)
    cw.close()
    # Compare versions: the saved review of a contract against a shorter revision
    from reviewer import api

    original = pf.support_terms_pdf(tmp / "v1.pdf") if lang == "en" else three[1]
    review = api.review(original)
    f = review.findings[0]
    ann = api.new_saved_review(review, original).annotations.with_item(
        f.item_id, note="push for 30 min" if lang == "en" else "争取 30 分钟",
        status_override=f.status.__class__("met"))
    saved = tmp / "v1.review.json"
    api.save_review_file(saved, api.new_saved_review(review, original, ann))
    revised = three[2] if lang == "zh" else three[0]
    vw = window.tools.compare_versions(saved, revised)
    wait(app, vw.diffReady)
    vw.table.setCurrentCell(0, 0)
    grab(app, vw, "compare-versions", lang)
    vw.close()
    # Portfolio of a folder
    folder = tmp / "folder"
    folder.mkdir()
    for p in three:
        shutil.copy(p, folder / p.name)
    extra = ("lianxun-hedged-zh", "tianlu-definitions-zh") if lang == "zh" else (
        "orchid-dpa-en", "nimbus-order-dpa-en")
    for n in extra:
        corpus_file(n, "docx", folder)
    (folder / "scanned-copy.pdf").write_bytes(b"%PDF-1.4 broken")
    pw = window.tools.portfolio(folder)
    wait(app, pw.batchDone)
    pw.table.sortItems(2, Qt.SortOrder.DescendingOrder)
    grab(app, pw, "portfolio", lang)
    pw.close()
    window.state.undo_stack.setClean()
    shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("en", "zh"))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.lang:
        run(args.lang)
        return 0
    for lang in ("en", "zh"):
        subprocess.run([sys.executable, __file__, "--lang", lang], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
