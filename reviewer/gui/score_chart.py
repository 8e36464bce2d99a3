"""Both scorecards drawn as bars a reviewer reads at a glance.

One group per scorecard (the weighted service dimensions and the terms
coverage), one bar per vendor with its score written at the end, then each
dimension of the scorecard with one thin bar per vendor. Vendor colours are
fixed by position and shown in a legend at the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

VENDOR_COLOURS = ("#2f6db5", "#d9822b", "#3a9e5c", "#8e44ad", "#c0392b", "#16a085")
ROW = 22
THIN = 15


@dataclass(frozen=True)
class ChartGroup:
    title: str
    scores: tuple[float | None, ...]  # per vendor
    parts: tuple[tuple[str, tuple[float | None, ...]], ...] = ()  # (dimension, per vendor)


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vendors: tuple[str, ...] = ()
        self.groups: tuple[ChartGroup, ...] = ()
        self.setObjectName("ScoreChart")

    def set_data(self, vendors: Sequence[str], groups: Sequence[ChartGroup]) -> None:
        self.vendors, self.groups = tuple(vendors), tuple(groups)
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        h = 34
        for g in self.groups:
            h += 26 + ROW * len(self.vendors) + len(g.parts) * (18 + THIN * len(self.vendors))
        return h + 10

    def sizeHint(self) -> QSize:
        return QSize(560, self._height())

    def colour(self, i: int) -> QColor:
        return QColor(VENDOR_COLOURS[i % len(VENDOR_COLOURS)])

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        label_w = min(240, max(120, self.width() // 3))
        bar_x = label_w + 12
        bar_w = max(60, self.width() - bar_x - 60)
        y = self._legend(p, 8)
        bold = QFont(self.font())
        bold.setBold(True)
        for g in self.groups:
            p.setFont(bold)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(8, y, self.width() - 16, 22), Qt.AlignmentFlag.AlignVCenter, g.title)
            p.setFont(self.font())
            y += 26
            for i, name in enumerate(self.vendors):
                self._bar(p, QRectF(8, y, label_w, ROW), name, bar_x, bar_w, ROW - 6,
                          g.scores[i] if i < len(g.scores) else None, i)
                y += ROW
            for part, scores in g.parts:
                p.setPen(self.palette().text().color())
                p.drawText(QRectF(24, y, self.width() - 32, 18), Qt.AlignmentFlag.AlignVCenter,
                           part)
                y += 18
                for i in range(len(self.vendors)):
                    self._bar(p, QRectF(8, y, label_w, THIN), "", bar_x, bar_w, THIN - 5,
                              scores[i] if i < len(scores) else None, i)
                    y += THIN
        p.end()

    def _legend(self, p: QPainter, y: float) -> float:
        x = 8.0
        for i, name in enumerate(self.vendors):
            p.fillRect(QRectF(x, y + 4, 12, 12), self.colour(i))
            p.setPen(self.palette().text().color())
            w = p.fontMetrics().horizontalAdvance(name) + 28
            p.drawText(QRectF(x + 16, y, w, 20), Qt.AlignmentFlag.AlignVCenter, name)
            x += w
        return y + 26

    def _bar(self, p: QPainter, label_rect: QRectF, label: str, x: float, width: float,
             height: float, score: float | None, i: int) -> None:
        p.setPen(self.palette().text().color())
        if label:
            p.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                  int(label_rect.width())))
        top = label_rect.top() + (label_rect.height() - height) / 2
        p.fillRect(QRectF(x, top, width, height), QColor("#eeeeee"))
        if score is None:
            p.drawText(QRectF(x + 4, label_rect.top(), width, label_rect.height()),
                       Qt.AlignmentFlag.AlignVCenter, "\u2013")
            return
        p.fillRect(QRectF(x, top, width * max(0.0, min(score, 100.0)) / 100, height),
                   self.colour(i))
        p.drawText(QRectF(x + width + 6, label_rect.top(), 54, label_rect.height()),
                   Qt.AlignmentFlag.AlignVCenter, f"{score:.0f}")
