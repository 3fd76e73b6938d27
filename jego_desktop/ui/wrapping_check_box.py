"""A check box whose text wraps onto more lines when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class WrappingCheckBox(QCheckBox):
    """A QCheckBox at least as wide as its longest word, not its whole text (which Qt keeps
    on one line, pushing a French or long setting past the window's edge)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator_width(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, option, self
        ) + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)

    def _text_rect(self, width: int) -> QRect:
        left = self._indicator_width()
        bounds = QRect(0, 0, max(1, width - left), 100_000)
        return self.fontMetrics().boundingRect(bounds, int(_WRAP), self.text())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        words = self.text().split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        return QSize(self._indicator_width() + widest, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(super().sizeHint().height(), self._text_rect(width).height() + 2)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        style = self.style()
        style.drawControl(QStyle.ControlElement.CE_CheckBox, option, painter, self)
        left = self._indicator_width()
        text_rect = QRect(left, 0, self.width() - left, self.height())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(text_rect, int(_WRAP), self.text())
        if self.hasFocus():  # a ring around the text: the keyboard's mark
            ring = painter.boundingRect(text_rect, int(_WRAP), self.text()).adjusted(-3, -1, 3, 1)
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(ring.intersected(self.rect().adjusted(0, 0, -1, -1)), 3, 3)
