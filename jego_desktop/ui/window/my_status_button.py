"""The rail's top button: my status as a coloured dot and a word; a click opens the menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QToolButton, QWidget

from jego_desktop.domain.my_status import MyStatus
from jego_desktop.models.window.my_status import MyStatusChoice, status_hint, status_label
from jego_desktop.ui.style import Palette
from jego_desktop.ui.window.my_status_menu import MyStatusMenu, status_icon

LABEL_PIXELS = 11
LABEL_WIDTH = 72


def two_lines_if_wide(label: str, font: QFont, width: int) -> str:
    """`label` broken at the space nearest its middle when one line would be wider than
    `width` ("Do not disturb" -> "Do not\ndisturb"); labels without a space stay whole."""
    if QFontMetrics(font).horizontalAdvance(label) <= width or " " not in label:
        return label
    middle = len(label) / 2
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{label[:cut]}\n{label[cut + 1 :]}"


class MyStatusButton(QToolButton):
    """Shows the chosen status and offers the others (MyStatusMenu) on a click."""

    def __init__(
        self, choice: MyStatusChoice, palette: Palette, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("railStatus")
        self._choice = choice
        self._palette = palette
        self.menu_of_statuses = MyStatusMenu(choice, palette, self)
        self.setMenu(self.menu_of_statuses)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(QSize(24, 24))
        self.setFixedSize(80, 58)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.has_number = True
        choice.changed.connect(self._show)
        self._show(choice.status)

    def set_has_number(self, has_number: bool) -> None:
        """Without a bound number nobody can see me: no green "Online" then."""
        self.has_number = has_number
        self._show(self._choice.status)

    def _show(self, status: MyStatus) -> None:
        if not self.has_number:
            self.setIcon(status_icon(MyStatus.INVISIBLE, self._palette, 24))
            label = self.tr("No number yet")
            self.setText(two_lines_if_wide(label, self._label_font(), LABEL_WIDTH))
            self.setAccessibleName(label)
            self.setToolTip(
                self.tr("Bind your number to be reachable; then your status shows here.")
            )
            return
        self.setIcon(status_icon(status, self._palette, 24))
        label = status_label(status)
        self.setText(two_lines_if_wide(label, self._label_font(), LABEL_WIDTH))
        self.setAccessibleName(self.tr("My status: %s") % label)
        self.setToolTip(f"{self.tr('My status: %s') % label}\n{status_hint(status)}")

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(LABEL_PIXELS)  # as the stylesheet sets it once polished
        return font

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._show(self._choice.status)
        super().changeEvent(event)
