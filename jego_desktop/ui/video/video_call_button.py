"""The small "video call" button that sits beside a big green call button."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import KEY_SIZE, Palette, faded

SMALL_SIZE = 48  # secondary to the KEY_SIZE call button, as in Telegram and Linphone
_ICON_SIZE = 22


def small_video_button(palette: Palette, parent: QWidget | None = None) -> QToolButton:
    """A SMALL_SIZE circle with a camera drawn in the call colour; faded while disabled."""
    button = QToolButton(parent)
    button.setObjectName("videoCallButton")
    drawn = icon("video", QColor(palette.success), _ICON_SIZE, faded(palette))
    button.setIcon(drawn)
    button.setIconSize(QSize(_ICON_SIZE, _ICON_SIZE))
    button.setFixedSize(SMALL_SIZE, SMALL_SIZE)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setStyleSheet(
        f"""
        QToolButton#videoCallButton {{
            background: {palette.surface}; border: 1px solid {palette.border};
            border-radius: {SMALL_SIZE // 2}px;
        }}
        QToolButton#videoCallButton:hover {{ background: {palette.hover}; }}
        QToolButton#videoCallButton:focus {{ border: 2px solid {palette.accent}; }}
        QToolButton#videoCallButton:disabled {{ background: transparent; }}
        """
    )
    return button


class CaptionedSmallButton(QWidget):
    """A small button centred where a KEY_SIZE one would be, its caption in line with
    the captions of the round buttons beside it."""

    def __init__(self, button: QToolButton, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        self.caption = PlainLabel(caption)
        self.caption.setObjectName("actionCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        margin = (KEY_SIZE - button.height()) // 2
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addSpacing(margin)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(KEY_SIZE - button.height() - margin + 4)  # CaptionedButton's gap
        column.addWidget(self.caption)
