"""A line above the call history: how many new voicemails, and a button to hear them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from jego_desktop.models.calls.voicemail import VoicemailBox
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import RADIUS, SPACING, Palette


class VoicemailBar(QFrame):
    """Shown once some account has a mailbox (it spoke, or a voicemail number is set)."""

    def __init__(self, box: VoicemailBox, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voicemailBar")
        self.box = box
        self._palette = palette
        self.setStyleSheet(
            f"QFrame#voicemailBar {{ background: {palette.surface};"
            f" border: 1px solid {palette.border}; border-radius: {RADIUS}px; }}"
            f' QFrame#voicemailBar[waiting="true"] {{ border: 1px solid {palette.accent}; }}'
            f" QLabel#voicemailCount {{ color: {palette.text}; font-weight: 600; }}"
        )
        self.mark = PlainLabel()
        self.mark.setPixmap(icon("call_incoming", QColor(palette.accent), 20).pixmap(20, 20))
        self.count_label = PlainLabel()
        self.count_label.setObjectName("voicemailCount")
        self.call_button = QPushButton()
        self.call_button.setObjectName("callVoicemailButton")
        self.call_button.setIcon(icon("call", QColor(palette.success), 18))
        self.call_button.clicked.connect(box.call_voicemail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.count_label, 1)
        layout.addWidget(self.call_button)
        box.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        count = self.box.new_count()
        self.setVisible(self.box.has_mailbox())
        self.count_label.setText(self._count_text(count))
        self.call_button.setText(self.tr("Call voicemail"))
        self.call_button.setEnabled(self.box.account_to_call() is not None)
        self.call_button.setToolTip(
            "" if self.call_button.isEnabled() else self.tr("No voicemail number yet")
        )
        if self.property("waiting") != (count > 0):
            self.setProperty("waiting", count > 0)
            self.style().unpolish(self)
            self.style().polish(self)

    def _count_text(self, count: int) -> str:
        if count <= 0:
            return self.tr("No new voicemail")
        return self.tr("New voicemails: %s") % count

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
