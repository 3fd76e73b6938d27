"""The "my status" menu (Online, Away, Do not disturb, Invisible) and its dot icons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from jego_desktop.domain.my_status import MyStatus
from jego_desktop.models.window.my_status import MyStatusChoice, status_hint, status_label
from jego_desktop.ui.contacts.contacts_delegate import AWAY_COLOUR
from jego_desktop.ui.style import Palette


def status_colour(status: MyStatus, palette: Palette) -> QColor:
    colours = {
        MyStatus.ONLINE: palette.success,
        MyStatus.AWAY: AWAY_COLOUR,
        MyStatus.BUSY: palette.danger,
        MyStatus.INVISIBLE: palette.muted,
    }
    return QColor(colours[status])


def status_icon(status: MyStatus, palette: Palette, size: int = 16) -> QIcon:
    """A filled dot; Busy carries a white bar (do not disturb), Invisible is a ring."""
    ratio = 2  # drawn at twice the size: sharp on high-DPI screens
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = status_colour(status, palette)
    dot = QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6)
    if status is MyStatus.INVISIBLE:
        painter.setPen(QPen(colour, size * 0.12))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(dot.adjusted(size * 0.06, size * 0.06, -size * 0.06, -size * 0.06))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(dot)
    if status is MyStatus.BUSY:
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(size * 0.33, size * 0.45, size * 0.34, size * 0.1), 1, 1)
    painter.end()
    return QIcon(pixmap)


class MyStatusMenu(QMenu):
    """Four checkable choices bound to a MyStatusChoice; the checked one follows it."""

    def __init__(
        self, choice: MyStatusChoice, palette: Palette, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myStatusMenu")
        self._choice = choice
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.status_actions: dict[MyStatus, QAction] = {}
        for status in MyStatus:
            action = QAction(status_icon(status, palette), "", self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, s=status: choice.set_status(s))
            self._group.addAction(action)
            self.addAction(action)
            self.status_actions[status] = action
        choice.changed.connect(self._show_checked)
        self._show_checked(choice.status)
        self._retranslate()

    def _show_checked(self, status: MyStatus) -> None:
        self.status_actions[status].setChecked(True)
        self.setIcon(self.status_actions[status].icon())
        self.setTitle(status_label(status))

    def _retranslate(self) -> None:
        for status, action in self.status_actions.items():
            action.setText(status_label(status))
            action.setToolTip(status_hint(status))
            action.setStatusTip(status_hint(status))
        self.setTitle(status_label(self._choice.status))
        self.setToolTipsVisible(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
