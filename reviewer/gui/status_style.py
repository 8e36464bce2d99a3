"""How a status looks: word, colour and an icon whose shape differs too.

Colour alone fails colour-blind readers, so every status is shown with a
word and an icon of its own shape (met: circle with a tick, vague: triangle
with "?", missing: square with a cross).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from reviewer.review import Status

COLOURS = {
    Status.MET: QColor("#1b7f3b"),
    Status.VAGUE: QColor("#b86e00"),
    Status.MISSING: QColor("#c62828"),
}
BACKGROUNDS = {
    Status.MET: QColor("#e6f4ea"),
    Status.VAGUE: QColor("#fff4e0"),
    Status.MISSING: QColor("#fde8e8"),
}
# Evidence highlights in the contract, by the item's status (fill, edge).
HIGHLIGHTS = {
    Status.MET: (QColor(27, 127, 59, 70), QColor("#1b7f3b")),
    Status.VAGUE: (QColor(255, 190, 0, 110), QColor("#b86e00")),
    Status.MISSING: (QColor(198, 40, 40, 70), QColor("#c62828")),
}
OVERRIDE_COLOUR = QColor("#5b3cc4")  # the reviewer's decision, apart from the tool's


def status_word(status: Status) -> str:
    words = {
        Status.MET: QCoreApplication.translate("Status", "Met"),
        Status.VAGUE: QCoreApplication.translate("Status", "Vague"),
        Status.MISSING: QCoreApplication.translate("Status", "Missing"),
    }
    return words[status]


@cache
def status_icon(status: Status, size: int = 16) -> QIcon:
    pm = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays sharp on HiDPI
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = COLOURS[status]
    s = size * 2
    m = s * 0.08
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    white = QPen(QColor("white"), s * 0.12)
    white.setCapStyle(Qt.PenCapStyle.RoundCap)
    if status is Status.MET:
        p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m))
        p.setPen(white)
        p.drawPolyline(QPolygonF([QPointF(s * .28, s * .52), QPointF(s * .44, s * .68),
                                  QPointF(s * .72, s * .34)]))
    elif status is Status.VAGUE:
        p.drawPolygon(QPolygonF([QPointF(s / 2, m), QPointF(s - m, s - m), QPointF(m, s - m)]))
        p.setPen(white)
        p.drawLine(QPointF(s / 2, s * .38), QPointF(s / 2, s * .66))
        p.drawPoint(QPointF(s / 2, s * .80))
    else:
        p.drawRoundedRect(QRectF(m, m, s - 2 * m, s - 2 * m), s * .15, s * .15)
        p.setPen(white)
        p.drawLine(QPointF(s * .32, s * .32), QPointF(s * .68, s * .68))
        p.drawLine(QPointF(s * .68, s * .32), QPointF(s * .32, s * .68))
    p.end()
    return QIcon(pm)
