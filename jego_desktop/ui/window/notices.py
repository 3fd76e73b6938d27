"""A strip of notices about what the system lacks (sound, keyring, network)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING


class NoticeArea(QWidget):
    """Shows one line per notice; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(SPACING * 2, SPACING, SPACING * 2, 0)
        self._layout.setSpacing(SPACING // 2)
        self._notices: dict[str, QFrame] = {}
        self.setVisible(False)

    def set_notice(self, key: str, text: str) -> None:
        """Show `text` under `key` (replacing an older one), or remove it when text is empty."""
        old = self._notices.pop(key, None)
        if old is not None:
            old.deleteLater()
        if text:
            frame = self._make_notice(text)
            frame.setObjectName("notice")
            frame.setAccessibleName(text)
            self._notices[key] = frame
            self._layout.addWidget(frame)
        self.setVisible(bool(self._notices))

    def texts(self) -> list[str]:
        return [frame.accessibleName() for frame in self._notices.values()]

    @staticmethod
    def _make_notice(text: str) -> QFrame:
        frame = QFrame()
        row = QHBoxLayout(frame)
        row.setContentsMargins(SPACING + 4, SPACING, SPACING + 4, SPACING)
        sign = PlainLabel()
        sign.setPixmap(icon("warning").pixmap(18, 18))
        label = PlainLabel(text)
        label.setWordWrap(True)
        row.addWidget(sign)
        row.addWidget(label, 1)
        return frame
