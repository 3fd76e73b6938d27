"""The right-hand side of the Contacts page: one contact, its numbers and what to do with them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.contacts import Contact
from jego_desktop.ui.contacts.contact_editor import kind_name
from jego_desktop.ui.contacts.contacts_delegate import paint_initial
from jego_desktop.ui.plain_text import PlainLabel, plain_tooltip
from jego_desktop.ui.resources import icon, toggle_icon
from jego_desktop.ui.round_button import CaptionedButton, round_button
from jego_desktop.ui.style import AVATAR_SIZE, SPACING, Palette
from jego_desktop.ui.tab_order import follow_layout


def initial_pixmap(name: str, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_initial(painter, QRect(0, 0, size, size), name, painter.font())
    painter.end()
    return pixmap


class ContactDetail(QWidget):
    """Shows one contact.

    Signals:
        call_requested(str): call this number or SIP address of the contact.
        video_call_requested(str): the same, with video once the contact answers.
        message_requested(str): write to this number or SIP address.
        favourite_toggled(bool): the star was switched on or off.
        edit_requested(), delete_requested(), export_requested()
    """

    call_requested = Signal(str)
    video_call_requested = Signal(str)
    message_requested = Signal(str)
    favourite_toggled = Signal(bool)
    edit_requested = Signal()
    delete_requested = Signal()
    export_requested = Signal()

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self.contact: Contact | None = None
        ink = QColor(palette.text)
        self.avatar = PlainLabel()
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.name = PlainLabel()
        self.name.setObjectName("callPeer")
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.organization = PlainLabel()
        self.organization.setObjectName("callNumber")
        self.organization.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.organization.setTextFormat(Qt.TextFormat.PlainText)

        self.call_button = round_button("callButton", "call", QColor(palette.on_colour), "")
        self.video_button = round_button("roundAction", "video", ink, "")
        self.message_button = round_button("roundAction", "message", ink, "")
        self.favourite_button = round_button(
            "callAction", "star", ink, "", checked_colour=QColor(palette.accent_text)
        )
        self.favourite_button.setIcon(toggle_icon("star", ink, QColor(palette.accent_text), 26))
        self.edit_button = round_button("roundAction", "edit", ink, "")
        self._captioned = [
            CaptionedButton(self.call_button, ""),
            CaptionedButton(self.video_button, ""),
            CaptionedButton(self.message_button, ""),
            CaptionedButton(self.favourite_button, ""),
            CaptionedButton(self.edit_button, ""),
        ]
        self.call_button.clicked.connect(lambda: self._emit_first(self.call_requested))
        self.video_button.clicked.connect(lambda: self._emit_first(self.video_call_requested))
        self.message_button.clicked.connect(lambda: self._emit_first(self.message_requested))
        self.favourite_button.clicked.connect(self.favourite_toggled)
        self.edit_button.clicked.connect(self.edit_requested)

        self.card = QFrame()
        self.card.setObjectName("contactCard")
        self._rows = QGridLayout(self.card)
        self._rows.setContentsMargins(SPACING * 2, SPACING, SPACING, SPACING)
        self._rows.setHorizontalSpacing(SPACING)
        self._rows.setVerticalSpacing(SPACING)
        self.problem = PlainLabel()
        self.problem.setObjectName("dialMessage")
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.hide()
        self.export_button = QPushButton()
        self.export_button.setObjectName("linkButton")
        self.export_button.setFlat(True)
        self.export_button.clicked.connect(self.export_requested)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("dangerLink")
        self.delete_button.setIcon(icon("delete", QColor(palette.danger), 18))
        self.delete_button.setFlat(True)
        self.delete_button.clicked.connect(self.delete_requested)

        actions = QHBoxLayout()
        actions.setSpacing(SPACING)
        actions.addStretch(1)
        for captioned in self._captioned:
            actions.addWidget(captioned)
        actions.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.export_button)
        footer.addStretch(1)
        footer.addWidget(self.delete_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(SPACING * 2, SPACING * 4, SPACING * 2, SPACING * 3)
        column.setSpacing(SPACING * 2)
        column.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.name)
        column.addWidget(self.organization)
        column.addLayout(actions)
        column.addWidget(self.problem)
        column.addWidget(self.card)
        column.addStretch(1)
        column.addLayout(footer)
        self._retranslate()

    def show_contact(self, contact: Contact | None) -> None:
        self.contact = contact
        self.problem.hide()
        if contact is None:
            return
        ratio = self.devicePixelRatioF() or 1.0
        self.avatar.setPixmap(initial_pixmap(contact.display_name, AVATAR_SIZE, ratio))
        self.name.setText(contact.display_name)
        self.organization.setText(contact.organization)
        self.organization.setVisible(bool(contact.organization))
        self.favourite_button.setChecked(contact.favourite)
        reachable = bool(contact.phones or contact.sip_uri)
        for button in (self.call_button, self.video_button, self.message_button):
            button.setEnabled(reachable)
        self._fill_card(contact)
        follow_layout(self)  # the card's new row buttons where they are, not last

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _emit_first(self, signal: SignalInstance) -> None:
        contact = self.contact
        if contact is not None and (contact.phones or contact.sip_uri):
            signal.emit(contact.phones[0].number if contact.phones else contact.sip_uri)

    def _fill_card(self, contact: Contact) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now, not at the next event loop turn
                widget.deleteLater()
        row = 0
        for phone in contact.phones:
            self._add_row(row, kind_name(phone.label), phone.number, reachable=True)
            row += 1
        if contact.sip_uri:
            self._add_row(row, self.tr("SIP address"), contact.sip_uri, reachable=True)
            row += 1
        if contact.email:
            self._add_row(row, self.tr("E-mail"), contact.email, reachable=False)
            row += 1
        if contact.notes:
            self._add_row(row, self.tr("Notes"), contact.notes, reachable=False)
            row += 1
        self.card.setVisible(row > 0)

    def _add_row(self, row: int, caption: str, value: str, *, reachable: bool) -> None:
        p = self._palette
        kind = PlainLabel(caption)
        kind.setObjectName("fieldCaption")
        text = PlainLabel(value)
        text.setObjectName("fieldValue")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        column.setSpacing(0)
        holder = QWidget()
        holder.setLayout(column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(kind)
        column.addWidget(text)
        self._rows.addWidget(holder, row, 0)
        if not reachable:
            return
        for col, (icon_name, signal, tip) in enumerate(
            (
                ("message", self.message_requested, self.tr("Send a message to %s")),
                ("video", self.video_call_requested, self.tr("Video call with %s")),
                ("call", self.call_requested, self.tr("Call %s")),
            ),
            start=1,
        ):
            button = QToolButton()
            button.setObjectName("rowAction")
            button.setAutoRaise(True)
            button.setIcon(icon(icon_name, QColor(p.accent), 20))
            button.setIconSize(QSize(20, 20))
            button.setToolTip(plain_tooltip(tip % value))
            button.setAccessibleName(tip % value)
            button.clicked.connect(lambda _=False, s=signal, v=value: s.emit(v))
            self._rows.addWidget(button, row, col)

    def _retranslate(self) -> None:
        captions = (
            (self.tr("Call"), self.tr("Call")),
            (self.tr("Video"), self.tr("Video call")),
            (self.tr("Message"), self.tr("Message")),
            (self.tr("Favourite"), self.tr("Favourite")),
            (self.tr("Edit"), self.tr("Edit")),
        )
        for captioned, (text, name) in zip(self._captioned, captions, strict=False):
            captioned.caption.setText(text)
            captioned.button.setAccessibleName(name)
            captioned.button.setToolTip(name)
        self.export_button.setText(self.tr("Export as vCard…"))
        self.delete_button.setText(self.tr("Delete contact"))
        if self.contact is not None:
            self._fill_card(self.contact)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
