"""An invitation from someone who is not a contact: "Xavier added you to “Family”",
Join or Decline. It stands above the conversation list: until the user joins, the
group has no conversation and nothing else of it is shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from jego_desktop.models.chats.group_texts import bounded, fill
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
        self.setObjectName("invitationBar")
        self._inviter = ""
        self._group_name = ""
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
        self.more = PlainLabel()  # "2 more invitations"
        self.more.setObjectName("invitationHint")
        self.more.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more.hide()
        self._more_count = 0
        inside = QVBoxLayout(card)
        inside.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        inside.setSpacing(SPACING)
        inside.addWidget(self.text)
        inside.addWidget(self.hint)
        inside.addLayout(buttons)
        inside.addWidget(self.more)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(card)
        self.setStyleSheet(_stylesheet(palette))
        self._retranslate()

    def show_invitation(self, inviter: str, group_name: str) -> None:
        """`inviter` as the user knows them; both may come from a stranger: cut short."""
        self._inviter = bounded(inviter)
        self._group_name = bounded(group_name, SHOWN_NAME_CHARS)
        self._retranslate()

    def set_more(self, count: int) -> None:
        """How many other invitations wait behind this one."""
        self._more_count = count
        self._retranslate()

    def _retranslate(self) -> None:
        self.join_button.setText(self.tr("Join"))
        self.decline_button.setText(self.tr("Decline"))
        self.more.setVisible(self._more_count > 0)
        self.more.setText(
            self.tr("1 more invitation")
            if self._more_count == 1
            else self.tr("%1 more invitations").replace("%1", str(self._more_count))
        )
        self.text.setText(fill(self.tr("%1 added you to “%2”"), self._inviter, self._group_name))
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
    QFrame#invitationBanner {{
        background: {p.surface}; border: 1px solid {p.border}; border-radius: {RADIUS * 2}px;
    }}
    QLabel#invitationText {{ color: {p.text}; font-weight: 600; }}
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
