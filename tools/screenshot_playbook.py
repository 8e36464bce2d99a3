"""Screenshots of negotiation in the window, for docs/screenshots/, and its exports to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_playbook.py [--lang en|zh] [--exports DIR]

Reviews a generated contract in the real window, chooses the fallback
position for the response time (the finding panel's "Redline asks for"),
then opens Tools > Playbook, tightens a band and a policy limit and turns a
red flag off, and
saves docs/screenshots/positions-<lang>-1280x800.png and
playbook-<lang>-1280x800.png. With --exports, also writes the redline and
the issue list (DOCX and PDF) there, through File > Export, to render and
look at. Without --lang it runs itself once per language.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

from tools.screenshot_windows import settle, wait  # noqa: E402

EN = ["Support Terms", "1. Response",
      "1.1 The Vendor will respond to Severity 1 incidents promptly.",
      "1.2 Support is available 24x7 for Severity 1.",
      "2. Service level", "2.1 The Vendor will make the service available 99.5% of each month.",
      "3. Changes", "3.1 The Vendor may amend this SLA at any time, effective on publication on its website.",
      "4. Service credits",
      "4.1 Service credits are the sole and exclusive remedy for any failure to meet the availability commitment."]
ZH = ["技术支持条款", "第一条 响应", "1.1 乙方应尽快响应一级故障。", "1.2 一级故障提供7×24小时支持。",
      "第二条 服务等级", "2.1 乙方保证服务每月可用性为99.5%。",
      "第三条 条款变更", "3.1 乙方有权随时修改本协议，修改后的条款公布即生效。",
      "第四条 服务赔偿", "4.1 服务赔偿为甲方的唯一救济。"]


def contract(path: Path, lang: str) -> Path:
    import docx

    d = docx.Document()
    for p in EN if lang == "en" else ZH:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def export(app: Any, window: Any, key: str, path: Path) -> None:
    window.exports.export(key, path)
    wait(app, window.exports.exported)
    print("wrote", path)


def run(lang: str, exports: Path | None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["REVIEWER_DATA_DIR"] = tempfile.mkdtemp(prefix="shots-")
    from PySide6.QtCore import Qt

    from reviewer.gui.app import application, create_window

    app = application()
    window, _ = create_window(lang)
    window.resize(1280, 800)
    window.show()
    tmp = Path(tempfile.mkdtemp(prefix="shots-files-"))
    window.controller.open_path(contract(tmp / f"support-terms-{lang}.docx", lang))
    wait(app, window.controller.reviewReady)
    while window.controller.busy:
        settle(app)
    window.checklist_pane.select_item("response-times")
    combo = window.finding_panel.position.combo
    combo.setCurrentIndex(combo.findData("fallback"))
    window.checklist_pane.select_item("unilateral-amendment")
    combo.setCurrentIndex(combo.findData("preferred"))
    window.checklist_pane.select_item("response-times")
    settle(app)
    window.finding_panel.details.scrollToAnchor("redline")
    settle(app)
    path = OUT / f"positions-{lang}-1280x800.png"
    window.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))
    if exports is not None:
        exports.mkdir(parents=True, exist_ok=True)
        export(app, window, "redline", exports / f"redline-{lang}.docx")
        export(app, window, "issue-list", exports / f"issues-{lang}.docx")
        export(app, window, "issue-list", exports / f"issues-{lang}.pdf")

    editor = window.tools.playbook()
    wait(app, editor.validated)
    editor.resize(1280, 800)
    editor.select_item("response-times")
    editor.form.limits["preferred"].setValue(15)
    wait(app, editor.validated)
    editor.form.policy_limits["policy.top-minutes.max"].setValue(45)
    wait(app, editor.validated)
    node = next(n for n in editor._nodes()
                if n.data(0, Qt.ItemDataRole.UserRole) == "no-final-interpretation")
    node.setCheckState(0, Qt.CheckState.Unchecked)
    wait(app, editor.validated)
    editor.select_item("response-times")
    settle(app)
    path = OUT / f"playbook-{lang}-1280x800.png"
    editor.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))
    editor.presenter = None  # no question about the unsaved edits
    editor.close()
    window.state.undo_stack.setClean()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("en", "zh"))
    parser.add_argument("--exports", type=Path)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.lang:
        run(args.lang, args.exports)
        return 0
    for lang in ("en", "zh"):
        cmd = [sys.executable, __file__, "--lang", lang]
        if args.exports:
            cmd += ["--exports", str(args.exports)]
        subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
