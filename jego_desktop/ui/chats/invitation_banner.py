"""An invitation from someone who is not a contact: "Xavier added you to “Family”",
Join or Decline. Until Join, nothing else of the group is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from jego_desktop.models.chats.group_texts import bounded
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import RADIUS, SPACING, Palette

SHOWN_NAME_CHARS = 64


class InvitationBanner(QWidget):
    """Signals:
    join_requested(): the user said yes.
    decline_requested(): the user said no.
    """

    join_requested = Signal()
    decline_requested = Signal()

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invitationPage")
        self._inviter = ""
        self._group_name = ""
        self._declined = False
        card = QFrame()
        card.setObjectName("invitationBanner")
        self.text = PlainLabel()
        self.text.setObjectName("invitationText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = PlainLabel()
        self.hint.setObjectName("invitationHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_button = QPushButton()
        self.join_button.setObjectName("invitationJoin")
        self.join_button.clicked.connect(self.join_requested)
        self.decline_button = QPushButton()
        self.decline_button.setObjectName("invitationDecline")
        self.decline_button.clicked.connect(self.decline_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(SPACING * 3, SPACING * 3, SPACING * 3, SPACING * 3)
        inside.setSpacing(SPACING * 2)
        inside.addWidget(self.text)
        inside.addWidget(self.hint)
        inside.addLayout(buttons)
        column = QVBoxLayout(self)
        column.setContentsMargins(SPACING * 4, SPACING * 4, SPACING * 4, SPACING * 4)
        column.addStretch(1)
        column.addWidget(card)
        column.addStretch(2)
        self.setStyleSheet(_stylesheet(palette))
        self._retranslate()

    def show_invitation(self, inviter: str, group_name: str) -> None:
        """`inviter` as the user knows them; both may come from a stranger: cut short."""
        self._inviter = bounded(inviter)
        self._group_name = bounded(group_name, SHOWN_NAME_CHARS)
        self._declined = False
        self._retranslate()

    def show_declined(self, group_name: str) -> None:
        """The user said no: the group's messages stay hidden."""
        self._group_name = bounded(group_name, SHOWN_NAME_CHARS)
        self._declined = True
        self._retranslate()

    def _retranslate(self) -> None:
        self.join_button.setText(self.tr("Join"))
        self.decline_button.setText(self.tr("Decline"))
        self.join_button.setVisible(not self._declined)
        self.decline_button.setVisible(not self._declined)
        self.hint.setVisible(not self._declined)
        if self._declined:
            self.text.setText(self.tr("You declined to join “%1”.").replace("%1", self._group_name))
            return
        self.text.setText(
            self.tr("%1 added you to “%2”")
            .replace("%1", self._inviter)
            .replace("%2", self._group_name)
        )
        self.hint.setText(
            self.tr(
                "They are not in your contacts. Nothing of this group is shown"
                " and nothing is sent until you join."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _stylesheet(p: Palette) -> str:
    return f"""
    QWidget#invitationPage {{ background: {p.window}; }}
    QFrame#invitationBanner {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: {RADIUS * 2}px;
    }}
    QLabel#invitationText {{ color: {p.text}; font-size: 15px; font-weight: 600; }}
    QLabel#invitationHint {{ color: {p.muted}; }}
    QPushButton#invitationJoin {{
        background: {p.accent}; color: {p.accent_text}; border: none;
        border-radius: {RADIUS}px; padding: 7px 22px; font-weight: 600;
    }}
    QPushButton#invitationDecline {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
        border-radius: {RADIUS}px; padding: 7px 22px;
    }}
    QPushButton#invitationDecline:hover {{ background: {p.hover}; }}
    """
