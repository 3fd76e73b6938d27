"""Round icon buttons with a caption underneath, as on a phone's call screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon, toggle_icon
from jego_desktop.ui.style import KEY_SIZE


def round_button(
    object_name: str,
    icon_name: str,
    colour: QColor,
    accessible_name: str,
    checked_colour: QColor | None = None,
    disabled_colour: QColor | None = None,
    parent: QWidget | None = None,
) -> QToolButton:
    """A KEY_SIZE circle (the style sheet rounds it) with an icon drawn in `colour`.

    With `checked_colour` the button is checkable and its icon takes that colour
    while checked; with `disabled_colour` the icon takes that one while disabled.
    """
    button = QToolButton(parent)
    button.setObjectName(object_name)
    if checked_colour is None:
        drawn = icon(icon_name, colour, 26, disabled_colour)
    else:
        drawn = toggle_icon(icon_name, colour, checked_colour, 26, disabled_colour)
    button.setIcon(drawn)
    button.setIconSize(QSize(26, 26))
    button.setFixedSize(KEY_SIZE, KEY_SIZE)
    button.setCheckable(checked_colour is not None)
    button.setAccessibleName(accessible_name)
    button.setToolTip(accessible_name)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class CaptionedButton(QWidget):
    """A round button above a short caption; `button` is the part that matters."""

    def __init__(self, button: QToolButton, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        self.caption = PlainLabel(caption)
        self.caption.setObjectName("actionCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.caption)
