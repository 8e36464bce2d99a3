"""A non-blocking bar above the panes for warnings about the document."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from reviewer.gui.plain_text import plain_label


class NoticeBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoticeBar")
        self.setStyleSheet("#NoticeBar { background: #fff4d6; border-bottom: 1px solid #e0c070; }"
                           "#NoticeBar QLabel { color: #4a3800; }")
        self.setAutoFillBackground(True)
        self.label = plain_label(QLabel())  # warnings quote file contents
        self.label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("\u2715")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.messages: list[str] = []
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.messages = list(messages)
        if not messages:
            self.hide()
            return
        self.label.setText("\u26a0 " + "\n\u26a0 ".join(messages))
        self.close_button.setToolTip(self.tr("Hide"))
        self.show()
