"""The window's actions (menus, toolbar, shortcuts), created and named in one place.

Texts are set in `retranslate()` so switching the UI language relabels
everything without rebuilding the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from reviewer.gui.status_style import status_icon
from reviewer.review import Status

Key = QKeySequence.StandardKey


class WindowActions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        style = window.style()

        def act(shortcut: QKeySequence | Key | str | None = None, icon: QStyle.StandardPixmap
                | None = None, checkable: bool = False) -> QAction:
            a = QAction(window)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                a.setIcon(style.standardIcon(icon))
            a.setCheckable(checkable)
            window.addAction(a)  # shortcuts work wherever focus is
            return a

        SP = QStyle.StandardPixmap
        self.open = act(Key.Open, SP.SP_DialogOpenButton)
        self.save = act(Key.Save, SP.SP_DialogSaveButton)
        self.save_as = act(Key.SaveAs)
        self.choose_checklist_file = act()
        self.import_answers = act("Ctrl+I")
        self.restore_unsaved = act()
        self.compare_vendors = act()
        self.compare_versions = act()
        self.portfolio = act()
        self.playbook = act()
        self.quit = act(Key.Quit)
        self.cancel = act("Esc", SP.SP_BrowserStop)
        self.undo = act(Key.Undo, SP.SP_ArrowBack)
        self.redo = act(Key.Redo, SP.SP_ArrowForward)
        self.override = {s: act(f"Ctrl+{i + 1}") for i, s in enumerate(Status)}
        for s, a in self.override.items():
            a.setIcon(status_icon(s))
        self.clear_override = act("Ctrl+0")
        self.edit_note = act("Ctrl+M")
        self.asked_vendor = act("Ctrl+K", checkable=True)
        self.use_selection = act("Ctrl+E")
        self.reviewer_name = act()
        self.next_item = act("Alt+Down", SP.SP_ArrowDown)
        self.prev_item = act("Alt+Up", SP.SP_ArrowUp)
        self.next_attention = act("F8", SP.SP_MessageBoxWarning)
        self.prev_attention = act("Shift+F8")
        self.only_attention = act("Ctrl+Shift+A", checkable=True)
        self.find = act(Key.Find)
        self.zoom_in = act(Key.ZoomIn)
        self.zoom_out = act(Key.ZoomOut)
        self.fit_width = act("Ctrl+Shift+F")
        self.lang_group = QActionGroup(window)
        self.lang_en = act(checkable=True)
        self.lang_zh = act(checkable=True)
        self.lang_en.setData("en")
        self.lang_zh.setData("zh")
        self.lang_group.addAction(self.lang_en)
        self.lang_group.addAction(self.lang_zh)
        self.about = act()
        self.guide = act(Key.HelpContents)
        self.shortcuts = act("Ctrl+/")
        self.clear_recent = act()
        self.retranslate()

    def retranslate(self) -> None:
        self.open.setText(self.tr("&Open\u2026"))
        self.open.setToolTip(self.tr("Open a contract (PDF, DOCX) or a saved review"))
        self.save.setText(self.tr("&Save Review"))
        self.save_as.setText(self.tr("Save Review &As\u2026"))
        self.choose_checklist_file.setText(self.tr("Use a Checklist File\u2026"))
        self.import_answers.setText(self.tr("&Import Vendor Answers\u2026"))
        self.restore_unsaved.setText(self.tr("Restore Unsaved Work\u2026"))
        self.import_answers.setToolTip(self.tr("Read the checklist workbook the vendor "
                                               "returned; see every change before applying"))
        self.compare_vendors.setText(self.tr("Compare &Vendors\u2026"))
        self.compare_versions.setText(self.tr("Compare V&ersions\u2026"))
        self.portfolio.setText(self.tr("&Portfolio (Folder of Contracts)\u2026"))
        self.playbook.setText(self.tr("Play&book\u2026"))
        self.playbook.setToolTip(self.tr("Edit positions, limits and items as your own checklist"))
        self.quit.setText(self.tr("&Quit"))
        self.cancel.setText(self.tr("Cancel"))
        self.undo.setText(self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo"))
        self.override[Status.MET].setText(self.tr("Mark as Met"))
        self.override[Status.VAGUE].setText(self.tr("Mark as Vague"))
        self.override[Status.MISSING].setText(self.tr("Mark as Missing"))
        self.clear_override.setText(self.tr("Back to the Tool's Decision"))
        self.edit_note.setText(self.tr("Edit &Note"))
        self.asked_vendor.setText(self.tr("&Asked the Vendor"))
        self.use_selection.setText(self.tr("Use Selection as &Evidence"))
        self.use_selection.setToolTip(self.tr("Select text in a DOCX, or drag a box on a PDF page, "
                                        "then use it as evidence for the selected item"))
        self.reviewer_name.setText(self.tr("Reviewer Name\u2026"))
        self.next_item.setText(self.tr("&Next Item"))
        self.prev_item.setText(self.tr("&Previous Item"))
        self.next_attention.setText(self.tr("Next Item Needing &Attention"))
        self.next_attention.setToolTip(self.tr("Next vague or missing item (F8)"))
        self.prev_attention.setText(self.tr("Previous Item Needing Attention"))
        self.only_attention.setText(self.tr("Show Only Vague and Missing"))
        self.find.setText(self.tr("&Find Item\u2026"))
        self.zoom_in.setText(self.tr("Zoom &In"))
        self.zoom_out.setText(self.tr("Zoom &Out"))
        self.fit_width.setText(self.tr("&Fit Width"))
        self.lang_en.setText("English")
        self.lang_zh.setText("\u7b80\u4f53\u4e2d\u6587")
        self.about.setText(self.tr("&About Contract Reviewer"))
        self.guide.setText(self.tr("&User Guide"))
        self.shortcuts.setText(self.tr("&Keyboard Shortcuts"))
        self.clear_recent.setText(self.tr("Clear List"))
