"""The navigation rail on the left: one button per view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QToolButton, QVBoxLayout, QWidget

from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING
from jego_desktop.ui.window.rail_badge import RailBadge


class NavigationRail(QWidget):
    """Vertical list of checkable buttons.

    Signals:
        page_requested(int): the user chose the page with this index.
    """

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rail")
        self.setFixedWidth(96)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(SPACING, SPACING * 2, SPACING, SPACING * 2)
        self._layout.setSpacing(SPACING)
        self._layout.addStretch(1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.page_requested)
        self._badges: dict[int, RailBadge] = {}
        self.header: QWidget | None = None

    def add_entry(self, icon_name: str, text: str, ink: QColor) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("railButton")
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolTip(text)
        button.setIcon(icon(icon_name, ink))
        button.setIconSize(QSize(24, 24))
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setFixedSize(80, 60)
        self._group.addButton(button, len(self._group.buttons()))
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button

    def set_header(self, widget: QWidget) -> None:
        """A widget above the buttons (my status), apart from them."""
        self._layout.insertWidget(0, widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.insertSpacing(1, SPACING)
        self.header = widget

    def order_tabs(self) -> None:
        """The header first, then the buttons, as they are read (call once the rail is in
        its window: Qt rebuilds the focus chain when widgets change windows)."""
        previous = self.header
        for button in self.buttons():
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button

    def set_texts(self, texts: list[str]) -> None:
        """New labels for the buttons, in order (after a language switch)."""
        for button, text in zip(self.buttons(), texts, strict=False):
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(text)

    def buttons(self) -> list[QToolButton]:
        return [b for b in self._group.buttons() if isinstance(b, QToolButton)]

    def set_badge(self, index: int, count: int) -> None:
        """A red count on the button (unread messages, missed calls); 0 hides it."""
        badge = self._badges.get(index)
        if badge is None:
            if not 0 <= index < len(self._group.buttons()):
                return
            badge = self._badges[index] = RailBadge(self._group.button(index))
        badge.set_count(count)

    def badge(self, index: int) -> int:
        badge = self._badges.get(index)
        return badge.count if badge is not None else 0

    def select(self, index: int) -> None:
        button = self._group.button(index)
        if button is not None:
            button.setChecked(True)
